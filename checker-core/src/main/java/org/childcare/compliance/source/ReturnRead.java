package org.childcare.compliance.source;

import java.util.List;
import java.util.SortedMap;
import org.childcare.compliance.load.InputProblem;
import org.childcare.compliance.model.Child;

/**
 * What one reader made of an authority's files of one kind (all the SSDA903 tables, a CIN census, an
 * Annex A workbook): each child's records as those files give them, before they are merged with
 * other sources.
 *
 * @param source {@code ssda903}, {@code cin} or {@code annexA}, as the {@code sources:} section names it
 * @param files every file recognised, in path order
 * @param children by child id (sorted, so output is deterministic); every model record located with
 *     {@code Located.locate(file, line, column, path)} at the row or element it came from (a workbook
 *     cell: file, row, column, and the path {@code List 7!G14})
 * @param problems input errors, each with its file, line and column, naming the column or element
 * @param quarantined children left out in lenient mode, with their reasons (strict mode: the same
 *     problems are in {@code problems} and nothing is judged)
 */
public record ReturnRead(String source, List<SourceFile> files, SortedMap<String, Child> children,
        List<InputProblem> problems, List<Quarantined> quarantined) {

    /** A child left out in lenient mode: its id, where its first bad row is, and why. */
    public record Quarantined(String child, String file, int line, String reason) {}

    public ReturnRead {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
        quarantined = List.copyOf(quarantined);
    }
}
