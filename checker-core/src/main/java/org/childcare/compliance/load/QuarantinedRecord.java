package org.childcare.compliance.load;

/**
 * A record left out of every criterion in lenient mode, with where it is and why.
 *
 * @param kind child, worker, allegation or complaint
 * @param subject the record's id, or its path when it has none
 */
public record QuarantinedRecord(String kind, String subject, String file, int line, String reason) {}
