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

    /** Sets {@code establishment}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setEstablishment(Integer establishment) {
        this.establishment = establishment;
    }

    /** Sets {@code vacancies}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setVacancies(Integer vacancies) {
        this.vacancies = vacancies;
    }

    /** Sets {@code workers}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setWorkers(List<Worker> workers) {
        this.workers = workers;
    }

    /** Sets {@code turnoverPercent}: for readers of returns and for tests; the YAML loader sets fields itself. */
    public void setTurnoverPercent(Double turnoverPercent) {
        this.turnoverPercent = turnoverPercent;
    }
}
