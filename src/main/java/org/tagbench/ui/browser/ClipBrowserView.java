package org.tagbench.ui.browser;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.tagbench.store.LabelRecord;

/**
 * The clip table with its filter bar. The table is virtualised and sorting is handed to the view model, which
 * sorts off the UI thread together with the filters.
 */
public final class ClipBrowserView extends BorderPane {
    private static final double ROW_HEIGHT = 24;
    private static final int ROWS_ABOVE_REVEALED = 3;
    private static final Duration SEARCH_PAUSE = Duration.millis(150);

    private final ClipBrowserViewModel model;
    private final TableView<ClipRow> table = new TableView<>();
    private boolean syncingSelection;

    public ClipBrowserView(ClipBrowserViewModel model) {
        this.model = model;
        getStyleClass().add("clip-browser");
        setTop(filterBar());
        setCenter(table);
        buildTable();
        syncSelection();
    }

    public TableView<ClipRow> table() {
        return table;
    }

    private FlowPane filterBar() {
        TextField search = new TextField();
        search.setId("clip-search");
        search.setPromptText("Search name or class (Ctrl+F)");
        search.setPrefColumnCount(16);
        debounceSearch(search);
        Label summary = new Label();
        summary.setId("clip-summary");
        summary.textProperty().bind(model.summaryProperty());
        FlowPane bar = new FlowPane(6, 6, search,
                checkCombo("split-filter", "Split", model.splitChoices(), model.chosenSplits()),
                checkCombo("class-filter", "Class", model.classChoices(), model.chosenClasses()),
                checkCombo("source-filter", "Source", model.sourceChoices(), model.chosenSources()),
                checkCombo("state-filter", "State", model.stateChoices(), model.chosenStates()),
                checkCombo("decoding-filter", "Audio", model.decodingChoices(), model.chosenDecoding()), summary);
        bar.setPadding(new Insets(6));
        return bar;
    }

    /**
     * Hands the typed text to the model once typing pauses: each refilter replaces the table's rows, and doing
     * that for every keystroke over 30,000 clips queued one table relayout per character.
     */
    private void debounceSearch(TextField search) {
        search.setText(model.searchProperty().get());
        PauseTransition typing = new PauseTransition(SEARCH_PAUSE);
        typing.setOnFinished(event -> model.searchProperty().set(search.getText()));
        search.textProperty().addListener((observable, before, after) -> typing.playFromStart());
        model.searchProperty().addListener((observable, before, after) -> {
            if (!after.equals(search.getText())) {
                search.setText(after);
            }
        });
    }

