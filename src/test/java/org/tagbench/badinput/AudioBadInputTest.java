package org.tagbench.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.dataset.ImportProblem;

/**
 * Every generated audio file, alone beside a good one in a plain folder, goes through import and feature extraction:
 * it is stored with finite features or reported with its name and a reason, the good file always imports, and each
 * case ends within its time bound. Then all of them together, as one batch.
 */
class AudioBadInputTest {
    private static final long SEED = 20_190_415L;
    private static final String GOOD = "good.wav";
    private static final Duration CASE_LIMIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void theSuiteHasAtLeastTwoHundredFiles() {
        assertTrue(AudioCases.all(SEED).size() >= 200, "only " + AudioCases.all(SEED).size() + " cases");
    }

    @TestFactory
    Stream<DynamicTest> eachFileAloneIsStoredOrReported() {
        return AudioCases.all(SEED).stream().map(audioCase -> dynamicTest(audioCase.toString(),
                () -> assertTimeoutPreemptively(CASE_LIMIT, () -> checkAlone(audioCase))));
    }

    private void checkAlone(AudioCase audioCase) throws IOException, InterruptedException {
        Path dataset = Files.createDirectories(temp.resolve("alone").resolve(audioCase.fileName() + ".d"));
        Files.write(dataset.resolve(GOOD), AudioCases.goodWav());
        Files.write(dataset.resolve(audioCase.fileName()), audioCase.bytes().get());
        ImportRun run = ImportRun.of(dataset, temp.resolve("workspaces").resolve(audioCase.fileName()), 1);
        try {
            assertEquals(ImportRun.Fate.STORED_WITH_FEATURES, run.fateOf(GOOD), "the good file beside " + audioCase);
            assertFate(run, audioCase);
        } finally {
            run.close();
        }
    }

    @Test
    void allFilesInOneBatch() {
        List<AudioCase> cases = AudioCases.all(SEED).stream()
                .filter(audioCase -> !audioCase.fileName().equals("ten-minutes.wav")).toList();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Path dataset = Files.createDirectories(temp.resolve("batch"));
            for (int i = 0; i < 5; i++) {
                Files.write(dataset.resolve("good-" + i + ".wav"), AudioCases.goodWav());
            }
            for (AudioCase audioCase : cases) {
                Files.write(dataset.resolve(audioCase.fileName()), audioCase.bytes().get());
            }
            ImportRun run = ImportRun.of(dataset, temp.resolve("batch-workspace"), 2);
            try {
                for (int i = 0; i < 5; i++) {
                    assertEquals(ImportRun.Fate.STORED_WITH_FEATURES, run.fateOf("good-" + i + ".wav"));
                }
                List<String> wrong = new ArrayList<>();
                for (AudioCase audioCase : cases) {
                    String problem = fateProblem(run, audioCase);
                    if (problem != null) {
                        wrong.add(problem);
                    }
                }
                assertTrue(wrong.isEmpty(), String.join("\n", wrong));
                assertEquals(run.storedClips(), run.features.computed() + run.features.cached() + run.features.failed());
            } finally {
                run.close();
            }
        });
    }

    private static void assertFate(ImportRun run, AudioCase audioCase) throws IOException {
        String problem = fateProblem(run, audioCase);
        assertFalse(problem != null, problem);
    }

    /** Null when the case ended as it must, else what went wrong. */
    private static String fateProblem(ImportRun run, AudioCase audioCase) throws IOException {
        String name = audioCase.fileName();
        ImportRun.Fate fate = run.fateOf(name);
        if (fate == ImportRun.Fate.LOST) {
            return name + ": neither stored with finite features nor reported";
        }
        for (ImportProblem problem : run.problemsAbout(name)) {
            String described = problem.describe();
            if (!described.startsWith(name + ": ") || problem.reason().isBlank()) {
                return name + ": the report does not name the file and a reason: " + described;
            }
        }
        return switch (audioCase.expectation()) {
            case IMPORTS -> fate == ImportRun.Fate.STORED_WITH_FEATURES ? null
                    : name + ": a valid file was rejected: " + run.problemsAbout(name) + run.featureFailuresAbout(name);
            case REPORTED -> fate == ImportRun.Fate.REPORTED ? null : name + ": unusable audio was not reported";
            case EITHER -> null;
        };
    }
}
