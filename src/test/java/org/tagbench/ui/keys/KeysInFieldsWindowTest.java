package org.tagbench.ui.keys;

import org.tagbench.domain.ClipId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tagbench.app.workspace.Workspace;
import org.tagbench.domain.LabelState;
import org.tagbench.ui.HeadlessWindow;
import org.tagbench.ui.Workbench;
import org.tagbench.ui.review.TagPanelViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's keys obey {@link KeyDispatcher}'s policy (headless): keys typed into any field of any tab reach the
 * field and store no decision, T focuses the add-tag field without typing into it, Escape leaves it, menus name the
 * current keys, and the retrain form's folds and epochs come back from the settings.
 */
@ExtendWith(ApplicationExtension.class)
class KeysInFieldsWindowTest {
    private static final int SAVED_FOLDS = 3;
    private static final int SAVED_EPOCHS = 7;

    @TempDir
    static Path folder;
    private static Path workspaceDir;
    private Workbench workbench;

    @BeforeAll
    static void importDevCorpusWithARunAndSavedRetrainForm() throws Exception {
        workspaceDir = HeadlessWindow.importDevCorpus(folder);
        HeadlessWindow.addRandomRun(workspaceDir, 11);
        // written as JSON, as an earlier session would have left it
        Files.writeString(folder.resolve("settings.json"),
                "{\"retrainFolds\": " + SAVED_FOLDS + ", \"retrainEpochs\": " + SAVED_EPOCHS + "}");
    }

    @Start
    void start(Stage stage) {
        workbench = HeadlessWindow.show(stage, folder, workspaceDir);
    }

    @AfterEach
    void close() {
        HeadlessWindow.close(workbench);
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        HeadlessWindow.waitUntil(what, 60, condition);
    }