    private static CheckComboBox<String> checkCombo(String id, String title, ObservableList<String> choices,
                                                   ObservableList<String> chosen) {
        CheckComboBox<String> combo = new CheckComboBox<>(choices);
        combo.setId(id);
        combo.setTitle(title);
        combo.setShowCheckedCount(true);
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change ->
                chosen.setAll(List.copyOf(combo.getCheckModel().getCheckedItems())));
        choices.addListener((ListChangeListener<String>) change -> redrawTitle(combo));
        return combo;
    }

    /**
     * ControlsFX redraws "Split (1/3)" only when the checks change, so choices that arrive with a workspace after the
     * control was shown left it at "Split (0/0)": redraw its button cell (the skin's combo box) when they change.
     */
    private static void redrawTitle(CheckComboBox<String> combo) {
        if (combo.getSkin() instanceof SkinBase<?> skin && !skin.getChildren().isEmpty()
                && skin.getChildren().get(0) instanceof ComboBox<?> inner && inner.getButtonCell() != null) {
            inner.getButtonCell().updateIndex(0);
        }
    }

    private void buildTable() {
        table.setId("clip-table");
        // Without a fixed row height the virtual flow measures rows to estimate the scroll range, which costs
        // hundreds of milliseconds per change at 30,000 rows; with it, only visible rows are laid out.
        table.setFixedCellSize(ROW_HEIGHT);
        table.itemsProperty().bind(model.rowsProperty());
        Label emptyTable = new Label();
        emptyTable.textProperty().bind(model.emptyTableMessageProperty());
        table.setPlaceholder(emptyTable);
        TableColumn<ClipRow, String> name = column("File", 110, row -> row.fname().fname());
        TableColumn<ClipRow, String> split = column("Split", 95, row -> row.split());
        TableColumn<ClipRow, Double> duration = column("Length", 62, row -> row.duration());
        duration.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double seconds, boolean empty) {
                super.updateItem(seconds, empty);
                setText(empty || seconds == null ? null : String.format(Locale.ROOT, "%.2f s", seconds));
            }
        });
        TableColumn<ClipRow, List<LabelRecord>> labels = column("Labels", 260, row -> row.labels());
        labels.setCellFactory(column -> new LabelChips());
        labels.setSortable(false);
        TableColumn<ClipRow, String> review = column("Review", 80, row -> row.reviewState());
        TableColumn<ClipRow, String> audio = column("Audio", 70, row -> row.clip().decodeStatus());
        audio.setCellFactory(column -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String status, boolean empty) {
                super.updateItem(status, empty);
                setText(empty ? null : status);
                ClipRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String note = row == null ? null : row.clip().decodeNote();
                setTooltip(note == null ? null : new javafx.scene.control.Tooltip(note));
            }
        });
        // the constrained policy squeezes every column in a narrow browser; only Labels may give way
        keepWhole(name, "0b0407ba.wav");
        keepWhole(split, "train_curated");
        keepWhole(duration, "30.00 s");
        keepWhole(review, ClipRow.UNLABELLED);
        keepWhole(audio, "unchecked");
        audio.visibleProperty().bind(model.someAudioNotWholeProperty());
        labels.setMinWidth(40);
        table.getColumns().setAll(List.of(name, split, duration, audio, labels, review));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setSortPolicy(sorted -> {
            model.orderProperty().set(comparatorOf(sorted));
            return true;
        });
    }

    /** The column is never narrower than its title (with a sort arrow) or its longest usual value, in the table's font. */
    private static void keepWhole(TableColumn<ClipRow, ?> column, String longestValue) {
        double padding = 12;
        double sortArrow = 14;
        double needed = Math.max(textWidth(longestValue) + padding, textWidth(column.getText()) + padding + sortArrow);
        column.setMinWidth(Math.ceil(needed));
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
    }

    private static double textWidth(String text) {
        return new javafx.scene.text.Text(text).getLayoutBounds().getWidth();
    }

    private static <T> TableColumn<ClipRow, T> column(String title, double width,
                                                      java.util.function.Function<ClipRow, T> value) {
        TableColumn<ClipRow, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<ClipRow> comparatorOf(TableView<ClipRow> sorted) {
        Comparator<ClipRow> comparator = null;
        for (TableColumn<ClipRow, ?> column : sorted.getSortOrder()) {
            TableColumn<ClipRow, Comparable> comparable = (TableColumn<ClipRow, Comparable>) column;
            Comparator<ClipRow> byColumn = Comparator.comparing(
                    row -> comparable.getCellValueFactory().call(new TableColumn.CellDataFeatures<>(sorted, comparable, row)).getValue(),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byColumn = byColumn.reversed();
            }
            comparator = comparator == null ? byColumn : comparator.thenComparing(byColumn);
        }
        return comparator;
    }

    private void syncSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (!syncingSelection && after != null) {
                model.selectedProperty().set(after);
            }
        });
        model.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && table.getSelectionModel().getSelectedItem() != after) {
                showSelected(after, this::reveal);
            }
        });
        model.rowsProperty().addListener((observable, before, after) ->
                showSelected(model.selectedProperty().get(), this::revealInNewRows));
    }

    /**
     * Scrolls a row into view with a few rows above it, unless it is already well inside the view: stepping to the
     * next clip then leaves the table still. It scrolls by pixels, as the mouse wheel does: after
     * {@code TableView.scrollTo}, JavaFX restyles the rows outside the pulse and then repaints the whole window
     * (50-70 ms in its software pipeline) instead of only the table. The row height is fixed, so the distance is
     * exact.
     */
    public void reveal(int index) {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        if (first == null) {
            table.scrollTo(topRowFor(index));
        } else if (!isWellInView(index)) {
            double shownFromTop = first.getIndex() * ROW_HEIGHT - first.getLayoutY();
            flow.scrollPixels(topRowFor(index) * ROW_HEIGHT - shownFromTop);
        }
    }

    /**
     * The same after new rows (a filter, a sort), which the flow lays out in the next pulse: moving its offset now
     * lets that one layout fill the cells at their new place, where scrolling by pixels would fill them twice. The
     * flow keeps its offset when the row count changes, so its cells still tell what will be in view.
     */
    private void revealInNewRows(int index) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            table.scrollTo(topRowFor(index));
        } else if (!isWellInView(index)) {
            flow.scrollToTop(topRowFor(index));
        }
    }

    private static int topRowFor(int index) {
        return Math.max(0, index - ROWS_ABOVE_REVEALED);
    }

    /** Inside the view and below its top row, or anywhere in a view scrolled to the very top. */
    private boolean isWellInView(int index) {
        VirtualFlow<?> flow = flow();
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null || index < first.getIndex() || index >= last.getIndex()) {
            return false;
        }
        boolean atTop = first.getIndex() == 0 && first.getLayoutY() >= 0;
        return index > first.getIndex() || atTop;
    }

    private VirtualFlow<?> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? flow : null;
    }

    /**
     * Selects the row in the table and brings it into view. After new rows JavaFX may keep the selected row
     * selected at its new index, but it does not scroll to it.
     */
    private void showSelected(ClipRow row, IntConsumer reveal) {
        if (row == null) {
            return;
        }
        int index = ClipBrowserViewModel.indexOfSame(model.rows(), row);
        syncingSelection = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                if (table.getSelectionModel().getSelectedIndex() != index) {
                    table.getSelectionModel().select(index);
                }
                reveal.accept(index);
            }
        } finally {
            syncingSelection = false;
        }
    }
}
