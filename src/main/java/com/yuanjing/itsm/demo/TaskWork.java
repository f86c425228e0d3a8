package com.yuanjing.itsm.demo;

import java.time.Duration;
import java.util.Map;

/**
 * What a demo user does with an open task: completes it as {@code user} with these form values, {@code after} the
 * task was created.
 */
record TaskWork(Duration after, String user, Map<String, Object> values) {}
