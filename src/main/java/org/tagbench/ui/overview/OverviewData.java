package org.tagbench.ui.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tagbench.domain.LabelSource;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.browser.ClipRow;

/**
 * The numbers behind the overview charts (the 2018 kernel's exploration plots): clips per class split by label
 * source, clip durations per split, and how many classes a clip carries. Rejected labels are not counted.
 */
public record OverviewData(Map<String, Map<String, Integer>> clipsPerClassBySource,
                           Map<String, List<Double>> durationsBySplit, Map<Integer, Integer> clipsByLabelCount,
                           int clips) {

    public static OverviewData of(List<ClipRow> rows) {
        Map<String, Map<String, Integer>> perClass = new TreeMap<>();
        Map<String, List<Double>> durations = new TreeMap<>();
        Map<Integer, Integer> labelCounts = new TreeMap<>();
        for (ClipRow row : rows) {
            durations.computeIfAbsent(row.split(), split -> new ArrayList<>()).add(row.duration());
            int active = 0;
            for (LabelRecord label : row.labels()) {
                if (label.isActive()) {
                    active++;
                    perClass.computeIfAbsent(label.className(), name -> emptySourceCounts())
                            .merge(label.source().dbName(), 1, Integer::sum);
                }
            }
            labelCounts.merge(active, 1, Integer::sum);
        }
        return new OverviewData(perClass, durations, labelCounts, rows.size());
    }

    private static Map<String, Integer> emptySourceCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (LabelSource source : LabelSource.values()) {
            counts.put(source.dbName(), 0);
        }
        return counts;
    }

    public int clipsOfClass(String className) {
        return clipsPerClassBySource.getOrDefault(className, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
    }
}
