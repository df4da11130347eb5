package org.tagbench.ui.browser;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.ClipRecord;
import org.tagbench.store.DecodeStatus;
import org.tagbench.store.LabelRecord;
import org.tagbench.ui.jobs.JobRunner;

class ClipBrowserViewModelTest {
    private final JobRunner jobs = new JobRunner(Runnable::run, 1);
    private final ClipBrowserViewModel model = new ClipBrowserViewModel(jobs, Runnable::run, Runnable::run);

    @AfterEach
    void stop() {
        jobs.close();
    }

    static ClipRow row(long id, String fname, String split, double seconds, LabelRecord... labels) {
        return ClipRow.of(new ClipRecord(id,ClipId.of( fname), split, split + "/" + fname, "wav-pcm16", seconds, 44_100, 1,
                (long) (seconds * 44_100), 1000, 0, null), List.of(labels));
    }

    static LabelRecord label(long id, String fname, String className, LabelSource source, LabelState state) {
        return new LabelRecord(id,ClipId.of( fname), className, source, state);
    }

    private void loadSample() {
        model.setRows(List.of(
                row(1, "a.wav", "train_curated", 3, label(1, "a.wav", "Bark", LabelSource.CURATED, LabelState.PENDING)),
                row(2, "b.wav", "train_noisy", 9, label(2, "b.wav", "Bark", LabelSource.NOISY, LabelState.REJECTED),
                        label(2, "b.wav", "Crowd", LabelSource.NOISY, LabelState.PENDING)),
                row(3, "c.wav", "train_noisy", 1, label(3, "c.wav", "Crowd", LabelSource.NOISY, LabelState.ACCEPTED)),
                row(4, "d.wav", "test", 5)));
    }

    private List<String> visible() {
        return model.rows().stream().map(row -> row.fname().fname()).toList();
    }

    @Test
    void filtersBySplitClassSourceStateAndText() {
        loadSample();
        assertEquals(List.of("a.wav", "b.wav", "c.wav", "d.wav"), visible());
        assertEquals("4 of 4 clips", model.summaryProperty().get());
        model.chosenClasses().setAll("Bark");
        assertEquals(List.of("a.wav", "b.wav"), visible());
        model.chosenSources().setAll("noisy");
        assertEquals(List.of("b.wav"), visible());
        model.chosenStates().setAll("pending");
        assertEquals(List.of(), visible(), "the pending label of b is Crowd, not Bark");
        assertEquals("No clip matches the search and filters (4 clips hidden)", model.emptyTableMessageProperty().get(),
                "an empty table of a workspace with clips must not say that there are no clips");
        model.chosenClasses().clear();
        assertEquals(List.of("b.wav"), visible());
        model.chosenSources().clear();
        model.chosenStates().clear();
        model.chosenSplits().setAll("train_noisy", "test");
        assertEquals(List.of("b.wav", "c.wav", "d.wav"), visible());
        model.searchProperty().set("CROWD");
        assertEquals(List.of("b.wav", "c.wav"), visible());
        assertEquals("2 of 4 clips", model.summaryProperty().get());
    }

    @Test
    void filtersByHowMuchOfTheAudioDecodes() {
        ClipRecord partial = new ClipRecord(5,ClipId.of( "e.wav"), "train_noisy", "train_noisy/e.wav", "wav-pcm16", 0.02, 44_100,
                1, 882, 1000, 0, null, DecodeStatus.PARTIAL, "0.02 s of a declared 2.40 s");
        List<ClipRow> rows = new ArrayList<>(List.of(row(1, "a.wav", "train_curated", 3), row(4, "d.wav", "test", 5)));
        rows.add(ClipRow.of(partial, List.of()));
        model.setRows(rows.subList(0, 2));
        assertFalse(model.someAudioNotWholeProperty().get(), "every clip whole: no Audio column");
        model.setRows(rows);
        assertTrue(model.someAudioNotWholeProperty().get(), "a partial clip: the Audio column shows");
        assertEquals(DecodeStatus.ALL, model.decodingChoices());
        model.chosenDecoding().setAll(DecodeStatus.PARTIAL);
        assertEquals(List.of("e.wav"), visible());
        assertEquals("1 of 3 clips", model.summaryProperty().get());
        model.chosenDecoding().setAll(DecodeStatus.OK, DecodeStatus.MISSING);
        assertEquals(List.of("a.wav", "d.wav"), visible());
        model.chosenDecoding().clear();
        assertEquals(3, visible().size());
    }

    @Test
    void sortsWithTheTablesOrderAndMovesTheSelection() {
        loadSample();
        model.orderProperty().set(Comparator.comparingDouble(ClipRow::duration).reversed());
        assertEquals(List.of("b.wav", "d.wav", "a.wav", "c.wav"), visible());
        model.selectNext();
        assertEquals("b.wav", model.selectedProperty().get().fname().fname());
        model.selectNext();
        model.selectNext();
        assertEquals("a.wav", model.selectedProperty().get().fname().fname());
        model.selectPrevious();
        assertEquals("d.wav", model.selectedProperty().get().fname().fname());
        assertTrue(model.selectFname(ClipId.of("c.wav")));
        model.selectNext();
        assertEquals("c.wav", model.selectedProperty().get().fname().fname(), "stays on the last row");
    }

    @Test
    void reviewStateAndChoicesComeFromTheRows() {
        loadSample();
        assertEquals(List.of("test", "train_curated", "train_noisy"), model.splitChoices());
        assertEquals(List.of("Bark", "Crowd"), model.classChoices());
        assertEquals(ClipRow.REVIEWED, model.allRows().get(0).reviewState(), "a pending curated label needs no review");
        assertEquals(ClipRow.TO_REVIEW, model.allRows().get(1).reviewState());
        assertEquals(ClipRow.REVIEWED, model.allRows().get(2).reviewState());
        assertEquals(ClipRow.UNLABELLED, model.allRows().get(3).reviewState());
    }

    @Test
    void joinGroupsLabelsUnderTheirClipsKeepingClipOrder() {
        List<ClipRecord> clips = new ArrayList<>();
        clips.add(row(7, "z.wav", "test", 1).clip());
        clips.add(row(3, "y.wav", "test", 1).clip());
        List<ClipRow> rows = ClipRow.join(clips, List.of(label(3, "y.wav", "Bark", LabelSource.CURATED, LabelState.PENDING),
                label(7, "z.wav", "Crowd", LabelSource.NOISY, LabelState.PENDING), label(3, "y.wav", "Crowd", LabelSource.CURATED, LabelState.PENDING)));
        assertEquals("z.wav", rows.get(0).fname().fname());
        assertEquals(2, rows.get(1).labels().size());
        assertEquals(1, rows.get(0).labels().size());
    }
}
