package org.childcare.compliance.load;

/**
 * One problem with the input, located so a user can fix it: printed as {@code file:line:column:
 * message}. Line and column are 1-based; 0 means the problem belongs to the whole file.
 */
public record InputProblem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "<input>" : file);
        text.append(':').append(line).append(':').append(column).append(": ");
        if (path != null && !path.isEmpty()) {
            text.append(path).append(": ");
        }
        return text.append(message).toString();
    }
}
