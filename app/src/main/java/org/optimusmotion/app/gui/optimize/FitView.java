package org.optimusmotion.app.gui.optimize;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.FitRequest;
import org.optimusmotion.app.fit.OptimizerChoice;

/**
 * Controls of one fit slot: optimizer, method, budget, less foot skate, Start / Pause / Resume / Cancel, a progress
 * bar and the status line. Binds to a {@link FitViewModel}; holds no logic.
 */
public final class FitView extends VBox {

    public FitView(FitViewModel vm, Color slotColor) {
        setSpacing(4);
        setPadding(new Insets(4, 8, 4, 8));
        String id = vm.slotName().toLowerCase(java.util.Locale.ROOT);

        Label slot = new Label("Fit " + vm.slotName());
        slot.setTextFill(slotColor.darker());
        slot.setStyle("-fx-font-weight: bold;");

        ComboBox<OptimizerChoice> optimizer = new ComboBox<>();
        optimizer.getItems().setAll(OptimizerChoice.values());
        optimizer.valueProperty().bindBidirectional(vm.optimizerProperty());
        optimizer.setId("optimizer-" + id);
        optimizer.setTooltip(new Tooltip("Optimizer (the status bar says which weights Optimus uses)"));

        ComboBox<FitMethod> method = new ComboBox<>();
        method.getItems().setAll(FitMethod.values());
        method.valueProperty().bindBidirectional(vm.methodProperty());
        method.setId("method-" + id);

        Spinner<Integer> budget = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory budgetValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                10, (int) FitRequest.MAX_EVALUATIONS, (int) vm.budgetProperty().get(), 100);
        budget.setValueFactory(budgetValues);
        budget.setEditable(true);
        budget.setPrefWidth(100);
        budget.setId("budget-" + id);
        budgetValues.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.budgetProperty().set(now);
            }
        });
        vm.budgetProperty().addListener((obs, old, now) -> budgetValues.setValue(now.intValue()));
        budget.setTooltip(new Tooltip("Budget: objective evaluations"));

        Button start = new Button("Start");
        start.setId("start-" + id);
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.canStartProperty().not());
        Button pause = new Button("Pause");
        pause.setId("pause-" + id);
        pause.setOnAction(e -> vm.pause());
        pause.disableProperty().bind(vm.stateProperty().isNotEqualTo(FitState.RUNNING));
        Button resume = new Button("Resume");
        resume.setId("resume-" + id);
        resume.setOnAction(e -> vm.resume());
        resume.disableProperty().bind(vm.stateProperty().isNotEqualTo(FitState.PAUSED));
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-" + id);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.stateProperty().get().active(),
                vm.stateProperty()));
        optimizer.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.stateProperty().get().active(),
                vm.stateProperty()));
        method.disableProperty().bind(optimizer.disableProperty());
        budget.disableProperty().bind(optimizer.disableProperty());

        CheckBox lessSkate = new CheckBox("less foot skate");
        lessSkate.setId("foot-skate-" + id);
        lessSkate.selectedProperty().bindBidirectional(vm.lessFootSkateProperty());
        lessSkate.setTooltip(new Tooltip("Physics reconstruction: a foot near the ground may not also slide "
                + "(fewer sliding feet, a few mm less accurate)"));
        lessSkate.disableProperty().bind(Bindings.createBooleanBinding(
                () -> vm.stateProperty().get().active() || vm.methodProperty().get() != FitMethod.RECONSTRUCTION,
                vm.stateProperty(), vm.methodProperty()));

        HBox row = new HBox(6, slot, optimizer, method, new Label("budget"), budget, lessSkate, start, pause, resume, cancel);
        row.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(180);
        bar.setId("progress-" + id);
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("status-" + id);
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox statusRow = new HBox(8, bar, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(row, statusRow);
    }
}
