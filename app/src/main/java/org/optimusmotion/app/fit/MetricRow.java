package org.optimusmotion.app.fit;

import org.optimusmotion.physics.metrics.MetricsReport;

/** The rows of the metrics table and CSV, in display order, with their JSON keys and units. */
public enum MetricRow {
    MPJPE_G("mpjpe_g_mm", "MPJPE-G", "mm"),
    MPJPE("mpjpe_mm", "MPJPE", "mm"),
    MPJPE_PA("mpjpe_pa_mm", "MPJPE-PA", "mm"),
    MPJPE_2D("mpjpe_2d_px", "MPJPE-2d", "px"),
    TV("tv", "TV", "m/frame"),
    FOOT_SKATE("foot_skate", "Foot skate", "%");

    private final String key;
    private final String label;
    private final String unit;

    MetricRow(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** This row's value in {@code m}, or null when it could not be computed. */
    public Double of(MetricsReport m) {
        return switch (this) {
            case MPJPE_G -> m.mpjpeGlobalMm();
            case MPJPE -> m.mpjpeMm();
            case MPJPE_PA -> m.mpjpePaMm();
            case MPJPE_2D -> m.mpjpe2dPx();
            case TV -> m.tvMetresPerFrame();
            case FOOT_SKATE -> m.footSkatePercent();
        };
    }
}
