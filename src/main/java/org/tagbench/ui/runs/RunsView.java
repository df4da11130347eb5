package org.tagbench.ui.runs;

import java.awt.Color;
import java.awt.Font;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.tagbench.app.runs.RunsService;
import org.tagbench.store.Decision;
import org.tagbench.ui.charts.ChartStyle;

/**
 * The runs view: a table of every run (metrics, decisions seen, active), the selected run's lwlrap per class as a bar
 * chart and the decisions it saw, and a button that makes the selected runs the active ensemble.
 */
public final class RunsView extends BorderPane {
    private final RunsViewModel model;
    private final TableView<RunsService.RunSummary> table = new TableView<>();
    private final ChartViewer perClass = new ChartViewer(null);

    public RunsView(RunsViewModel model) {
        this.model = model;
        setId("runs");
        setPadding(new Insets(8));
        setTop(toolbar());
        SplitPane split = new SplitPane(buildTable(), details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.35);
        setCenter(split);
        model.selectedScoresProperty().addListener((observable, before, after) -> perClass.setChart(chart(after)));
        perClass.setChart(chart(model.selectedScoresProperty().get()));
    }

    private HBox toolbar() {
        Button activate = new Button("Make selected runs active");
        activate.setId("runs-make-active");
        activate.setOnAction(event -> model.makeActive(table.getSelectionModel().getSelectedItems().stream()
                .map(summary -> summary.run().id()).toList()));
        activate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button refresh = new Button("Refresh");
        refresh.setId("runs-refresh");
        refresh.setOnAction(event -> model.refresh());
        Label active = new Label();
        active.setId("runs-active-summary");
        active.textProperty().bind(model.activeSummaryProperty());
        Label problem = new Label();
        problem.getStyleClass().add("warning-text");
        problem.textProperty().bind(model.problemProperty().concat(model.activeEnsemble().problemProperty()));
        HBox bar = new HBox(10, activate, refresh, active, problem);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private TableView<RunsService.RunSummary> buildTable() {
        table.setId("runs-table");
        table.setItems(model.runs());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(column("id", 50, summary -> summary.run().id()));
        table.getColumns().add(column("kind", 130, summary -> summary.run().kind()));
        table.getColumns().add(column("preset", 170, summary -> summary.run().preset()));
        table.getColumns().add(column("status", 80, summary -> summary.run().status()));
        table.getColumns().add(column("OOF lwlrap", 90, summary -> summary.scores().figure()));
        table.getColumns().add(column("duration", 80, summary -> describe(summary.duration())));
        table.getColumns().add(column("device", 70, summary -> RunsViewModel.deviceLabel(summary.run().device())));
        table.getColumns().add(column("decisions seen", 100, RunsService.RunSummary::decisionsSeen));
        table.getColumns().add(activeColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.selectedProperty().set(after);
            }
        });
        model.selectedProperty().addListener((observable, before, after) -> {
            if (after != null && table.getSelectionModel().getSelectedItem() != after) {
                table.getSelectionModel().clearAndSelect(model.runs().indexOf(after));
            }
        });
        return table;
    }

    private static <T> TableColumn<RunsService.RunSummary, T> column(String title, double width,
                                                                       Function<RunsService.RunSummary, T> value) {
        TableColumn<RunsService.RunSummary, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** A ticked box for the runs in the active ensemble; read-only, the button changes the ensemble. */
    private static TableColumn<RunsService.RunSummary, Boolean> activeColumn() {
        TableColumn<RunsService.RunSummary, Boolean> column = column("active", 60, summary -> summary.run().active());
        column.setCellFactory(c -> new TableCell<>() {
            private final CheckBox box = new CheckBox();

            {
                box.setDisable(true);
                box.setStyle("-fx-opacity: 1");
            }

            @Override
            protected void updateItem(Boolean active, boolean empty) {
                super.updateItem(active, empty);
                box.setSelected(active != null && active);
                setGraphic(empty ? null : box);
            }
        });
        return column;
    }

    static String describe(Duration duration) {
        if (duration == null) {
            return "-";
        }
        long seconds = duration.toSeconds();
        return seconds >= 60 ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60) : seconds + " s";
    }

    private HBox details() {
        perClass.setId("runs-per-class-chart");
        ListView<Decision> decisions = new ListView<>(model.selectedDecisions());
        decisions.setId("runs-decisions");
        decisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setText(empty || decision == null ? null : "#" + decision.id() + " " + decision.action().name().toLowerCase(Locale.ROOT)
                        + " " + decision.className() + " on " + decision.fname() + " (" + decision.decidedBy() + ")");
            }
        });
        Label title = new Label();
        title.textProperty().bind(model.selectedProperty().map(this::decisionsTitle).orElse("Decisions seen"));
        VBox decisionBox = new VBox(4, title, decisions);
        VBox.setVgrow(decisions, Priority.ALWAYS);
        decisionBox.setPrefWidth(320);
        HBox details = new HBox(8, perClass, decisionBox);
        HBox.setHgrow(perClass, Priority.ALWAYS);
        return details;
    }

    private String decisionsTitle(RunsService.RunSummary summary) {
        return "Decisions run " + summary.run().id() + " saw: " + summary.decisionsSeen();
    }

    private JFreeChart chart(RunsService.Scores scores) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        String title = "Lwlrap per class";
        if (scores != null) {
            scores.perClass().forEach(score -> dataset.addValue(score.lwlrap(), "lwlrap", score.className()));
            RunsService.RunSummary run = model.selectedProperty().get();
            title = "Lwlrap per class of run " + (run == null ? "?" : run.run().id()) + ": " + scores.describe();
        }
        JFreeChart chart = ChartFactory.createBarChart(title, null, "lwlrap", dataset, PlotOrientation.VERTICAL,
                false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        plot.getRangeAxis().setRange(0, 1);
        ChartStyle.flat((BarRenderer) plot.getRenderer()).setSeriesPaint(0, new Color(0x3949ab));
        return ChartStyle.styled(chart);
    }

    /** The table, for tests. */
    public TableView<RunsService.RunSummary> table() {
        return table;
    }
}
