package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Multi-agency arrangements. */
@JsonPropertyOrder({"lscb", "trainingCompliance"})
public final class Partnership extends Located {
    private Lscb lscb;
    private List<TrainingCompliance> trainingCompliance;

    public Partnership() {
        // for the loader
    }

    public Lscb getLscb() {
        return lscb;
    }

    public List<TrainingCompliance> getTrainingCompliance() {
        return trainingCompliance == null ? List.of() : trainingCompliance;
    }

    /** Sets {@code lscb}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setLscb(Lscb lscb) {
        this.lscb = lscb;
    }

    /** Sets {@code trainingCompliance}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setTrainingCompliance(List<TrainingCompliance> trainingCompliance) {
        this.trainingCompliance = trainingCompliance;
    }
}
