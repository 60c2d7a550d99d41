package org.childcare.compliance.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A mojo's log as the lines Maven would print ("[INFO] ...", "[WARNING] ...", "[ERROR] ..."), kept for assertions. */
final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
    }
}
