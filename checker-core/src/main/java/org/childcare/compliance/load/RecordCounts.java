package org.childcare.compliance.load;

/** Records read = records evaluated + records quarantined, always. */
public record RecordCounts(long read, long evaluated, long quarantined) {}
