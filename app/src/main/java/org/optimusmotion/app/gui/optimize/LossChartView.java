package org.optimusmotion.app.gui.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;

/**
 * Loss against objective evaluations for one or two fits, on a log scale: JavaFX has no log axis, so
 * the chart plots log10(loss) and labels the ticks 10^k. Series follow the {@link FitViewModel}s'
 * loss lists (appended in batches on the UI thread); the second series is shown only while
 * {@code showSecond} is true.
 */
public final class LossChartView extends StackPane {

    private final LineChart<Number, Number> chart;
    private final NumberAxis y;
    private final List<XYChart.Series<Number, Number>> all = new ArrayList<>();

    public LossChartView(List<FitViewModel> fits, List<Color> colors, ObservableValue<Boolean> showSecond) {
        NumberAxis x = new NumberAxis();
        x.setLabel("objective evaluations");
        x.setForceZeroInRange(true);
        y = new NumberAxis();
        y.setLabel("loss (log scale)");
        y.setAutoRanging(false);
        y.setTickUnit(1);
        y.setMinorTickCount(9);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number exponent) {
                return String.format(Locale.ROOT, "1e%d", Math.round(exponent.doubleValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        chart = new LineChart<>(x, y);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setId("loss-chart");
        chart.setMinHeight(160);
        for (int i = 0; i < fits.size(); i++) {
            FitViewModel vm = fits.get(i);
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(vm.slotName() + ": " + vm.optimizerProperty().get().label());
            vm.optimizerProperty().addListener((obs, old, now) -> series.setName(vm.slotName() + ": " + now.label()));
            vm.lossPoints().addListener((ListChangeListener<LossPoint>) change -> {
                while (change.next()) {
                    if (change.wasRemoved() && vm.lossPoints().isEmpty()) {
                        series.getData().clear();
                    }
                    if (change.wasAdded()) {
                        List<XYChart.Data<Number, Number>> added = new ArrayList<>();
                        for (LossPoint p : change.getAddedSubList()) {
                            if (p.loss() > 0 && Double.isFinite(p.loss())) {
                                added.add(new XYChart.Data<>(p.evaluations(), Math.log10(p.loss())));
                            }
                        }
                        series.getData().addAll(added);
                    }
                }
                fitRange();
            });
            all.add(series);
        }
        chart.getData().add(all.get(0));
        if (all.size() > 1) {
            XYChart.Series<Number, Number> second = all.get(1);
            Runnable sync = () -> {
                boolean show = Boolean.TRUE.equals(showSecond.getValue());
                if (show && !chart.getData().contains(second)) {
                    chart.getData().add(second);
                } else if (!show) {
                    chart.getData().remove(second);
                }
                colour(colors);
            };
            showSecond.addListener((obs, old, now) -> sync.run());
            sync.run();
        }
        colour(colors);
        getChildren().add(chart);
    }

    /** Whole decades around all points: the log axis' bounds (JavaFX auto-ranging would cut mid-decade). */
    private void fitRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (XYChart.Series<Number, Number> s : all) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                lo = Math.min(lo, d.getYValue().doubleValue());
                hi = Math.max(hi, d.getYValue().doubleValue());
            }
        }
        if (lo <= hi) {
            y.setLowerBound(Math.floor(lo));
            y.setUpperBound(Math.max(Math.floor(lo) + 1, Math.ceil(hi)));
        }
    }

    /** Series colours through CSS (a LineChart has no colour API); re-applied when series change. */
    private void colour(List<Color> colors) {
        StringBuilder css = new StringBuilder();
        for (int i = 0; i < colors.size(); i++) {
            String c = web(colors.get(i));
            css.append("CHART_COLOR_").append(i + 1).append(": ").append(c).append(";");
        }
        chart.setStyle(css.toString());
    }

    private static String web(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
