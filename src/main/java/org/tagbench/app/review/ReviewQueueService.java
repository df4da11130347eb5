package org.tagbench.app.review;

import org.tagbench.domain.ClipId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tagbench.app.runs.ClipScores;
import org.tagbench.app.workspace.TrainingLabels;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.metrics.LabelQuality;
import org.tagbench.metrics.Lwlrap;
import org.tagbench.metrics.Percentiles;
import org.tagbench.store.LabelRecord;
import org.tagbench.store.WorkspaceStore;

/**
 * Ranks what a reviewer should look at first. The noisy queue lists pending noisy labels (and labels the model
 * suggests adding to noisy clips) from most to least likely wrong, judged against out-of-sample predictions of an
 * ensemble; the uncertainty queue lists unlabelled clips the ensemble is least sure about. Labels somebody already
 * decided on never come back.
 */
public final class ReviewQueueService {
    /**
     * The score the queue ranks by unless told otherwise: the best at finding wrong labels on the dev corpus in every
     * run measured (eval-noise AP 0.46-0.60 against 0.32-0.47 for rank precision, 0.26-0.43 clip LRAP, 0.29-0.33
     * cleanlab EMA; 10 wrong labels among 36, so chance is 0.28).
     */
    public static final LabelScore DEFAULT_SCORE = LabelScore.SELF_CONFIDENCE;
    /** A missing label is never suggested below this probability, however calibrated its class is. */
    public static final double SUGGESTION_THRESHOLD = 0.5;

    private final WorkspaceStore store;

    public ReviewQueueService(Workspace workspace) {
        this.store = workspace.store();
    }

    /** A noisy clip's labels as the queue sees them. */
    record NoisyClip(ClipId fname, boolean[] given, List<String> pending, List<String> decided) {}

    public List<QueueEntry> noisyQueue(List<Long> runIds, LabelScore score, int limit) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        double[] thresholds = suggestionThresholds(scores);
        List<QueueEntry> entries = new ArrayList<>();
        for (NoisyClip clip : noisyClips(scores.classes())) {
            double[] probabilities = scores.byFname().get(clip.fname());
            if (probabilities != null) {
                entries.addAll(judgeGiven(clip, probabilities, score, scores.classes()));
                entries.addAll(suggestMissing(clip, probabilities, scores.classes(), thresholds));
            }
        }
        entries.sort(Comparator.comparingDouble(QueueEntry::score).thenComparing(QueueEntry::fname)
                .thenComparing(QueueEntry::label));
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** Why the noisy queue of these runs (the default ones when empty) has nothing, for a person; ask when it is empty. */
    public String whyNoisyQueueIsEmpty(List<Long> runIds) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        List<NoisyClip> clips = noisyClips(scores.classes());
        if (clips.isEmpty()) {
            return "the workspace has no noisy labels to review";
        }
        if (clips.stream().noneMatch(clip -> scores.byFname().containsKey(clip.fname()))) {
            return runsNamed(scores) + " no predictions for the " + clips.size() + " clips with noisy labels";
        }
        return "every noisy label is decided and " + runsNamed(scores) + " no missing label to suggest";
    }

    /** Why the uncertainty queue of these runs (the default ones when empty) has nothing; ask when it is empty. */
    public String whyUncertaintyQueueIsEmpty(List<Long> runIds) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        java.util.Set<ClipId> labelled = new java.util.HashSet<>();
        store.labels(null).forEach(label -> labelled.add(label.fname()));
        long unlabelled = store.clips(null).stream().filter(clip -> !labelled.contains(clip.fname())).count();
        if (unlabelled == 0) {
            return "every clip has labels; this queue lists unlabelled clips only";
        }
        return runsNamed(scores) + " no predictions for the " + unlabelled + " unlabelled clips";
    }

    private static String runsNamed(ClipScores scores) {
        return scores.runIds().size() == 1 ? "run " + scores.runIds().get(0) + " has" : "runs " + scores.runIds() + " have";
    }

    /** Clips carrying noisy labels, with their active labels as a vector and which of them are still pending. */
    List<NoisyClip> noisyClips(List<String> classes) {
        Map<ClipId, List<LabelRecord>> byClip = new LinkedHashMap<>();
        for (LabelRecord label : store.labels(null)) {
            byClip.computeIfAbsent(label.fname(), f -> new ArrayList<>()).add(label);
        }
        Map<String, Integer> index = indexOf(classes);
        List<NoisyClip> clips = new ArrayList<>();
        byClip.forEach((fname, labels) -> {
            if (labels.stream().noneMatch(l -> l.source() == LabelSource.NOISY)) {
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
                boolean open = label.state() == LabelState.PENDING && label.source() == LabelSource.NOISY;
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

    /**
     * Per class, the score a missing label must beat to be suggested: the 95th percentile of the ensemble's scores for
     * that class on curated clips that do not carry it (curated labels are a clean reference, PEERS 4.4), and never
     * below {@link #SUGGESTION_THRESHOLD}. An overconfident class thus needs a higher score than a well-calibrated one.
     */
    public double[] suggestionThresholds(ClipScores scores) {
        List<String> classes = scores.classes();
        List<List<Double>> negatives = new ArrayList<>();
        classes.forEach(c -> negatives.add(new ArrayList<>()));
        for (TrainingLabels.LabelledClip clip : TrainingLabels.of(store, java.util.Set.of(LabelSource.CURATED))) {
            double[] probabilities = scores.byFname().get(clip.clip().fname());
            if (probabilities != null) {
                boolean[] given = clip.flags(classes);
                for (int c = 0; c < classes.size(); c++) {
                    if (!given[c]) {
                        negatives.get(c).add(probabilities[c]);
                    }
                }
            }
        }
        double[] thresholds = new double[classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            thresholds[c] = Math.max(SUGGESTION_THRESHOLD, percentile95(negatives.get(c)));
        }
        return thresholds;
    }

    private static double percentile95(List<Double> values) {
        if (values.isEmpty()) {
            return 0;
        }
        return Percentiles.nearestRank(values.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 95);
    }

    /** The clip's most likely missing label, if it beats its class's threshold: one per clip keeps the queue varied. */
    private static List<QueueEntry> suggestMissing(NoisyClip clip, double[] probabilities, List<String> classes,
                                                   double[] thresholds) {
        int best = -1;
        for (int c = 0; c < classes.size(); c++) {
            boolean known = clip.given()[c] || clip.decided().contains(classes.get(c));
            if (!known && probabilities[c] > thresholds[c] && (best < 0 || probabilities[c] > probabilities[best])) {
                best = c;
            }
        }
        if (best < 0) {
            return List.of();
        }
        return List.of(new QueueEntry(clip.fname(), classes.get(best), LabelQuality.selfConfidence(false, probabilities[best]),
                String.format(Locale.ROOT, "missing label? model p=%.4f", probabilities[best])));
    }

    /** Unlabelled clips, most uncertain first (mean binary entropy of the ensemble's probabilities). */
    public List<QueueEntry> uncertaintyQueue(List<Long> runIds, int limit) {
        ClipScores scores = ClipScores.ofRuns(store, runIds.isEmpty() ? ClipScores.defaultRuns(store) : runIds);
        Map<ClipId, Boolean> labelled = new HashMap<>();
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
