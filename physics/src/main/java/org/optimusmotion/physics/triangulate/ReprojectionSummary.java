package org.optimusmotion.physics.triangulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optimusmotion.physics.model.Keypoint;

/**
 * Reprojection errors of a triangulation summarised per keypoint, per view and overall (median and
 * mean pixels over the views that went into each point), as an ordered map ready for JSON
 * ({@code reprojection.json}, docs/formats.md). Stateless.
 */
public final class ReprojectionSummary {

    private ReprojectionSummary() {
    }

    /**
     * The summary of {@code r} with these view names: keys {@code views}, {@code points} (counts per
     * status), {@code overall}, {@code per_keypoint}, {@code per_view}; each statistic is
     * {@code {median_px, mean_px, count}} ({@code null} values when empty).
     */
    public static Map<String, Object> of(TrackTriangulator.Result r, List<String> viewNames) {
        if (viewNames.size() != r.views()) {
            throw new IllegalArgumentException(viewNames.size() + " view names for " + r.views() + " views");
        }
        int views = r.views();
        int k = Keypoint.COUNT;
        int points = r.status().length;
        List<List<Double>> perKeypoint = new ArrayList<>();
        List<List<Double>> perView = new ArrayList<>();
        int[] droppedPerView = new int[views];
        List<Double> all = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            perKeypoint.add(new ArrayList<>());
        }
        for (int v = 0; v < views; v++) {
            perView.add(new ArrayList<>());
        }
        for (int i = 0; i < points; i++) {
            if (r.status()[i] != PointTriangulator.Status.OK.ordinal()) {
                continue;
            }
            for (int v = 0; v < views; v++) {
                double e = r.errorPx()[i * views + v];
                if (Double.isNaN(e)) {
                    continue;
                }
                if (!r.used()[i * views + v]) {
                    droppedPerView[v]++;
                    continue;
                }
                perKeypoint.get(i % k).add(e);
                perView.get(v).add(e);
                all.add(e);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("views", List.copyOf(viewNames));
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PointTriangulator.Status s : PointTriangulator.Status.values()) {
            counts.put(s.name().toLowerCase(java.util.Locale.ROOT), r.count(s));
        }
        out.put("points", counts);
        out.put("overall", stats(all));
        Map<String, Object> pk = new LinkedHashMap<>();
        for (Keypoint key : Keypoint.values()) {
            pk.put(key.fileName(), stats(perKeypoint.get(key.ordinal())));
        }
        out.put("per_keypoint", pk);
        Map<String, Object> pv = new LinkedHashMap<>();
        for (int v = 0; v < views; v++) {
            Map<String, Object> s = stats(perView.get(v));
            s.put("dropped_as_outlier", droppedPerView[v]);
            pv.put(viewNames.get(v), s);
        }
        out.put("per_view", pv);
        return out;
    }

    /** {@code {median_px, mean_px, count}} of the values (nulls when empty). */
    static Map<String, Object> stats(List<Double> values) {
        Map<String, Object> s = new LinkedHashMap<>();
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        s.put("median_px", a.length == 0 ? null : round(median(a)));
        s.put("mean_px", a.length == 0 ? null : round(Arrays.stream(a).average().orElse(Double.NaN)));
        s.put("count", a.length);
        return s;
    }

    /** Median of {@code a} (sorted in place); NaN when empty. */
    static double median(double[] a) {
        if (a.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(a);
        int m = a.length / 2;
        return a.length % 2 == 1 ? a[m] : 0.5 * (a[m - 1] + a[m]);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
