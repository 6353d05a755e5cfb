package org.optimusmotion.physics.triangulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Per-keypoint 3D distance between two tracks of the same frames (e.g. our triangulation against a
 * reference triangulation), no alignment, millimetres: median and mean over the frames where both
 * are valid, per keypoint and over all keypoints. Stateless.
 */
public final class PerKeypointError {

    private PerKeypointError() {
    }

    /**
     * Keys {@code overall} and {@code per_keypoint}, each {@code {median_mm, mean_mm, count}}.
     *
     * @throws IllegalArgumentException when the frame counts differ
     */
    public static Map<String, Object> of(KeypointSequence3D track, KeypointSequence3D reference) {
        if (track.frameCount() != reference.frameCount()) {
            throw new IllegalArgumentException("frame counts differ: " + track.frameCount() + " and " + reference.frameCount());
        }
        List<Double> all = new ArrayList<>();
        Map<String, Object> pk = new LinkedHashMap<>();
        for (Keypoint k : Keypoint.values()) {
            List<Double> e = new ArrayList<>();
            int j = k.ordinal();
            for (int f = 0; f < track.frameCount(); f++) {
                if (!track.isValid(f, j) || !reference.isValid(f, j)) {
                    continue;
                }
                double s = 0;
                for (int a = 0; a < 3; a++) {
                    double d = track.get(f, j, a) - reference.get(f, j, a);
                    s += d * d;
                }
                e.add(1000 * Math.sqrt(s));
            }
            all.addAll(e);
            pk.put(k.fileName(), mm(ReprojectionSummary.stats(e)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("overall", mm(ReprojectionSummary.stats(all)));
        out.put("per_keypoint", pk);
        return out;
    }

    /** Renames the pixel keys of a statistic to millimetres. */
    private static Map<String, Object> mm(Map<String, Object> s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("median_mm", s.get("median_px"));
        out.put("mean_mm", s.get("mean_px"));
        out.put("count", s.get("count"));
        return out;
    }
}
