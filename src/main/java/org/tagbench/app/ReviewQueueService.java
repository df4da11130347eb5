package org.tagbench.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tagbench.metrics.LabelQuality;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.LabelSources;
import org.tagbench.store.WorkspaceStore;

/**
 * Ranks what a reviewer should look at first. The noisy queue lists pending noisy labels (and labels the model
 * suggests adding to noisy clips) from most to least likely wrong, judged against out-of-sample predictions of an
 * ensemble; the uncertainty queue lists unlabelled clips the ensemble is least sure about. Labels somebody already
 * decided on never come back.
 */
public final class ReviewQueueService {
    /** The score the queue ranks by unless told otherwise: the better one on the dev corpus (see eval-noise). */
    public static final LabelScore DEFAULT_SCORE = LabelScore.RANK_PRECISION;
    /** A missing label is suggested when the ensemble gives it at least this probability. */
    public static final double SUGGESTION_THRESHOLD = 0.5;

    private final WorkspaceStore store;

    public ReviewQueueService(Workspace workspace) {
        this.store = workspace.store();
    }

    /** A noisy clip's labels as the queue sees them. */
    record NoisyClip(String fname, boolean[] given, List<String> pending, List<String> decided) {}

    public List<QueueEntry> noisyQueue(List<Long> runIds, LabelScore score, int limit) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        List<QueueEntry> entries = new ArrayList<>();
        for (NoisyClip clip : noisyClips(scores.classes())) {
            double[] probabilities = scores.byFname().get(clip.fname());
            if (probabilities != null) {
                entries.addAll(judgeGiven(clip, probabilities, score, scores.classes()));
                entries.addAll(suggestMissing(clip, probabilities, scores.classes()));
            }
        }
        entries.sort(Comparator.comparingDouble(QueueEntry::score).thenComparing(QueueEntry::fname)
                .thenComparing(QueueEntry::label));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** Clips carrying noisy labels, with their active labels as a vector and which of them are still pending. */
    List<NoisyClip> noisyClips(List<String> classes) {
        Map<String, List<LabelRecord>> byClip = new LinkedHashMap<>();
        for (LabelRecord label : store.labels(null)) {
            byClip.computeIfAbsent(label.fname(), f -> new ArrayList<>()).add(label);
        }
        Map<String, Integer> index = indexOf(classes);
        List<NoisyClip> clips = new ArrayList<>();
        byClip.forEach((fname, labels) -> {
            if (labels.stream().noneMatch(l -> LabelSources.NOISY.equals(l.source()))) {
                return;
            }
            boolean[] given = new boolean[classes.size()];
            List<String> pending = new ArrayList<>();
            List<String> decided = new ArrayList<>();
            for (LabelRecord label : labels) {
                Integer c = index.get(label.className());
                if (c != null && label.isActive()) {
                    given[c] = true;
                }
                boolean open = LabelRecord.PENDING.equals(label.state()) && LabelSources.NOISY.equals(label.source());
                (open ? pending : decided).add(label.className());
            }
            clips.add(new NoisyClip(fname, given, pending, decided));
        });
        return clips;
    }

    private static List<QueueEntry> judgeGiven(NoisyClip clip, double[] probabilities, LabelScore score, List<String> classes) {
        double[] rankPrecision = LabelQuality.rankPrecisionPerLabel(clip.given(), probabilities);
        double clipLrap = Lwlrap.clipLrap(clip.given(), probabilities);
        double cleanlab = LabelQuality.cleanlabClipScore(clip.given(), probabilities, LabelQuality.CLEANLAB_ALPHA);
        List<QueueEntry> entries = new ArrayList<>();
        for (String label : clip.pending()) {
            int c = classes.indexOf(label);
            if (c < 0) {
                continue;
            }
            double quality = switch (score) {
                case RANK_PRECISION -> rankPrecision[c];
                case CLIP_LRAP -> clipLrap;
                case SELF_CONFIDENCE -> probabilities[c];
                case CLEANLAB_EMA -> cleanlab;
            };
            entries.add(new QueueEntry(clip.fname(), label, quality,
                    String.format(Locale.ROOT, "given label, %s=%.4f, model p=%.4f", score.cliName(), quality, probabilities[c])));
        }
        return entries;
    }

    private static List<QueueEntry> suggestMissing(NoisyClip clip, double[] probabilities, List<String> classes) {
        List<QueueEntry> entries = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            boolean known = clip.given()[c] || clip.decided().contains(classes.get(c));
            if (!known && probabilities[c] >= SUGGESTION_THRESHOLD) {
                double quality = LabelQuality.selfConfidence(false, probabilities[c]);
                entries.add(new QueueEntry(clip.fname(), classes.get(c), quality,
                        String.format(Locale.ROOT, "missing label? model p=%.4f", probabilities[c])));
            }
        }
        return entries;
    }

    /** Unlabelled clips, most uncertain first (mean binary entropy of the ensemble's probabilities). */
    public List<QueueEntry> uncertaintyQueue(List<Long> runIds, int limit) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        Map<String, Boolean> labelled = new HashMap<>();
        store.labels(null).forEach(label -> labelled.put(label.fname(), true));
        List<QueueEntry> entries = new ArrayList<>();
        scores.byFname().forEach((fname, probabilities) -> {
            if (!labelled.containsKey(fname)) {
                int top = argmax(probabilities);
                double entropy = meanBinaryEntropy(probabilities);
                entries.add(new QueueEntry(fname, scores.classes().get(top), entropy,
                        String.format(Locale.ROOT, "uncertain: mean entropy %.4f bits, top p=%.4f", entropy, probabilities[top])));
            }
        });
        entries.sort(Comparator.comparingDouble(QueueEntry::score).reversed().thenComparing(QueueEntry::fname));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    static double meanBinaryEntropy(double[] probabilities) {
        double sum = 0;
        for (double p : probabilities) {
            double q = Math.min(1 - 1e-12, Math.max(1e-12, p));
            sum += -(q * Math.log(q) + (1 - q) * Math.log(1 - q)) / Math.log(2);
        }
        return sum / probabilities.length;
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }

    static Map<String, Integer> indexOf(List<String> classes) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        return index;
    }
}
