package org.tagbench.ui.retrain;

import java.awt.BasicStroke;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.tagbench.ui.charts.ChartStyle;

/**
 * The retrain pane: the form (pipeline, preset, folds, epochs) with Start and Cancel, stage, progress and time left,
 * the result beside the active ensemble with "Make active", and two JFreeChart line charts, training loss and
 * validation lwlrap per epoch with one line per fold.
 */
public final class RetrainView extends BorderPane {

    private final RetrainViewModel model;
    private final XYSeriesCollection loss = new XYSeriesCollection();
    private final XYSeriesCollection lwlrap = new XYSeriesCollection();
    private final Map<Integer, XYSeries[]> seriesByFold = new HashMap<>();

    public RetrainView(RetrainViewModel model) {
        this.model = model;
        setId("retrain");
        setPadding(new Insets(8));
        setLeft(form());
        setCenter(charts());
        model.points().addListener((ListChangeListener<EpochPoint>) change -> redrawOnChange(change));
        plot(model.points());
    }

    private VBox form() {
        ChoiceBox<String> pipeline = new ChoiceBox<>(model.pipelines());
        pipeline.setId("retrain-pipeline");
        pipeline.valueProperty().bindBidirectional(model.pipelineProperty());
        ChoiceBox<String> preset = new ChoiceBox<>(model.presets());
        preset.setId("retrain-preset");
        preset.valueProperty().bindBidirectional(model.presetProperty());
        Spinner<Integer> folds = spinner("retrain-folds", RetrainViewModel.MIN_FOLDS, RetrainViewModel.MAX_FOLDS, model.foldsProperty());
        Spinner<Integer> epochs = spinner("retrain-epochs", RetrainViewModel.MIN_EPOCHS, RetrainViewModel.MAX_EPOCHS, model.epochsProperty());
        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, new Label("Pipeline"), pipeline);
        fields.addRow(1, new Label("Preset"), preset);
        fields.addRow(2, new Label("Folds"), folds);
        fields.addRow(3, new Label("Epochs"), epochs);
        fields.disableProperty().bind(model.runningProperty());

        Button start = new Button("Start retrain");
        start.setId("retrain-start");
        start.disableProperty().bind(model.runningProperty().or(model.readyProperty().not()));
        start.setOnAction(event -> model.start());
        Button cancel = new Button("Cancel");
        cancel.setId("retrain-cancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(event -> model.cancel());

        ProgressBar progress = new ProgressBar();
        progress.setId("retrain-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        Label recipeNote = note(model.presetNoteProperty(), "retrain-preset-note");
        recipeNote.managedProperty().bind(model.presetNoteProperty().isNotEmpty());
        recipeNote.visibleProperty().bind(recipeNote.managedProperty());
        VBox form = new VBox(8, fields, recipeNote,
                note(model.deviceProperty(), "retrain-device"), new HBox(8, start, cancel), progress,
                note(model.stageProperty(), "retrain-stage"), note(model.timeLeftProperty(), "retrain-time-left"),
                problem(), result());
        form.setPrefWidth(300);
        form.setPadding(new Insets(0, 12, 0, 0));
        return form;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.ObjectProperty<Integer> value) {
        Spinner<Integer> spinner = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get()));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.getValueFactory().valueProperty().bindBidirectional(value);
        return spinner;
    }

    private static Label note(javafx.beans.value.ObservableStringValue text, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(text);
        return label;
    }

    private Label problem() {
        Label problem = note(model.problemProperty(), "retrain-problem");
        problem.getStyleClass().add("warning-text");
        return problem;
    }

    private VBox result() {
        Label comparison = new Label();
        comparison.setId("retrain-result");
        comparison.setWrapText(true);
        comparison.textProperty().bind(Bindings.createStringBinding(() -> model.resultProperty().get() == null ? ""
                : RetrainViewModel.describe(model.resultProperty().get()), model.resultProperty()));
        Button makeActive = new Button("Make active");
        makeActive.setId("retrain-make-active");
        makeActive.setOnAction(event -> model.makeActive());
        makeActive.disableProperty().bind(Bindings.createBooleanBinding(() -> model.resultProperty().get() == null
                || model.activeEnsemble().runIdsProperty().get().equals(List.of(model.resultProperty().get().runId())),
                model.resultProperty(), model.activeEnsemble().runIdsProperty()));
        Label activeProblem = note(model.activeEnsemble().problemProperty(), "retrain-active-problem");
        activeProblem.getStyleClass().add("warning-text");
        VBox box = new VBox(6, comparison, makeActive, activeProblem);
        box.visibleProperty().bind(model.resultProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox charts() {
        ChartViewer lossChart = new ChartViewer(lineChart("Training loss per epoch", "loss", loss));
        lossChart.setId("retrain-loss-chart");
        ChartViewer lwlrapChart = new ChartViewer(lineChart("Validation lwlrap per epoch", "lwlrap", lwlrap));
        lwlrapChart.setId("retrain-lwlrap-chart");
        Label source = note(model.chartSourceProperty(), "retrain-chart-source");
        VBox.setVgrow(lossChart, Priority.ALWAYS);
        VBox.setVgrow(lwlrapChart, Priority.ALWAYS);
        return new VBox(6, source, lossChart, lwlrapChart);
    }

    private static JFreeChart lineChart(String title, String valueLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "epoch", valueLabel, data, PlotOrientation.VERTICAL,
                true, true, false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setDefaultStroke(new BasicStroke(2f));
        renderer.setAutoPopulateSeriesStroke(false);
        chart.getXYPlot().setRenderer(renderer);
        ((NumberAxis) chart.getXYPlot().getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return ChartStyle.styled(chart);
    }

    private void redrawOnChange(ListChangeListener.Change<? extends EpochPoint> change) {
        while (change.next()) {
            if (change.wasRemoved()) {
                seriesByFold.clear();
                loss.removeAllSeries();
                lwlrap.removeAllSeries();
                plot(change.getList());
                return;
            }
            plot(change.getAddedSubList());
        }
    }

    private void plot(List<? extends EpochPoint> points) {
        for (EpochPoint point : points) {
            XYSeries[] series = seriesByFold.computeIfAbsent(point.fold(), this::addFold);
            add(series[0], point, EpochPoint::trainLoss);
            add(series[1], point, EpochPoint::validationLwlrap);
        }
    }

    private static void add(XYSeries series, EpochPoint point, ToDoubleFunction<EpochPoint> value) {
        series.add(point.step(), value.applyAsDouble(point));
    }

    private XYSeries[] addFold(int fold) {
        XYSeries foldLoss = new XYSeries("fold " + fold);
        XYSeries foldLwlrap = new XYSeries("fold " + fold);
        loss.addSeries(foldLoss);
        lwlrap.addSeries(foldLwlrap);
        return new XYSeries[] {foldLoss, foldLwlrap};
    }

    /** Points the loss chart holds, over every fold (for tests). */
    public int chartedLossPoints() {
        int count = 0;
        for (int series = 0; series < loss.getSeriesCount(); series++) {
            count += loss.getItemCount(series);
        }
        return count;
    }
}
