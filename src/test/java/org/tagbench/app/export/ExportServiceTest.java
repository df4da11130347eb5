package org.tagbench.app.export;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.jobs.JobContext;
import org.tagbench.app.review.DecisionService;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelSource;
import org.tagbench.export.CsvFormatException;
import org.tagbench.export.Evaluation;
import org.tagbench.export.ReadSubmission;
import org.tagbench.export.SubmissionCsv;
import org.tagbench.export.SubmissionEvaluator;
import org.tagbench.export.SubmissionFormat;
import org.tagbench.export.TruthCsv;
import org.tagbench.store.Decision;
import org.tagbench.store.NewClip;

/** Exports read back with the readers {@code tagbench eval} uses: reviewer decisions honoured, 2018 rows top-3. */
class ExportServiceTest {
    private static final List<String> CLASSES = List.of("Bark", "Meow", "Purr", "Run", "Hiss");
    private static final List<String> TEST_CLIPS = List.of("t1.wav", "t2.wav", "t3.wav");

    @TempDir
    Path dir;
    private Workspace workspace;
    private ExportService exports;

    private static NewClip clip(String fname, String split, LabelSource source, String... labels) {
        return new NewClip(ClipId.of(fname), split, fname, "wav", 1, 44100, 1, 44100, 1, 1, List.of(labels), source);
    }

