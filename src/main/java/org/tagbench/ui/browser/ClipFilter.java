package org.tagbench.ui.browser;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.tagbench.store.LabelRecord;

/**
 * The browser's filters. Empty sets mean "any". Class, source and state apply to one label together, so
 * "Bark + noisy + pending" finds clips whose noisy Bark label still waits for review. The text matches the
 * file name or any class name, case-insensitively. {@code decoding} picks clips by how much of their audio decodes
 * ({@link org.tagbench.store.DecodeStatus}: ok, partial, missing, unchecked).
 */
public record ClipFilter(Set<String> splits, Set<String> classes, Set<String> sources, Set<String> states, String text,
                         Set<String> decoding) implements Predicate<ClipRow> {
    public static final ClipFilter NONE = new ClipFilter(Set.of(), Set.of(), Set.of(), Set.of(), "", Set.of());

    public ClipFilter {
        decoding = Set.copyOf(decoding);
        splits = Set.copyOf(splits);
        classes = Set.copyOf(classes);
        sources = Set.copyOf(sources);
        states = Set.copyOf(states);
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean test(ClipRow row) {
        if (!splits.isEmpty() && !splits.contains(row.split())) {
            return false;
        }
        if (!decoding.isEmpty() && !decoding.contains(row.clip().decodeStatus())) {
            return false;
        }
        if (!text.isEmpty() && !row.searchKey().contains(text)) {
            return false;
        }
        return !filtersLabels() || row.labels().stream().anyMatch(this::labelMatches);
    }

    private boolean filtersLabels() {
        return !classes.isEmpty() || !sources.isEmpty() || !states.isEmpty();
    }

    private boolean labelMatches(LabelRecord label) {
        return (classes.isEmpty() || classes.contains(label.className()))
                && (sources.isEmpty() || sources.contains(label.source().dbName()))
                && (states.isEmpty() || states.contains(label.state().dbName()));
    }

    public ClipFilter withClasses(Set<String> chosen) {
        return new ClipFilter(splits, chosen, sources, states, text, decoding);
    }
}
