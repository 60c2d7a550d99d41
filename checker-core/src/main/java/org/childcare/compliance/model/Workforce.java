package org.childcare.compliance.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Social work staff. */
@JsonPropertyOrder({"establishment", "vacancies", "workers", "turnoverPercent"})
public final class Workforce extends Located {
    private Integer establishment;
    private Integer vacancies;
    private List<Worker> workers;
    private Double turnoverPercent;

    public Workforce() {
        // for the loader
    }

    /** @return funded posts */
    public Integer getEstablishment() {
        return establishment;
    }

    public Integer getVacancies() {
        return vacancies;
    }

    public List<Worker> getWorkers() {
        return workers == null ? List.of() : workers;
    }

    /** @return when worker dates are not given */
    public Double getTurnoverPercent() {
        return turnoverPercent;
    }
}
