package com.yuanjing.itsm.configuration;

/** What a configuration audit found to be really there; a null field is recorded correctly. */
public record ItemCorrection(String version, String location, String description) {}
