package org.tagbench.app.training;

import java.util.Locale;

/**
 * Whether clips only part of whose audio decodes (truncated files, damaged frames, NaN samples zeroed) train.
 * {@link #INCLUDE} is the default: a truncated clip still holds the start of its sound and its labels usually still
 * describe it, and the run's report names every such clip, so nothing is used silently.
 */
public enum PartialPolicy {
    INCLUDE, SKIP;

    public static PartialPolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--partial: use include or skip, not '" + text + "'");
        }
    }
}
