package org.childcare.compliance.model;

import java.time.LocalDate;

/** A list entry that happened on a day: a visit, a review, a health assessment, a plan, a supervision. */
public interface Dated {
    /** @return the day it happened */
    LocalDate getDate();
}
