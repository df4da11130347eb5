package org.tagbench.ui.browser;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.AccessibleAttribute;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.store.LabelRecord;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LabelChipsTest {
    private static final LabelRecord BARK = new LabelRecord(1,ClipId.of( "a.wav"), "Bark", LabelSource.NOISY, LabelState.REJECTED);
    private static final LabelRecord MEOW = new LabelRecord(1,ClipId.of( "a.wav"), "Meow", LabelSource.CURATED, LabelState.PENDING);

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    @Test
    void drawsOneChipPerLabelOnOneReusedStrip(FxRobot robot) {
        LabelChips cell = onFx(robot, () -> {
            LabelChips made = new LabelChips();
            made.resize(300, 24);
            made.updateItem(List.of(BARK, MEOW), false);
            return made;
        });
        ChipStrip strip = (ChipStrip) cell.getGraphic();
        assertEquals(List.of(BARK, MEOW), strip.labels());
        assertEquals("Bark · noisy · rejected\nMeow · curated · pending",
                onFx(robot, () -> strip.queryAccessibleAttribute(AccessibleAttribute.TEXT)), "screen readers get the labels");
        double both = strip.getWidth();
        robot.interact(() -> cell.updateItem(List.of(MEOW), false));
        assertSame(strip, cell.getGraphic(), "the next row reuses the strip");
        assertTrue(strip.getWidth() < both, "one chip is narrower than two");
        robot.interact(() -> cell.updateItem(null, true));
        assertEquals(null, cell.getGraphic());
    }

    @Test
    void chipsAreFilledByTheirSourceAndRejectedOnesFaded(FxRobot robot) {
        Color[] pixels = onFx(robot, () -> {
            ChipStrip curated = ChipStrip.of(MEOW);
            ChipStrip rejected = ChipStrip.of(BARK);
            return new Color[] {pixel(curated), pixel(rejected)};
        });
        assertClose(Color.web("#2e7d32"), pixels[0]);
        assertTrue(pixels[1].getOpacity() < 0.6, "a rejected chip is drawn faded: " + pixels[1]);
    }

    @Test
    void aNarrowCellShortensTheFirstChipAndCountsTheRest(FxRobot robot) {
        LabelRecord speech = new LabelRecord(1,ClipId.of( "a.wav"), "Female_speech_and_woman_speaking", LabelSource.CURATED, LabelState.PENDING);
        Object[] drawn = onFx(robot, () -> {
            ChipStrip made = new ChipStrip();
            made.show(List.of(speech, BARK, MEOW), 120);
            return new Object[] {made.getWidth(), pixel(made)};
        });
        assertTrue((double) drawn[0] <= 120, "stays within the cell: " + drawn[0]);
        assertClose(Color.web("#2e7d32"), (Color) drawn[1]);
    }

    @Test
    void theTooltipDescribesTheLabelsShownWhenItOpens(FxRobot robot) {
        LabelChips cell = onFx(robot, () -> {
            LabelChips made = new LabelChips();
            made.updateItem(List.of(BARK), false);
            made.updateItem(List.of(BARK, MEOW), false);
            made.getTooltip().getOnShowing().handle(new WindowEvent(made.getTooltip(), WindowEvent.WINDOW_SHOWING));
            return made;
        });
        assertEquals("Bark · noisy · rejected\nMeow · curated · pending", cell.getTooltip().getText());
    }

    /** Just inside the chip's left edge, level with the text's middle but left of it. */
    private static Color pixel(ChipStrip strip) {
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        return strip.snapshot(transparent, null).getPixelReader().getColor(4, (int) (ChipStrip.HEIGHT / 2));
    }

    private static void assertClose(Color expected, Color actual) {
        assertTrue(Math.abs(expected.getRed() - actual.getRed()) < 0.05
                && Math.abs(expected.getGreen() - actual.getGreen()) < 0.05
                && Math.abs(expected.getBlue() - actual.getBlue()) < 0.05, "expected " + expected + ", got " + actual);
    }

    private static <T> T onFx(FxRobot robot, Supplier<T> work) {
        Object[] result = new Object[1];
        robot.interact(() -> result[0] = work.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
