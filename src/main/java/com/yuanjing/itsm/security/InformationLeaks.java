package com.yuanjing.itsm.security;

import java.time.Instant;
import java.util.List;

/**
 * 信息泄露次数 for one year, as {@code GET /api/security-incidents/leaks} answers it.
 *
 * @param leaks security incidents whose customer information leaked, by the time the leak was confirmed
 * @param target at most this many leaks a year
 * @param status 达标 (leaks ≤ target) or 未达标
 * @param securityIncidents the business keys of the counted incidents, oldest confirmation first
 */
public record InformationLeaks(String period, Instant from, Instant to, long leaks, long target, String status,
    List<String> securityIncidents) {}
