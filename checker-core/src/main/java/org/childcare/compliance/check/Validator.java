package org.childcare.compliance.check;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.engine.RuleSources;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.LoadOptions;
import org.childcare.compliance.load.LoadResult;
import org.childcare.compliance.load.SelfAssessmentLoader;

/** Reads and checks the data only: what {@code compliance:validate} runs. No rule is evaluated. */
public final class Validator {
    private Validator() {}

    /**
     * @return the load result (with quarantined records in lenient mode)
     * @throws InputException when the data has errors
     * @throws RuleException when the catalogue (needed to check {@code standards:}) cannot be read
     */
    public static LoadResult validate(CheckRequest request) throws InputException, RuleException {
        Catalogue catalogue = RuleBase.catalogueOf(RuleSources.resolve(request.rulesDirectory(), false));
        List<InputProblem> problems = new ArrayList<>();
        LoadOptions options = request.loadOptions();
        LoadResult result = new SelfAssessmentLoader(options).load(request.selfAssessment(),
                header -> Standards.apply(catalogue, header, new TreeMap<>(), problems), child -> { });
        List<InputProblem> all = new ArrayList<>(result.errors());
        all.addAll(problems);
        all.addAll(Evaluator.checkChoices(request, result.assessment()));
        if (!all.isEmpty() || result.assessment() == null) {
            if (all.isEmpty()) {
                all.add(new InputProblem(String.valueOf(request.selfAssessment()), 0, 0, "", "the self-assessment could not be read"));
            }
            throw new InputException(all);
        }
        return result;
    }
}
