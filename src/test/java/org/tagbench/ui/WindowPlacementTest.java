package org.tagbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D LEFT = new Rectangle2D(0, 0, 1600, 1000);
    private static final Rectangle2D RIGHT = new Rectangle2D(1600, 0, 1920, 1080);

    @Test
    void aSavedPositionOnAScreenIsKept() {
        assertEquals(new Point2D(1700, 50), WindowPlacement.position(1700.0, 50.0, 1400, 900, List.of(LEFT, RIGHT), LEFT));
    }

    @Test
    void noSavedPositionCentresOnThePrimaryScreen() {
        assertEquals(new Point2D(100, 100.0 / 3), WindowPlacement.position(null, null, 1400, 900, List.of(LEFT), LEFT));
    }

    @Test
    void aPositionOnAScreenNoLongerThereCentresTheWindow() {
        assertEquals(new Point2D(100, 100.0 / 3), WindowPlacement.position(1700.0, 50.0, 1400, 900, List.of(LEFT), LEFT));
    }

    @Test
    void aWindowLargerThanTheScreenStartsAtItsCorner() {
        assertEquals(new Point2D(0, 0), WindowPlacement.position(null, null, 1800, 1200, List.of(LEFT), LEFT));
    }
}
