package org.childcare.compliance.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.childcare.compliance.engine.RuleException;
import org.childcare.compliance.grading.Gate;
import org.childcare.compliance.grading.GateOptions;
import org.childcare.compliance.grading.Grader;
import org.childcare.compliance.grading.Grading;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.load.SelfAssessmentLoader;
import org.childcare.compliance.model.SelfAssessment;
import org.childcare.compliance.report.GateVerdict;
import org.childcare.compliance.report.Report;

/**
 * The whole check, as every front end (Maven goal, command line, rule scenarios) runs it: evaluate,
 * evaluate the previous self-assessment when one is declared, grade both, assemble the report,
 * apply the gate. One facade so that the front ends cannot disagree about any of these steps.
 *
 * <p><b>The previous self-assessment</b> is evaluated with the same rules, framework and profile as
 * the current one, so that a change of grade means a change in practice, not in how it was judged.
 * It is read without its own {@code previous:} (trends look back one period). Its path is relative
 * to where it was declared: the self-assessment file's folder, or the self-assessment directory.
 * A declared previous that cannot be found, or that has errors, is an input error (exit code 2)
 * rather than a check without trends, because the authority asked for the comparison and capacity
 * for improvement depends on it; its problems name the previous self-assessment's own files.
 *
 * <p>The evaluation step can be replaced (constructor) so that the facade can be tested without
 * compiling rules.
 */
public final class Checker {
    /** Reads and measures one self-assessment: {@link Evaluator#evaluate} unless a test says otherwise. */
    @FunctionalInterface
    public interface Evaluate {
        Evaluated evaluate(CheckRequest request) throws InputException, RuleException;
    }

    private final Evaluate evaluate;

    public Checker() {
        this(Evaluator::evaluate);
    }

    public Checker(Evaluate evaluate) {
        this.evaluate = evaluate;
    }

    /**
     * @throws InputException when the self-assessment or its previous one cannot be read or has errors
     * @throws RuleException when the rules cannot be read or compiled
     */
    public CheckResult check(CheckRequest request, GateOptions gate) throws InputException, RuleException {
        Evaluated current = evaluate.evaluate(request);
        Evaluated previous = null;
        SelfAssessment sa = current.load().assessment();
        if (sa.getPrevious() != null && !sa.getPrevious().isBlank()) {
            Path path = SelfAssessmentLoader.resolvePrevious(request.selfAssessment(), sa.getPrevious());
            String declaredIn = sa.sourceFile() != null ? sa.sourceFile() : String.valueOf(request.selfAssessment());
            if (!Files.exists(path)) {
                throw new InputException(List.of(new InputProblem(declaredIn, sa.sourceLine(), sa.sourceColumn(), "previous",
                        "previous self-assessment '" + sa.getPrevious() + "' not found (looked for " + path + ")")));
            }
            if (path.toAbsolutePath().normalize().equals(request.selfAssessment().toAbsolutePath().normalize())) {
                throw new InputException(List.of(new InputProblem(declaredIn, sa.sourceLine(), sa.sourceColumn(), "previous",
                        "previous self-assessment '" + sa.getPrevious() + "' is this self-assessment")));
            }
            CheckRequest earlier = request.withSelfAssessment(path).withFramework(current.framework())
                    .withProfile(current.profile());
            try {
                previous = evaluate.evaluate(earlier);
            } catch (InputException e) {
                throw new InputException(renamed(e.problems(), path));
            }
        }
        Grader grader = Grader.of(current.framework(), current.profile());
        Grading before = previous == null ? null : grader.grade(previous.catalogue(), previous.measurements());
        Grading grading = grader.grade(current.catalogue(), current.measurements(), before);
        GateVerdict verdict = Gate.apply(grading, gate);
        Report report = ReportAssembler.assemble(current, previous, grading, verdict, request.rulesDirectory());
        return new CheckResult(report, grading, current, previous);
    }

    /** A directory is its own folder; a file's folder is its parent (the working directory when it has none). */
    private static Path folderOf(Path selfAssessment) {
        if (Files.isDirectory(selfAssessment)) {
            return selfAssessment;
        }
        Path parent = selfAssessment.getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** The previous self-assessment's problems, with files named so that they cannot be taken for the current one's. */
    private static List<InputProblem> renamed(List<InputProblem> problems, Path root) {
        List<InputProblem> result = new ArrayList<>();
        for (InputProblem p : problems) {
            String file = p.file();
            if (file == null || file.isEmpty()) {
                file = root.toString();
            } else {
                try {
                    Path named = Path.of(file);
                    if (!named.isAbsolute() && !named.normalize().startsWith(root)) {
                        file = folderOf(root).resolve(named).normalize().toString();
                    }
                } catch (java.nio.file.InvalidPathException e) {
                    file = root + ": " + file;
                }
            }
            result.add(new InputProblem(file, p.line(), p.column(), p.path(), "(previous self-assessment) " + p.message()));
        }
        return result;
    }
}
