package org.optimusmotion.app.gui.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optimusmotion.app.fit.MetricRow;
import org.optimusmotion.physics.metrics.MetricsReport;

/**
 * Rows of the metrics table, rebuilt whenever a fit's metrics change. UI thread only.
 */
public final class MetricsViewModel {

    /**
     * One table row: the metric with its unit, and the formatted value of each fit slot ("" when the
     * slot has no metrics, "n/a" when the metric cannot be computed for the case).
     */
    public record Row(String metric, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        public String value(int slot) {
            return slot < values.size() ? values.get(slot) : "";
        }
    }

    private final List<? extends ObservableObjectValue<MetricsReport>> slots;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);

    public MetricsViewModel(List<? extends ObservableObjectValue<MetricsReport>> slots) {
        this.slots = List.copyOf(slots);
        for (ObservableObjectValue<MetricsReport> s : this.slots) {
            s.addListener((obs, old, now) -> rebuild());
        }
        rebuild();
    }

    private void rebuild() {
        List<Row> out = new ArrayList<>();
        for (MetricRow m : MetricRow.values()) {
            List<String> values = new ArrayList<>();
            for (ObservableObjectValue<MetricsReport> s : slots) {
                MetricsReport r = s.get();
                values.add(r == null ? "" : format(m.of(r)));
            }
            out.add(new Row(m.label() + " (" + m.unit() + ")", values));
        }
        rows.setAll(out);
    }

    static String format(Double v) {
        if (v == null) {
            return "n/a";
        }
        double a = Math.abs(v);
        return a >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : a >= 1 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }
}
