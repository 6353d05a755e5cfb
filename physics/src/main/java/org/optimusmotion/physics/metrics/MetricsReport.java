package org.optimusmotion.physics.metrics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The metrics of one prediction, with the JSON keys of {@code metrics.json} and {@code
 * comparison.json}. Definitions and units in {@link MotionMetrics}. A metric that cannot be computed
 * (no camera, no common keypoints) is {@code null} in JSON.
 *
 * @param mpjpeGlobalMm     MPJPE-G, millimetres
 * @param mpjpeMm           root-aligned MPJPE, millimetres
 * @param mpjpePaMm         Procrustes-aligned MPJPE, millimetres
 * @param mpjpe2dPx         MPJPE-2d, pixels; {@code null} without a camera
 * @param tvMetresPerFrame  TV of the prediction, metres per frame
 * @param footSkatePercent  foot skate of the prediction, percent of frame pairs
 */
public record MetricsReport(
        @JsonProperty("mpjpe_g_mm") Double mpjpeGlobalMm,
        @JsonProperty("mpjpe_mm") Double mpjpeMm,
        @JsonProperty("mpjpe_pa_mm") Double mpjpePaMm,
        @JsonProperty("mpjpe_2d_px") Double mpjpe2dPx,
        @JsonProperty("tv") Double tvMetresPerFrame,
        @JsonProperty("foot_skate") Double footSkatePercent) {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** NaN values become {@code null} (JSON has no NaN). */
    public MetricsReport {
        mpjpeGlobalMm = finiteOrNull(mpjpeGlobalMm);
        mpjpeMm = finiteOrNull(mpjpeMm);
        mpjpePaMm = finiteOrNull(mpjpePaMm);
        mpjpe2dPx = finiteOrNull(mpjpe2dPx);
        tvMetresPerFrame = finiteOrNull(tvMetresPerFrame);
        footSkatePercent = finiteOrNull(footSkatePercent);
    }

    /** Pretty-printed JSON object with the six keys. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the JSON written by {@link #toJson()}. */
    public static MetricsReport fromJson(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, MetricsReport.class);
    }

    private static Double finiteOrNull(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
