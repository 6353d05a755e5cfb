package org.optimusmotion.app.gui.metrics;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/** The metrics table: a metric column and one value column per fit slot (the second one in compare mode only). */
public final class MetricsView extends StackPane {

    public MetricsView(MetricsViewModel vm, List<ObservableStringValue> slotTitles, ObservableBooleanValue showSecond) {
        TableView<MetricsViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("metrics-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<MetricsViewModel.Row, String> metric = new TableColumn<>("Metric");
        metric.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().metric()));
        metric.setSortable(false);
        table.getColumns().add(metric);
        for (int i = 0; i < slotTitles.size(); i++) {
            int slot = i;
            TableColumn<MetricsViewModel.Row, String> column = new TableColumn<>();
            column.textProperty().bind(slotTitles.get(i));
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value(slot)));
            column.setSortable(false);
            column.setStyle("-fx-alignment: CENTER-RIGHT;");
            if (i > 0) {
                column.visibleProperty().bind(showSecond);
            }
            table.getColumns().add(column);
        }
        table.setPlaceholder(new javafx.scene.control.Label("Metrics appear when a fit pauses or ends."));
        setMinWidth(260);
        getChildren().add(table);
    }
}
