package org.tagbench.csv;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The labels field of the FSD {@code fname,labels} format, for every reader and writer of it (import, eval's truth
 * file, the labels export). A clip's labels are a set, so a label written twice and an empty label between commas
 * (a trailing comma, ",,") change nothing: they are dropped, the rest keeps its order. That is what the person who
 * typed "Bark,Meow,Bark" or "Bark," meant, and it makes a file that imports cleanly also evaluate. Whether a row
 * may end up with no label at all is the format's rule, not the field's: training labels need one, a truth file may
 * list a clip without labels.
 */
public final class LabelsField {
    private LabelsField() {}

    /** Splits on commas, strips each label, drops empty ones and repeats, keeps the first occurrence's order. */
    public static List<String> split(String field) {
        Set<String> labels = new LinkedHashSet<>();
        for (String label : field.split(",")) {
            String stripped = label.strip();
            if (!stripped.isEmpty()) {
                labels.add(stripped);
            }
        }
        return List.copyOf(labels);
    }

    /** Joins labels with commas, no spaces; refuses a label that would not split back to itself. */
    public static String join(Collection<String> labels) {
        for (String label : labels) {
            if (!isWritable(label)) {
                throw new IllegalArgumentException("label '" + label + "' is blank, has surrounding spaces or contains a comma");
            }
        }
        return String.join(",", labels);
    }

    /** Whether a label survives a round trip through the field: not blank, no surrounding spaces, no comma. */
    public static boolean isWritable(String label) {
        return !label.isBlank() && label.strip().equals(label) && label.indexOf(',') < 0;
    }
}
