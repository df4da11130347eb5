package org.tagbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.app.ClipIssues;

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
            partial.add(new ClipIssues.Issue("p" + i + ".wav", "0.02 s of a declared 2.40 s"));
        }
        String text = printed(new ClipIssues(partial, List.of(new ClipIssues.Issue("gone.wav", "no such file"))));
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
    void aRunWithoutIssuesPrintsNothing() {
        assertEquals("", printed(ClipIssues.NONE));
    }
}
