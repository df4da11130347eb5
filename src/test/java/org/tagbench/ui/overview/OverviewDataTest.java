package org.tagbench.ui.overview;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.browser.ClipRow;

class OverviewDataTest {
    private static ClipRow row(long id, String split, double seconds, LabelRecord... labels) {
        return ClipRow.of(new ClipRecord(id, ClipId.of(id + ".wav"), split, id + ".wav", "wav-pcm16", seconds, 44_100, 1, 1, 1, 0,
                null), List.of(labels));
    }

    @Test
    void countsActiveLabelsPerClassAndSourceDurationsAndLabelsPerClip() {
        OverviewData data = OverviewData.of(List.of(
                row(1, "train_curated", 2, new LabelRecord(1,ClipId.of( "1.wav"), "Bark", LabelSource.CURATED, LabelState.PENDING),
                        new LabelRecord(1,ClipId.of( "1.wav"), "Crowd", LabelSource.CURATED, LabelState.ACCEPTED)),
                row(2, "train_noisy", 5, new LabelRecord(2,ClipId.of( "2.wav"), "Bark", LabelSource.NOISY, LabelState.PENDING),
                        new LabelRecord(2,ClipId.of( "2.wav"), "Crowd", LabelSource.NOISY, LabelState.REJECTED)),
                row(3, "test", 7)));
        assertEquals(1, data.clipsPerClassBySource().get("Bark").get("curated"));
        assertEquals(1, data.clipsPerClassBySource().get("Bark").get("noisy"));
        assertEquals(0, data.clipsPerClassBySource().get("Crowd").get("noisy"), "rejected labels are not counted");
        assertEquals(2, data.clipsOfClass("Bark"));
        assertEquals(Map.of(0, 1, 1, 1, 2, 1), data.clipsByLabelCount());
        assertEquals(List.of(5.0), data.durationsBySplit().get("train_noisy"));
        assertEquals(3, data.clips());
    }
}
