package org.tagbench.app.bundle;

import org.tagbench.domain.ClipId;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.csv.CsvTable;

/**
 * {@code tagbench import-predictions}: the batch job's scores stored as the predictions of the run they were computed
 * with, where suggestions, the review queue and the pseudo-label pipeline read them (the run's out-of-sample scores).
 * The rows' bundle id must be the id the run's bundle has in this workspace now (same run, same models); otherwise
 * nothing is stored. A prediction the run already stored is kept (for a clip it trained on, that one is its honest
 * out-of-fold score, which the bundle's fold ensemble cannot give): the import adds clips, it never replaces.
 */
public final class PredictionImport {
    /** The file the Spark job writes beside its output (a leading _ keeps Parquet readers off it): bundle id, error rows. */
    public static final String JOB_FILE = "_job.json";
    private static final Pattern RUN_OF_ID = Pattern.compile("run(\\d+)-[0-9a-f]{16}");

    private PredictionImport() {}

    /** Stores the rows' scores; {@code classes} are the scores' classes in row order. */
    public static ImportOutcome importRows(Workspace workspace, List<String> classes, Iterable<ScoreRow> rows,
                                           String bundleId, String source) {
        long run = runOf(workspace, bundleId, source);
        int[] toWorkspace = classOrder(workspace.store().classes(), classes, source);
        // a row's fname is text as the file wrote it, checked against the workspace's clip ids as text
        Set<String> clips = new HashSet<>();
        workspace.store().clips(null).forEach(clip -> clips.add(clip.fname().fname()));
        Set<ClipId> alreadyStored = workspace.store().predictions(run, true).keySet();
        Map<ClipId, float[]> fresh = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int kept = 0;
        for (ScoreRow row : rows) {
            String problem = problemOf(row, bundleId, clips, seen, classes.size());
            if (problem != null) {
                problems.add(row.where() + ": " + problem);
            } else if (alreadyStored.contains(ClipId.of(row.fname()))) {
                kept++;
            } else {
                fresh.put(ClipId.of(row.fname()), reorder(row.scores(), toWorkspace));
            }
        }
        workspace.store().savePredictions(run, fresh, true);
        return new ImportOutcome(run, bundleId, fresh.size(), kept, problems);
    }

    private static String problemOf(ScoreRow row, String bundleId, Set<String> clips, Set<String> seen, int classes) {
        if (BundleScorer.ERROR.equals(row.status())) {
            return row.fname() + " was not scored: " + row.reason();
        }
        if (row.bundleId() != null && !row.bundleId().equals(bundleId)) {
            return "bundle id " + row.bundleId() + " differs from the file's " + bundleId;
        }
        if (!clips.contains(row.fname())) {
            return "no clip named '" + row.fname() + "' in the workspace (import its dataset first)";
        }
        if (!seen.add(row.fname())) {
            return row.fname() + " appears twice; the first row was used";
        }
        if (row.scores() == null || row.scores().length != classes) {
            return "expected " + classes + " scores, found " + (row.scores() == null ? 0 : row.scores().length);
        }
        for (float score : row.scores()) {
            if (!(score >= 0 && score <= 1)) {
                return "score " + score + " is not a probability in [0, 1]";
            }
        }
        return null;
    }

