package org.optimusmotion.app.gui.timeline;

import javafx.animation.AnimationTimer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** Play/pause, frame step and a scrub slider over a {@link TimelineViewModel}. */
public final class TimelineView extends HBox {

    /** Longest time one pulse may advance playback, seconds (after a stall, skip rather than jump). */
    private static final double MAX_STEP_S = 0.1;

    public TimelineView(TimelineViewModel vm) {
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        Button back = new Button("◀|");
        back.setId("step-back");
        back.setOnAction(e -> vm.step(-1));
        Button play = new Button();
        play.setId("play");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then("Pause").otherwise("Play"));
        play.setOnAction(e -> vm.togglePlay());
        play.setMinWidth(60);
        Button forward = new Button("|▶");
        forward.setId("step-forward");
        forward.setOnAction(e -> vm.step(1));

        Slider scrub = new Slider(0, 1, 0);
        scrub.setId("scrub");
        scrub.maxProperty().bind(Bindings.max(1, vm.frameCountProperty().subtract(1)));
        scrub.setBlockIncrement(1);
        scrub.setMajorTickUnit(1);
        scrub.setSnapToTicks(true);
        HBox.setHgrow(scrub, Priority.ALWAYS);
        scrub.valueProperty().addListener((obs, old, now) -> {
            int f = (int) Math.round(now.doubleValue());
            if (f != vm.frameProperty().get()) {
                vm.pause();
                vm.frameProperty().set(f);
            }
        });
        vm.frameProperty().addListener((obs, old, now) -> {
            if (Math.round(scrub.getValue()) != now.intValue()) {
                scrub.setValue(now.intValue());
            }
        });
        Label position = new Label();
        position.textProperty().bind(vm.positionText());
        position.setMinWidth(170);

        getChildren().addAll(back, play, forward, scrub, position);

        // Playback clock: the JavaFX pulse, so frames advance on the UI thread in step with repaints.
        AnimationTimer clock = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    vm.advance(Math.min(MAX_STEP_S, (now - last) * 1e-9));
                }
                last = now;
            }
        };
        vm.playingProperty().addListener((obs, old, now) -> {
            if (now) {
                clock.start();
            } else {
                clock.stop();
            }
        });
    }
}
