package org.tagbench.ui.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tagbench.app.runs.RunsService;
import org.tagbench.store.EpochRecord;

/** The retrain pane's arithmetic without a window: time left, chart points per fold, the result line. */
class RetrainViewModelTest {
    @Test
    void timeLeftScalesTheElapsedTimeByTheEpochsStillToTrain() {
        assertEquals(Optional.empty(), TimeLeft.estimate(Duration.ofSeconds(30), 0, 10), "nothing to go on yet");
        assertEquals(Optional.of(Duration.ofSeconds(80)), TimeLeft.estimate(Duration.ofSeconds(20), 2, 10));
        assertEquals(Optional.of(Duration.ZERO), TimeLeft.estimate(Duration.ofSeconds(20), 10, 10));
        assertEquals(Optional.of(Duration.ZERO), TimeLeft.estimate(Duration.ofSeconds(20), 12, 10), "never negative");
        assertEquals("about 1 min 20 s left", TimeLeft.describe(TimeLeft.estimate(Duration.ofSeconds(20), 2, 10)));
        assertEquals("about 45 s left", TimeLeft.describe(Optional.of(Duration.ofSeconds(45))));
        assertEquals("about 2 h 05 min left", TimeLeft.describe(Optional.of(Duration.ofMinutes(125))));
        assertTrue(TimeLeft.describe(Optional.empty()).contains("first epoch"));
    }

    @Test
    void eachFoldGetsItsOwnLineCountingEpochsAcrossStages() {
        List<EpochPoint> charted = new ArrayList<>();
        // two folds of a first stage, then the same folds again in a second stage (a pipeline)
        for (int[] foldEpoch : new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0, 0}, {1, 0}}) {
            charted.add(EpochPoint.next(charted, foldEpoch[0], 1.0 / (charted.size() + 1), 0.1 * charted.size()));
        }
        Map<Integer, List<EpochPoint>> lines = EpochPoint.byFold(charted);
        assertEquals(List.of(0, 1), List.copyOf(lines.keySet()));
        assertEquals(List.of(1, 2, 3), lines.get(0).stream().map(EpochPoint::step).toList());
        assertEquals(List.of(1, 2, 3), lines.get(1).stream().map(EpochPoint::step).toList());
        assertEquals(0.4, lines.get(0).get(2).validationLwlrap(), 1e-12);
    }

    @Test
    void storedEpochsBecomeThePointsOfTheirFolds() {
        List<EpochPoint> points = RetrainViewModel.pointsOf(List.of(new EpochRecord(3, 0, 0, 0.9, 0.2),
                new EpochRecord(3, 0, 1, 0.7, 0.3), new EpochRecord(3, 1, 0, 0.8, 0.25)));
        assertEquals(List.of(new EpochPoint(0, 1, 0.9, 0.2), new EpochPoint(0, 2, 0.7, 0.3), new EpochPoint(1, 1, 0.8, 0.25)),
                points);
    }

    @Test
    void theResultLineSetsTheNewRunBesideTheActiveEnsemble() {
        RunsService.Scores fresh = new RunsService.Scores(0.61234, 44, List.of());
        RunsService.Scores old = new RunsService.Scores(0.5, 44, List.of());
        assertEquals("New run 7: OOF lwlrap 0.6123 on 44 curated clips, labels as now  ·  active ensemble (runs [3, 4]): "
                + "OOF lwlrap 0.5000 on 44 curated clips, labels as now",
                RetrainViewModel.describe(new RunsService.Comparison(7, fresh, List.of(3L, 4L), old)));
        assertEquals("New run 7: OOF lwlrap 0.6123 on 44 curated clips, labels as now  ·  no active ensemble yet",
                RetrainViewModel.describe(new RunsService.Comparison(7, fresh, List.of(), null)));
        assertEquals("New run 7: OOF lwlrap 0.6123 on 44 curated clips, labels as now  ·  now the active ensemble",
                RetrainViewModel.describe(new RunsService.Comparison(7, fresh, List.of(7L), fresh)));
    }
}
