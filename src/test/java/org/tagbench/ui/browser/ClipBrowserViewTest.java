package org.tagbench.ui.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ScrollToEvent;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tagbench.domain.LabelSource;
import org.tagbench.domain.LabelState;
import org.tagbench.ui.jobs.JobRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** How the table follows the selection: it scrolls only when the selected row is not well in view. */
@ExtendWith(ApplicationExtension.class)
class ClipBrowserViewTest {
    private static final int ROWS = 2_000;

    private final JobRunner jobs = new JobRunner(Runnable::run, 1);
    // Filtering answers in a later FX event, as it does from its background thread in the window.
    private final ClipBrowserViewModel model = new ClipBrowserViewModel(jobs, Runnable::run, Platform::runLater);
    private final AtomicInteger programmaticScrolls = new AtomicInteger();
    private ClipBrowserView view;

    @Start
    void start(Stage stage) {
        view = new ClipBrowserView(model);
        view.table().addEventHandler(ScrollToEvent.scrollToTopIndex(), event -> programmaticScrolls.incrementAndGet());
        stage.setScene(new Scene(view, 700, 500));
        stage.show();
        List<ClipRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String fname = String.format("clip%04d.wav", i);
            String className = i % 2 == 0 ? "Bark" : "Meow";
            rows.add(ClipBrowserViewModelTest.row(i, fname, "train_noisy", 2,
                    ClipBrowserViewModelTest.label(i, fname, className, LabelSource.NOISY, LabelState.PENDING)));
        }
        model.setRows(rows);
    }

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void aFarRowIsScrolledNearTheTopByPixelsNotByScrollTo(FxRobot robot) {
        select(robot, 1_500);
        assertEquals(1_497, firstVisible(robot), "three rows stay above the selected one");
        assertEquals(0, programmaticScrolls.get(), "scrolled like the wheel, not with TableView.scrollTo");
        select(robot, 40);
        assertEquals(37, firstVisible(robot), "and back up");
    }

    @Test
    void steppingThroughRowsInViewLeavesTheTableStill(FxRobot robot) {
        select(robot, 0);
        for (int i = 0; i < 5; i++) {
            robot.interact(model::selectNext);
        }
        assertEquals(0, firstVisible(robot));
        assertEquals(0, programmaticScrolls.get());
        int last = onFx(() -> flow().getLastVisibleCell().getIndex());
        select(robot, last);
        assertEquals(last - 3, firstVisible(robot), "the last, partly hidden row brings the table along");
    }

    @Test
    void aFilterThatKeepsTheSelectedRowInViewDoesNotScroll(FxRobot robot) {
        select(robot, 0);
        robot.interact(() -> model.chosenClasses().setAll("Bark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ROWS / 2, onFx(() -> view.table().getItems().size()));
        assertEquals("clip0000.wav", onFx(() -> view.table().getSelectionModel().getSelectedItem().fname().fname()));
        assertEquals(0, firstVisible(robot));
        assertEquals(0, programmaticScrolls.get());
    }

    @Test
    void aFilterThatMovesTheSelectedRowBringsItIntoView(FxRobot robot) {
        select(robot, 1_200);
        robot.interact(() -> model.searchProperty().set("clip1"));
        WaitForAsyncUtils.waitForFxEvents();
        int index = onFx(() -> view.table().getSelectionModel().getSelectedIndex());
        assertEquals(200, index, "clip1200 is the 201st clip whose name has 'clip1'");
        assertShown(robot, index);
    }

    private void assertShown(FxRobot robot, int index) {
        int first = firstVisible(robot);
        int last = onFx(() -> flow().getLastVisibleCell().getIndex());
        assertTrue(first <= index && index < last, "row " + index + " shown in " + first + ".." + last);
    }

    @Test
    void aSortKeepsTheSelectedRowInView(FxRobot robot) {
        select(robot, 10);
        robot.interact(() -> model.orderProperty().set(Comparator.comparing(ClipRow::fname).reversed()));
        WaitForAsyncUtils.waitForFxEvents();
        int index = onFx(() -> view.table().getSelectionModel().getSelectedIndex());
        assertEquals(ROWS - 11, index);
        assertShown(robot, index);
        robot.interact(() -> model.orderProperty().set(null));
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, 10);
    }

    @Test
    void sortingByAColumnHeaderKeepsTheSelectedRowInView(FxRobot robot) {
        select(robot, 10);
        var table = view.table();
        robot.interact(() -> table.getSortOrder().setAll(table.getColumns().get(0)));
        robot.interact(() -> table.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING));
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, ROWS - 11);
        assertEquals(List.of(table.getColumns().get(0)), onFx(() -> List.copyOf(table.getSortOrder())),
                "the header keeps its sort once the sorted rows are shown");
        assertEquals("clip1999.wav", onFx(() -> table.getItems().get(0).fname().fname()));
        robot.interact(() -> model.chosenClasses().setAll("Bark"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("clip1998.wav", onFx(() -> table.getItems().get(0).fname().fname()), "a filter keeps the sort");
        assertEquals(1, onFx(() -> table.getSortOrder().size()));
        robot.interact(() -> model.chosenClasses().clear());
        robot.interact(() -> table.getSortOrder().clear());
        WaitForAsyncUtils.waitForFxEvents();
        assertShown(robot, 10);
    }

    private void select(FxRobot robot, int index) {
        robot.interact(() -> model.selectedProperty().set(model.rows().get(index)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, (int) onFx(() -> view.table().getSelectionModel().getSelectedIndex()));
    }

    private int firstVisible(FxRobot robot) {
        return onFx(() -> {
            IndexedCell<?> first = flow().getFirstVisibleCell();
            return first.getLayoutY() < -1 ? first.getIndex() + 1 : first.getIndex();
        });
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) view.table().lookup(".virtual-flow");
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(work));
        } catch (TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }
}
