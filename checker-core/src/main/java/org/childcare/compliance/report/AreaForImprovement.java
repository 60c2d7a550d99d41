package org.childcare.compliance.report;

import java.util.List;

/**
 * An action the authority must take, with its timescale ({@code immediately}, {@code 3m}, {@code
 * 6m}).
 *
 * @param critical true when raised by a critical finding (always immediately)
 */
public record AreaForImprovement(String timescale, String criterion, String action, List<String> areas, boolean critical) {}