    private static long decisionsStored() throws java.io.IOException {
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            return workspace.store().counts().decisions();
        }
    }

    /** Shows a clip with a pending label selected and suggestions listed, so A, R and the digits would all store. */
    private void showAClipThatKeysCouldJudge(FxRobot robot) throws Exception {
        waitUntil("the clips are listed", () -> !workbench.model().browser().allRows().isEmpty());
        String clip = workbench.model().browser().allRows().stream()
                .filter(row -> row.labels().stream().anyMatch(l -> l.state() == LabelState.PENDING))
                .findFirst().orElseThrow().fname().fname();
        robot.interact(() -> workbench.model().browser().selectFname(ClipId.of(clip)));
        TagPanelViewModel tags = workbench.model().tags();
        waitUntil("the tag panel shows " + clip + " with suggestions", () -> ClipId.of(clip).equals(tags.clipProperty().get())
                && ClipId.of(clip).equals(tags.suggestionsShownForProperty().get()) && tags.suggestions().size() >= 9
                && tags.selectedLabelProperty().get() != null);
    }

    /** Every field a person can type into that is showing now: found by walking the scene graph. */
    private static List<Node> showingFields(Node node) {
        List<Node> found = new ArrayList<>();
        if (!node.isVisible() || node.isDisabled()) {
            return found;
        }
        if (node instanceof TextInputControl && ((TextInputControl) node).isEditable()
                || node instanceof Spinner<?> spinner && spinner.isEditable()
                || node instanceof ComboBoxBase<?> box && box.isEditable()) {
            found.add(node);
            return found;
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(showingFields(child)));
        }
        return found;
    }

    private static TextInputControl editorOf(Node field) {
        if (field instanceof Spinner<?> spinner) {
            return spinner.getEditor();
        }
        if (field instanceof ComboBoxBase<?> box && box instanceof javafx.scene.control.ComboBox<?> combo) {
            return combo.getEditor();
        }
        return (TextInputControl) field;
    }

    private boolean focusIsIn(Node field) {
        for (Node node = workbench.scene().getFocusOwner(); node != null; node = node.getParent()) {
            if (node == field) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Node field) {
        return field.getClass().getSimpleName() + (field.getId() == null ? "" : " #" + field.getId());
    }

    @Test
    void keysTypedIntoEveryFieldOfEveryTabReachTheFieldAndStoreNoDecision(FxRobot robot) throws Exception {
        showAClipThatKeysCouldJudge(robot);
        long before = decisionsStored();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        List<String> covered = new ArrayList<>();
        for (int t = 0; t < tabs.getTabs().size(); t++) {
            int tab = t;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            List<Node> fields = WaitForAsyncUtils.asyncFx(() -> showingFields(workbench.scene().getRoot())).get();
            for (Node field : fields) {
                String name = describe(field);
                TextInputControl editor = editorOf(field);
                String original = WaitForAsyncUtils.asyncFx(() -> editor.getText()).get();
                robot.interact(() -> {
                    field.requestFocus();
                    editor.end();
                });
                assertTrue(focusIsIn(field), name + " takes the focus");
                robot.type(KeyCode.DIGIT4, KeyCode.MINUS, KeyCode.DIGIT7, KeyCode.DIGIT5, KeyCode.DIGIT1, KeyCode.A,
                        KeyCode.R, KeyCode.T, KeyCode.U, KeyCode.N, KeyCode.C, KeyCode.M, KeyCode.L);
                String typed = WaitForAsyncUtils.asyncFx(() -> editor.getText()).get();
                assertTrue(typed.endsWith("4-751artuncml"), name + " got every key: '" + typed + "'");
                robot.press(KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT);
                robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
                robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
                assertTrue(focusIsIn(field), name + " keeps the focus");
                robot.interact(() -> editor.setText(original));
                WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a decision would be stored by now
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(before, decisionsStored(), "keys typed into " + name + " stored a decision");
                covered.add(name);
            }
        }
        assertEquals(0, workbench.model().tags().summaryProperty().get().decisions(), "no decision this sitting");
        assertTrue(covered.stream().anyMatch(name -> name.contains("#retrain-epochs")), "covered: " + covered);
        assertTrue(covered.stream().anyMatch(name -> name.contains("#clip-search")), "covered: " + covered);
        assertTrue(covered.stream().anyMatch(name -> name.contains("#floor-db")), "covered: " + covered);
        assertTrue(covered.stream().anyMatch(name -> name.contains("#add-tag")), "covered: " + covered);
    }

    /**
     * The keyboard-shortcuts dialog is a window of its own: keys typed into its fields bind the field (that is what
     * it is for) and none reaches the workbench behind it, neither a judgement nor a move to another clip.
     */
    @Test
    void keysTypedIntoTheShortcutsDialogBindItsFieldsAndReachNothingBehindIt(FxRobot robot) throws Exception {
        showAClipThatKeysCouldJudge(robot);
        long before = decisionsStored();
        String clip = workbench.model().tags().clipProperty().get().fname();
        KeyBindings bindings = workbench.model().keyBindingsProperty().get();
        MenuItem remap = item(robot.lookup(".menu-bar").queryAs(MenuBar.class), "Settings", "Keyboard shortcuts");
        javafx.application.Platform.runLater(remap::fire); // showAndWait: the dialog's own event loop
        waitUntil("the dialog shows", () -> robot.lookup("#keys-ACCEPT").tryQuery().isPresent());
        Node accept = robot.lookup("#keys-ACCEPT").queryAs(Node.class);
        while (!(accept instanceof DialogPane)) {
            accept = accept.getParent();
        }
        DialogPane pane = (DialogPane) accept;
        List<Node> fields = WaitForAsyncUtils.asyncFx(() -> showingFields(pane)).get();
        assertEquals(KeyAction.values().length, fields.size(), "one field per action");
        for (Node field : fields) {
            TextInputControl editor = (TextInputControl) field;
            robot.interact(field::requestFocus);
            assertTrue(field.isFocused(), describe(field) + " takes the focus");
            assertBinds(robot, editor, "4", KeyCode.DIGIT4);
            assertBinds(robot, editor, "A", KeyCode.A);
            assertBinds(robot, editor, "N", KeyCode.N);
            assertBinds(robot, editor, "Down", KeyCode.DOWN);
            assertBinds(robot, editor, "Shift+U", KeyCode.SHIFT, KeyCode.U);
            assertBinds(robot, editor, "Shortcut+Z", KeyCode.CONTROL, KeyCode.Z);
            assertBinds(robot, editor, "", KeyCode.BACK_SPACE);
            assertTrue(field.isFocused(), describe(field) + " keeps the focus");
        }
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());
        waitUntil("the dialog closes", () -> robot.lookup("#keys-ACCEPT").tryQuery().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a decision would be stored by now
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, decisionsStored(), "keys typed into the dialog stored a decision");
        assertEquals(clip, workbench.model().tags().clipProperty().get().fname(), "N and Down in the dialog moved the clip");
        assertEquals(bindings, workbench.model().keyBindingsProperty().get(), "Cancel keeps the keys as they were");
    }

    /** Presses {@code keys} together (modifiers first) in the focused field and checks what the field then binds. */
    private static void assertBinds(FxRobot robot, TextInputControl field, String expected, KeyCode... keys) {
        robot.press(keys).release(keys);
        String shown = field.getText();
        assertEquals(expected, shown, (field.getId() == null ? "field" : "#" + field.getId()) + " after "
                + java.util.Arrays.toString(keys));
    }

    @Test
    void tFocusesTheAddTagFieldWithoutTypingAndEscapeEmptiesAndLeavesIt(FxRobot robot) throws Exception {
        showAClipThatKeysCouldJudge(robot);
        TextField add = robot.lookup(".tag-panel .text-field").queryAs(TextField.class);
        robot.interact(() -> workbench.view().timeline().requestFocus());

        robot.type(KeyCode.T);
        waitUntil("T focuses the add-tag field", add::isFocused);
        assertEquals("", add.getText(), "T itself is not typed");
        robot.type(KeyCode.B, KeyCode.A);
        assertEquals("ba", add.getText());
        robot.type(KeyCode.ESCAPE);
        waitUntil("Escape empties the field", () -> add.getText().isEmpty());
        if (add.isFocused()) {
            robot.type(KeyCode.ESCAPE); // the first Escape closed the completion list
        }
        assertFalse(add.isFocused(), "Escape leaves the field");
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS); // the completion list answers after a short delay
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(javafx.stage.Window.getWindows().stream()
                        .noneMatch(window -> window instanceof javafx.stage.PopupWindow && window.isShowing()),
                "emptying the field opens no completion list of every class");
        assertFalse(workbench.scene().getFocusOwner() instanceof TextInputControl, "keys are the window's again");

        robot.type(KeyCode.T, KeyCode.X, KeyCode.Y);
        assertEquals("xy", add.getText());
        String shown = workbench.model().tags().clipProperty().get().fname();
        robot.interact(() -> workbench.model().browser().selectNext());
        waitUntil("another clip is shown", () -> !ClipId.of(shown).equals(workbench.model().tags().clipProperty().get()));
        assertEquals("", add.getText(), "text typed for one clip does not stay for the next");
    }

    /** Enter while the completion list shows: the list takes the key, and used to leave the class in the field unadded. */
    @Test
    void enterOnTheCompletionListAddsTheClass(FxRobot robot) throws Exception {
        showAClipThatKeysCouldJudge(robot);
        TagPanelViewModel tags = workbench.model().tags();
        String clip = tags.clipProperty().get().fname();
        java.util.Set<String> labelled = new java.util.HashSet<>();
        try (Workspace workspace = Workspace.open(workspaceDir)) {
            workspace.store().labelsOf(ClipId.of(clip)).forEach(label -> labelled.add(label.className()));
        }
        String missing = tags.classes().stream().filter(c -> !labelled.contains(c)).findFirst().orElseThrow();
        TextField add = robot.lookup("#add-tag-field").queryAs(TextField.class);
        robot.interact(add::requestFocus);
        robot.write(missing.toLowerCase(java.util.Locale.ROOT)); // part of a name would do; the whole is unambiguous
        waitUntil("the completion list shows", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(window -> window instanceof javafx.stage.PopupWindow && window.isShowing()));
        robot.type(KeyCode.ENTER);
        waitUntil("Enter on the list adds " + missing + " to " + clip, () -> {
            try (Workspace workspace = Workspace.open(workspaceDir)) {
                return workspace.store().labelsOf(ClipId.of(clip)).stream().anyMatch(l -> l.className().equals(missing));
            }
        });
        waitUntil("the field is left empty", () -> add.getText().isEmpty());
    }

    @Test
    void theReviewAndTrainMenusNameTheCurrentKeys(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals("Undo decision    U or Ctrl+Z", item(bar, "Review", "Undo").getText());
        assertEquals("Redo decision    Shift+U or Ctrl+Shift+Z", item(bar, "Review", "Redo").getText());
        assertEquals("Start / leave review mode    Ctrl+R", item(bar, "Review", "Start").getText());
        assertEquals("Retrain...    Ctrl+T", item(bar, "Train", "Retrain").getText());
        robot.interact(() -> workbench.model().keyBindingsProperty()
                .set(workbench.model().keyBindingsProperty().get().with(KeyAction.UNDO, KeyBindings.parse("Y"))));
        assertEquals("Undo decision    Y", item(bar, "Review", "Undo").getText(), "a remap relabels the menu");
    }

    private static MenuItem item(MenuBar bar, String menu, String start) {
        Menu found = bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow();
        return found.getItems().stream().filter(i -> i.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + start + "... in " + menu));
    }

    @Test
    void theRetrainFormKeepsTheFoldsAndEpochsOfTheLastSession(FxRobot robot) throws Exception {
        waitUntil("the workspace is open", () -> workbench.model().workspaceProperty().get() != null);
        robot.interact(() -> workbench.view().showRetrain());
        waitUntil("the retrain pane knows its presets", () -> workbench.model().retrain().readyProperty().get());
        assertEquals(SAVED_FOLDS, robot.lookup("#retrain-folds").queryAs(Spinner.class).getValue());
        assertEquals(SAVED_EPOCHS, robot.lookup("#retrain-epochs").queryAs(Spinner.class).getValue());
        robot.interact(() -> workbench.model().retrain().epochsProperty().set(9));
        assertEquals(9, workbench.model().capture().retrainEpochs(), "a new choice is saved");
    }

    /** Enter in a retrain field commits the field; it used to press the default "Start retrain" button as well. */
    @Test
    void enterInTheRetrainFormCommitsTheFieldAndStartsNoRetrain(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tab.getText().equals("Retrain")).findFirst().orElseThrow()));
        waitUntil("the retrain form is ready to start",
                () -> WaitForAsyncUtils.asyncFx(() -> workbench.model().retrain().readyProperty().get()).get());
        Spinner<?> folds = robot.lookup("#retrain-folds").queryAs(Spinner.class);
        robot.interact(() -> {
            folds.requestFocus();
            folds.getEditor().setText("3");
            folds.getEditor().end();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(WaitForAsyncUtils.asyncFx(() -> workbench.model().retrain().runningProperty().get()).get(),
                "Enter in the Folds field started a retrain");
        assertEquals(3, (Integer) WaitForAsyncUtils.asyncFx(() -> folds.getValue()).get(), "Enter commits the typed folds");
    }
}
