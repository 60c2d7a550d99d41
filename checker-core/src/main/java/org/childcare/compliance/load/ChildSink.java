package org.childcare.compliance.load;

import org.childcare.compliance.model.Child;

/** Receives each valid child as it is read, so memory is bounded by the largest child. */
@FunctionalInterface
public interface ChildSink {
    void accept(Child child);
}