    @BeforeEach
    void openWorkspace() throws IOException {
        workspace = Workspace.create(dir.resolve("ws"));
        workspace.store().saveDataset("/d", "FSD2019", "v", CLASSES);
        workspace.store().importClips(List.of(
                clip("c1.wav", "train_curated", LabelSource.CURATED, "Bark", "Meow"),
                clip("c2.wav", "train_curated", LabelSource.CURATED, "Run"),
                clip("n1.wav", "train_noisy", LabelSource.NOISY, "Bark", "Purr"),
                clip("n2.wav", "train_noisy", LabelSource.NOISY, "Meow"),
                clip("t1.wav", "test", null), clip("t2.wav", "test", null), clip("t3.wav", "test", null)));
        exports = new ExportService(workspace);
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    private Map<String, List<String>> exportedLabels(boolean includePending) throws IOException {
        Path out = dir.resolve(includePending ? "with-pending.csv" : "reviewed.csv");
        ExportOutcome outcome = exports.exportLabels(out, includePending);
        Map<String, List<String>> read = TruthCsv.read(out);
        assertEquals(read.size(), outcome.rows());
        return read;
    }

    @Test
    void reviewedLabelsHonourEveryDecision() throws IOException {
        DecisionService decisions = new DecisionService(workspace);
        decisions.decide(ClipId.of("n1.wav"), "Purr", Decision.Action.REJECT, "ann");
        decisions.decide(ClipId.of("n1.wav"), "Bark", Decision.Action.ACCEPT, "ann");
        decisions.decide(ClipId.of("c1.wav"), "Hiss", Decision.Action.ADD, "ann");
        decisions.decide(ClipId.of("c2.wav"), "Run", Decision.Action.REJECT, "ann");

        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("c1.wav", List.of("Bark", "Hiss", "Meow"));
        expected.put("n1.wav", List.of("Bark"));
        assertEquals(expected, exportedLabels(false), "rejected and pending noisy labels absent, added one present, "
                + "the clip left without labels omitted");

        expected.put("n2.wav", List.of("Meow"));
        assertEquals(expected, exportedLabels(true), "pending noisy labels on request");
    }

    @Test
    void aMultiLabelRowIsQuotedAsInTheFsdFiles() throws IOException {
        Path out = dir.resolve("labels.csv");
        exports.exportLabels(out, false);
        assertEquals("fname,labels\nc1.wav,\"Bark,Meow\"\nc2.wav,Run\n", Files.readString(out));
    }

    /** A finished run whose stored out-of-fold predictions cover the test clips, so no model has to be trained. */
    private void finishedRunPredictingTheTestClips() {
        long run = workspace.store().startRun("train", "cpu-default", "{}", "cpu", null);
        workspace.store().savePredictions(run, Map.of(
                ClipId.of("t1.wav"), new float[] {0.9f, 0.1f, 0.5f, 0.2f, 0.3f},
                ClipId.of("t2.wav"), new float[] {0.1f, 0.8f, 0.7f, 0.6f, 0.0f},
                ClipId.of("t3.wav"), new float[] {0.2f, 0.3f, 0.1f, 0.4f, 0.9f}), true);
        workspace.store().finishRun(run, 0.5, null);
    }

    private Path truth(String text) throws IOException {
        return Files.writeString(dir.resolve("truth.csv"), text);
    }

    private SubmissionRequest request(SubmissionFormat format, Path truth) {
        return new SubmissionRequest(List.of(), "test", true, format, dir.resolve("sub-" + format + ".csv"), truth);
    }

    @Test
    void a2018ExportHasThreeLabelsPerRowAndScoresAsEvalWould() throws IOException {
        finishedRunPredictingTheTestClips();
        Path truth = truth("fname,labels\nt1.wav,Bark\nt2.wav,\"Run,Hiss\"\nt3.wav,Hiss\n");
        ExportOutcome outcome = exports.exportSubmission(request(SubmissionFormat.FSD2018, truth),
                JobContext.unattended());

        List<String> lines = Files.readAllLines(outcome.file());
        assertEquals(List.of("fname,label", "t1.wav,Bark Purr Hiss", "t2.wav,Meow Purr Run", "t3.wav,Hiss Run Meow"),
                lines);
        ReadSubmission read = SubmissionCsv.read(outcome.file(), CLASSES);
        assertEquals(SubmissionFormat.FSD2018, read.format());
        assertEquals(TEST_CLIPS, read.submission().fnames());
        Evaluation shown = outcome.evaluation().orElseThrow();
        Evaluation recomputed = SubmissionEvaluator.evaluate(truth, outcome.file(), CLASSES);
        assertEquals(recomputed.map3(), shown.map3());
        assertEquals((1 + 1.0 / 3 + 1) / 3, shown.map3(), 1e-12);
    }

    @Test
    void a2019ExportRoundTripsThroughTheEvalReader() throws IOException {
        finishedRunPredictingTheTestClips();
        Path truth = truth("fname,labels\nt1.wav,Bark\nt2.wav,Meow\nt3.wav,Hiss\n");
        ExportOutcome outcome = exports.exportSubmission(request(SubmissionFormat.FSD2019, truth),
                JobContext.unattended());

        assertEquals(3, outcome.rows());
        assertEquals(1.0, outcome.evaluation().orElseThrow().lwlrap());
        assertEquals(EvaluationService.evaluate(truth, outcome.file()).lwlrap(), outcome.evaluation().orElseThrow().lwlrap());
        assertEquals(0.8f, (float) SubmissionCsv.read(outcome.file(), null).submission().scores()[1][1]);
    }

    @Test
    void withoutATruthFileNothingIsScored() throws IOException {
        finishedRunPredictingTheTestClips();
        assertTrue(exports.exportSubmission(request(SubmissionFormat.FSD2019, null), JobContext.unattended())
                .evaluation().isEmpty());
    }

    private String refusal(String truthText) throws IOException {
        finishedRunPredictingTheTestClips();
        SubmissionRequest request = request(SubmissionFormat.FSD2019, truth(truthText));
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> exports.exportSubmission(request, JobContext.unattended()));
        assertTrue(Files.notExists(request.out()), "a wrong truth file is found before anything is written");
        return e.getMessage();
    }

    @Test
    void aTruthFileWithWrongColumnsIsRefusedNamingFileAndLine() throws IOException {
        Path truth = dir.resolve("truth.csv");
        assertEquals(truth + ":1: header must start with fname,labels or fname,label, found [name, tags]",
                refusal("name,tags\nt1.wav,Bark\n"));
    }

    @Test
    void anUnknownFnameInTheTruthFileIsRefusedNamingItsLine() throws IOException {
        Path truth = dir.resolve("truth.csv");
        assertEquals(truth + ":3: fname x.wav is not a clip of split 'test' in this workspace",
                refusal("fname,labels\nt1.wav,Bark\nx.wav,Meow\n"));
    }

    @Test
    void anUnknownClassOrAMissingClipInTheTruthFileIsRefused() throws IOException {
        Path truth = dir.resolve("truth.csv");
        assertEquals(truth + ":2: label Moo is not one of the 5 classes of this workspace",
                refusal("fname,labels\nt1.wav,Moo\n"));
        assertEquals(truth + ": no row for 2 clips of split 'test', such as t2.wav",
                refusal("fname,labels\nt1.wav,Bark\n"));
    }
}
