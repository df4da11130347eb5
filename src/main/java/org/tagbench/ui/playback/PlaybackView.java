package org.tagbench.ui.playback;

import static org.tagbench.ui.layout.WrappingBar.group;
import static org.tagbench.ui.layout.WrappingBar.wrappingBar;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Transport bar: play/pause, position, speed, volume, autoplay; below it, the reason when nothing can be heard. */
public final class PlaybackView extends VBox {
    private static final Double[] SPEEDS = {0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0};

    public PlaybackView(PlaybackViewModel model) {
        Button play = new Button();
        play.setId("play-button");
        play.textProperty().bind(Bindings.when(model.playingProperty()).then("Pause").otherwise("Play"));
        play.setTooltip(new Tooltip("Play / pause"));
        play.setOnAction(event -> model.togglePlay());
        play.setFocusTraversable(false);

        Label position = new Label();
        position.setId("position-label");
        position.setMinWidth(70);
        position.textProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%.2f s", model.positionProperty().get()), model.positionProperty()));

        ComboBox<Double> speed = new ComboBox<>(FXCollections.observableArrayList(SPEEDS));
        speed.setId("speed-choice");
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : value + "x";
            }

            @Override
            public Double fromString(String text) {
                return Double.parseDouble(text.replace("x", "").trim());
            }
        });
        speed.setValue(model.speedProperty().get());
        speed.valueProperty().addListener((observable, before, after) -> {
            if (after != null) {
                model.speedProperty().set(after);
            }
        });
        model.speedProperty().addListener((observable, before, after) -> speed.setValue(after.doubleValue()));
        speed.setTooltip(new Tooltip("Speed without pitch change (WSOLA)"));
        speed.setFocusTraversable(false);

        Slider volume = new Slider(0, 1, model.volumeProperty().get());
        volume.setId("volume-slider");
        volume.setPrefWidth(90);
        volume.valueProperty().bindBidirectional(model.volumeProperty());
        volume.setFocusTraversable(false);

        CheckBox autoplay = new CheckBox("Autoplay next");
        autoplay.setId("autoplay-check");
        autoplay.setTooltip(new Tooltip("Play the next clip when this one ends"));
        autoplay.selectedProperty().bindBidirectional(model.autoplayProperty());
        autoplay.setFocusTraversable(false);

        Label message = new Label();
        message.setId("playback-message");
        message.getStyleClass().add("warning-text");
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.setPadding(new Insets(2, 8, 2, 8));
        Label speedLabel = new Label("Speed");
        Label volumeLabel = new Label("Volume");
        for (javafx.scene.control.Control control : new javafx.scene.control.Control[] {play, speedLabel, volumeLabel, autoplay}) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        // wraps rather than a tool bar, which moved "Autoplay next" behind its >> menu at the window's minimum size
        getChildren().addAll(wrappingBar(group(play, position), group(speedLabel, speed), group(volumeLabel, volume),
                autoplay), message);
    }
}
