package org.childcare.compliance.load;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Dates read, with where they were, for the checks that need a value read elsewhere: after
 * {@code asAt} (known only once every file's header is read) and before the child's birth (known
 * only once the whole child is read). Reused from child to child, so it costs no garbage.
 */
final class DateLog {
    LocalDate[] dates = new LocalDate[32];
    int[] lines = new int[32];
    int[] columns = new int[32];
    String[] parents = new String[32];
    String[] keys = new String[32];
    int[] indexes = new int[32];
    boolean[] births = new boolean[32];
    LoadRun.Record[] records = new LoadRun.Record[32];
    LoadRun.Source[] sources = new LoadRun.Source[32];
    int size;

    void add(LocalDate date, int line, int column, String parent, String key, int index, boolean birth,
            LoadRun.Record record, LoadRun.Source source) {
        if (size == dates.length) {
            int n = size * 2;
            dates = Arrays.copyOf(dates, n);
            lines = Arrays.copyOf(lines, n);
            columns = Arrays.copyOf(columns, n);
            parents = Arrays.copyOf(parents, n);
            keys = Arrays.copyOf(keys, n);
            indexes = Arrays.copyOf(indexes, n);
            births = Arrays.copyOf(births, n);
            records = Arrays.copyOf(records, n);
            sources = Arrays.copyOf(sources, n);
        }
        dates[size] = date;
        lines[size] = line;
        columns[size] = column;
        parents[size] = parent;
        keys[size] = key;
        indexes[size] = index;
        births[size] = birth;
        records[size] = record;
        sources[size] = source;
        size++;
    }

    String path(int i) {
        return LoadRun.join(parents[i], keys[i], indexes[i]);
    }

    void clear() {
        Arrays.fill(dates, 0, size, null);
        Arrays.fill(parents, 0, size, null);
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(records, 0, size, null);
        Arrays.fill(sources, 0, size, null);
        size = 0;
    }
}
