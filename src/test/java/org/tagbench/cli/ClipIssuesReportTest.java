package org.tagbench.cli;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.app.pipeline.PipelineOutcome;
import org.tagbench.app.training.ClipIssues;

class ClipIssuesReportTest {
    private static String printed(ClipIssues issues) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Reports.printClipIssues(issues, "trained on", "all of them in run 3's record", new PrintStream(bytes, true,
                StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theEndOfARunNamesTheFirstClipsWithTheirReasonsAndWhereTheRestAre() {
        List<ClipIssues.Issue> partial = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            partial.add(new ClipIssues.Issue(ClipId.of("p" + i + ".wav"), "0.02 s of a declared 2.40 s"));
        }
        String text = printed(new ClipIssues(partial, List.of(new ClipIssues.Issue(ClipId.of("gone.wav"), "no such file"))));
        assertEquals(String.join(System.lineSeparator(),
                "partial   7 clips trained on with only part of their audio:",
                "  p0.wav: 0.02 s of a declared 2.40 s",
                "  p1.wav: 0.02 s of a declared 2.40 s",
                "  p2.wav: 0.02 s of a declared 2.40 s",
                "  p3.wav: 0.02 s of a declared 2.40 s",
                "  p4.wav: 0.02 s of a declared 2.40 s",
                "  ... and 2 more",
                "skipped   1 clips:",
                "  gone.wav: no such file",
                "          (all of them in run 3's record)", ""), text);
    }

    @Test
    void aPipelineNamesEachStagesPartialAndSkippedClipsUnderTheStage() {
        ClipIssues first = new ClipIssues(List.of(new ClipIssues.Issue(ClipId.of("cut.wav"), "1.00 s of a declared 2.00 s")),
                List.of(new ClipIssues.Issue(ClipId.of("gone.wav"), "gone.wav: missing")));
        ClipIssues third = new ClipIssues(List.of(), List.of(new ClipIssues.Issue(ClipId.of("cut.wav"), "--partial skip")));
        PipelineOutcome outcome = new PipelineOutcome(9, 0.5, List.of(12L), List.of(
                new PipelineOutcome.Stage("1-noisy", 10, 0.4, 20, 1.0, first),
                new PipelineOutcome.Stage("2-curated", 11, 0.5, 10, 1.0, ClipIssues.NONE),
                new PipelineOutcome.Stage("3-curated+agreeing", 12, 0.5, 12, 1.0, third)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Reports.printPipelineIssues(outcome, run -> Path.of("runs", Long.toString(run), "clip-issues.json"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(String.join(System.lineSeparator(),
                "stage 1-noisy (run 10):",
                "partial   1 clips trained on with only part of their audio:",
                "  cut.wav: 1.00 s of a declared 2.00 s",
                "skipped   1 clips:",
                "  gone.wav: gone.wav: missing",
                "stage 3-curated+agreeing (run 12):",
                "skipped   1 clips:",
                "  cut.wav: --partial skip", ""), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPipelineSavedBeforeStagesKeptTheirIssuesResumesWithNone() {
        assertEquals(ClipIssues.NONE, new PipelineOutcome.Stage("0-curated", 1, 0.5, 10, 1.0, null).clipIssues());
    }

    @Test
    void aRunWithoutIssuesPrintsNothing() {
        assertEquals("", printed(ClipIssues.NONE));
    }
}
