package org.childcare.compliance.model;

import java.time.LocalDate;

/**
 * From which date each list of a record is complete (format v1 {@code knownFrom}). Returns carry
 * part of a history (a census year, Annex A's latest visit only): a list known from a date says
 * nothing about what happened before it, so criteria judge the record only from that date on. A
 * list without a date here is complete.
 */
public abstract class KnownFrom extends Located {
    /** @return the date from which {@code list} (a key of the record, such as {@code visits}) is complete, or null when complete */
    public abstract LocalDate of(String list);
}