    /** The run a bundle id names, after checking that the id is that run's bundle id in this workspace now. */
    static long runOf(Workspace workspace, String bundleId, String source) {
        Matcher matcher = bundleId == null ? null : RUN_OF_ID.matcher(bundleId);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException(source + ": '" + bundleId + "' is not a bundle id (runID-16 hex digits)");
        }
        long run = Long.parseLong(matcher.group(1));
        if (workspace.store().run(run).isEmpty()) {
            throw new IllegalArgumentException(source + ": bundle " + bundleId + " names run " + run
                    + ", which workspace " + workspace.dir() + " does not have: import into the workspace it was exported from");
        }
        String current = BundleExporter.currentId(workspace, run);
        if (!current.equals(bundleId)) {
            throw new IllegalArgumentException(source + ": bundle " + bundleId + " does not match run " + run
                    + " of workspace " + workspace.dir() + " (its bundle is " + current
                    + "): the scores come from another workspace's run or from models that changed since");
        }
        return run;
    }

    private static int[] classOrder(List<String> workspaceClasses, List<String> fileClasses, String source) {
        if (!new HashSet<>(fileClasses).equals(new HashSet<>(workspaceClasses)) || fileClasses.size() != workspaceClasses.size()) {
            Set<String> missing = new HashSet<>(workspaceClasses);
            missing.removeAll(fileClasses);
            Set<String> extra = new HashSet<>(fileClasses);
            extra.removeAll(workspaceClasses);
            throw new IllegalArgumentException(source + ": its classes are not the workspace's (missing " + missing
                    + ", unknown " + extra + ")");
        }
        int[] order = new int[workspaceClasses.size()];
        for (int c = 0; c < order.length; c++) {
            order[c] = fileClasses.indexOf(workspaceClasses.get(c));
        }
        return order;
    }

    private static float[] reorder(float[] scores, int[] toWorkspace) {
        float[] out = new float[toWorkspace.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = scores[toWorkspace[c]];
        }
        return out;
    }

    /**
     * The job's CSV ({@code fname} + one column per class, the 2019 submission layout). The bundle id is
     * {@code bundleId} when given, else the one in {@value #JOB_FILE} beside the CSV, whose error rows are reported too.
     */
    public static ImportOutcome importCsv(Workspace workspace, Path csv, String bundleId) throws IOException {
        CsvTable table = CsvTable.read(csv);
        if (table.header().isEmpty() || !table.header().get(0).equals("fname")) {
            throw new IllegalArgumentException(csv + ":1: expected a header 'fname,CLASS,...' (the 2019 submission layout)");
        }
        List<String> classes = table.header().subList(1, table.header().size());
        Path jobFile = csv.resolveSibling(JOB_FILE);
        JsonElement job = Files.isRegularFile(jobFile) ? JsonParser.parseString(Files.readString(jobFile)) : null;
        String id = bundleId != null ? bundleId : job == null ? null : job.getAsJsonObject().get("bundleId").getAsString();
        if (id == null) {
            throw new IllegalArgumentException(csv + ": no bundle id: give --bundle-id, or keep the job's " + JOB_FILE
                    + " beside the CSV");
        }
        List<ScoreRow> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rows.add(csvRow(csv, row, classes.size()));
        }
        if (job != null && job.getAsJsonObject().has("errors")) {
            for (JsonElement error : job.getAsJsonObject().getAsJsonArray("errors")) {
                var object = error.getAsJsonObject();
                rows.add(new ScoreRow(jobFile.toString(), rows.size() + 1L, object.get("fname").getAsString(),
                        BundleScorer.ERROR, object.get("reason").getAsString(), null, null));
            }
        }
        ImportOutcome outcome = importRows(workspace, classes, rows, id, csv.toString());
        if (table.failure() != null) {
            List<String> problems = new ArrayList<>(outcome.problems());
            problems.add(csv + ":" + table.failure().line() + ": " + table.failure().reason() + " (the rows after it were not read)");
            return new ImportOutcome(outcome.run(), outcome.bundleId(), outcome.stored(), outcome.kept(), problems);
        }
        return outcome;
    }

    private static ScoreRow csvRow(Path csv, CsvTable.Row row, int classes) {
        String fname = row.field(0);
        if (row.size() != classes + 1) {
            return new ScoreRow(csv.toString(), row.line(), fname, BundleScorer.OK, "", null, null);
        }
        float[] scores = new float[classes];
        for (int c = 0; c < classes; c++) {
            try {
                scores[c] = Float.parseFloat(row.field(c + 1));
            } catch (NumberFormatException e) {
                scores[c] = Float.NaN;
            }
        }
        return new ScoreRow(csv.toString(), row.line(), fname, BundleScorer.OK, "", null, scores);
    }
}
