import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.childcare.compliance.catalogue.Catalogue;
import org.childcare.compliance.catalogue.Criterion;
import org.childcare.compliance.engine.RuleBase;
import org.childcare.compliance.engine.RuleSources;

/**
 * CI only (run by .ci/check-catalogue, never by the README's test command): the bundled catalogue
 * against the contract's criteria table, which CI keeps beside the clone and users do not have.
 * For every criterion: the same ID, areas in both frameworks, parameters and their defaults, bands,
 * L/C flags, timescale and weight. Prints every difference, one per line, and exits 1 if there is
 * any.
 *
 * <p>Usage: {@code java -cp <checker-core classes and dependencies> CatalogueAgainstContract.java
 * <contract criteria.md> <folder of the catalogue YAML files>}
 */
public class CatalogueAgainstContract {
    /** The catalogue's parameters that the contract's table does not list, e.g. {@code CP-11.longPlanMonths}. */
    private static String added(Catalogue catalogue, Map<String, ContractRow> rows) {
        java.util.List<String> added = new java.util.ArrayList<>();
        for (Criterion c : catalogue.all()) {
            ContractRow row = rows.get(c.id());
            for (String name : c.defaults().keySet()) {
                if (row != null && !row.parameters().containsKey(name)) {
                    added.add(c.id() + "." + name);
                }
            }
        }
        java.util.Collections.sort(added);
        return added.isEmpty() ? "none" : String.join(", ", added);
    }

    /** A criterion row of the contract's tables: | ID | areas | measure | parameters | bands | L/C | when | source | */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| ([A-Z0-9]+-\\d{2}) \\|(.*)\\|\\s*$");
    /** "WF-01 2.3" in the paragraph that lists the fitted weights; every other criterion weighs 1. */
    private static final Pattern WEIGHT = Pattern.compile("([A-Z0-9]+-\\d{2}) (\\d+(?:\\.\\d+)?)");

    record ContractRow(String id, String areas, Map<String, Double> parameters, String bands, String flags, String when) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CatalogueAgainstContract <contract criteria.md> <catalogue folder>");
            System.exit(2);
        }
        Path contractFile = Path.of(args[0]);
        String contract = Files.readString(contractFile, StandardCharsets.UTF_8);
        Map<String, ContractRow> rows = rows(contract);
        Map<String, Double> weights = weights(contract);
        Catalogue catalogue = RuleBase.catalogueOf(RuleSources.fromDirectory(Path.of(args[1])));

        List<String> differences = new ArrayList<>();
        Set<String> catalogueIds = new TreeSet<>();
        catalogue.all().forEach(c -> catalogueIds.add(c.id()));
        for (String id : new TreeSet<>(rows.keySet())) {
            if (!catalogueIds.contains(id)) {
                differences.add(id + ": in the contract, not in the catalogue");
            }
        }
        for (String id : catalogueIds) {
            if (!rows.containsKey(id)) {
                differences.add(id + ": in the catalogue, not in the contract");
            }
        }
        for (Criterion c : catalogue.all().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
            ContractRow row = rows.get(c.id());
            if (row == null) {
                continue;
            }
            compare(differences, c.id(), "areas", row.areas(), areas(c));
            // every parameter of the contract, with its default; the catalogue may add parameters of its
            // own (thresholds the contract writes into its prose, made changeable for auditors)
            Map<String, Double> contractsOwn = new TreeMap<>();
            row.parameters().keySet().forEach(k -> contractsOwn.put(k, c.defaults().get(k)));
            compare(differences, c.id(), "parameters", new TreeMap<>(row.parameters()), contractsOwn);
            compare(differences, c.id(), "bands", row.bands(), c.bands().describe());
            compare(differences, c.id(), "L/C", row.flags(), flags(c));
            compare(differences, c.id(), "timescale", row.when(), c.timescale().code());
            compare(differences, c.id(), "weight", weights.getOrDefault(c.id(), 1.0), c.weight());
        }

        if (differences.isEmpty()) {
            System.out.println("check-catalogue: the " + catalogueIds.size() + " criteria of the catalogue agree with "
                    + contractFile + " (IDs, areas, parameters, bands, L/C, timescale, weight)");
            System.out.println("check-catalogue: parameters the catalogue adds: " + added(catalogue, rows));
            return;
        }
        System.out.println("check-catalogue: the catalogue differs from " + contractFile + " in " + differences.size()
                + (differences.size() == 1 ? " place:" : " places:"));
        differences.forEach(d -> System.out.println("  " + d));
        System.exit(1);
    }

    private static void compare(List<String> differences, String id, String what, Object contract, Object catalogue) {
        if (!contract.equals(catalogue)) {
            differences.add(id + " " + what + ": contract " + contract + ", catalogue " + catalogue);
        }
    }

    static Map<String, ContractRow> rows(String contract) {
        Map<String, ContractRow> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(contract);
        while (m.find()) {
            String[] cells = m.group(2).split("\\|", -1);
            if (cells.length < 7) {
                throw new IllegalStateException(m.group(1) + ": expected 8 columns in the contract's row, found " + (cells.length + 1));
            }
            String bands = cells[3].strip();
            rows.put(m.group(1), new ContractRow(m.group(1), normalisedAreas(cells[0]), parameters(cells[2]),
                    bands.equals("default") ? "95 / 85 / 70" : bands, cells[4].strip().replace(" ", ""),
                    cells[5].strip().equals("now") ? "immediately" : cells[5].strip()));
        }
        return rows;
    }

    /** "maxIntervalWorkingDays 10, criticalIntervalWorkingDays 20" → the map; blank → empty. */
    private static Map<String, Double> parameters(String cell) {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (String part : cell.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] nameAndValue = p.split("\\s+");
            parameters.put(nameAndValue[0], Double.parseDouble(nameAndValue[1]));
        }
        return parameters;
    }

    /** "HEALTH, PART / HELP" → "HEALTH,PART/HELP", the same shape as {@link #areas(Criterion)}. */
    private static String normalisedAreas(String cell) {
        return cell.replace(" ", "");
    }

    private static String areas(Criterion c) {
        return String.join(",", c.areasIn("slac-2009")) + "/" + String.join(",", c.areasIn("ilacs-2023"));
    }

    private static String flags(Criterion c) {
        List<String> flags = new ArrayList<>();
        if (c.limiting()) {
            flags.add("L");
        }
        if (c.critical()) {
            flags.add("C");
        }
        return String.join(",", flags);
    }

    /** The fitted weights from the contract's "Weight" bullet (the line that starts "- **Weight**" and its continuation). */
    static Map<String, Double> weights(String contract) {
        int start = contract.indexOf("- **Weight**");
        if (start < 0) {
            throw new IllegalStateException("the contract has no \"- **Weight**\" bullet to read the fitted weights from");
        }
        int end = contract.indexOf("\n- ", start + 1);
        Map<String, Double> weights = new TreeMap<>();
        Matcher m = WEIGHT.matcher(contract.substring(start, end < 0 ? contract.length() : end));
        while (m.find()) {
            weights.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return weights;
    }
}
