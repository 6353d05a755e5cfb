package org.optimusmotion.physics.model;

import java.util.Arrays;
import java.util.List;

/**
 * Fits per-segment length scales of a body description to a subject's bone lengths: for every bone
 * whose two keypoints lie on one segment's geometry (thigh: hip-knee, shank: knee-ankle, foot:
 * ankle-toe, upper arm: shoulder-elbow, forearm: elbow-wrist, head: neck-head, pelvis: hip width,
 * upper spine: shoulder width), scale = median over frames of the measured length / the model's
 * length, clamped to [{@link BodyShape#MIN_SEGMENT_SCALE}, {@link BodyShape#MAX_SEGMENT_SCALE}].
 * Segments without such a bone (lower spine, hands) keep scale 1. Frames with non-finite keypoints
 * are skipped per bone. Stateless.
 */
public final class SegmentLengthFitter {

    /** A bone: a segment and the two keypoints whose distance is proportional to its length scale. */
    public record Bone(String segment, Keypoint from, Keypoint to) {
    }

    /** The bones used, in no particular order. */
    public static final List<Bone> BONES = List.of(
            new Bone("left_thigh", Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE),
            new Bone("right_thigh", Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE),
            new Bone("left_shank", Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE),
            new Bone("right_shank", Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE),
            new Bone("left_foot", Keypoint.LEFT_ANKLE, Keypoint.LEFT_TOE),
            new Bone("right_foot", Keypoint.RIGHT_ANKLE, Keypoint.RIGHT_TOE),
            new Bone("left_upper_arm", Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW),
            new Bone("right_upper_arm", Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW),
            new Bone("left_forearm", Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST),
            new Bone("right_forearm", Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST),
            new Bone("head", Keypoint.NECK, Keypoint.HEAD),
            new Bone("pelvis", Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP),
            new Bone("upper_spine", Keypoint.LEFT_SHOULDER, Keypoint.RIGHT_SHOULDER));

    private SegmentLengthFitter() {
    }

    /**
     * Returns {@code base} (height, mass) with segment scales fitted to {@code keypoints}
     * ((frames x Keypoint.COUNT x 3), metres; NaN marks a missing keypoint).
     */
    public static BodyShape fit(HumanoidLoader.BodyDescription body, BodyShape base, double[] keypoints, int frames) {
        if (keypoints.length != frames * 3 * Keypoint.COUNT) {
            throw new IllegalArgumentException("keypoints have " + keypoints.length + " values, expected frames * "
                    + 3 * Keypoint.COUNT);
        }
        List<String> names = body.segmentNames();
        BodyShape unscaled = new BodyShape(base.heightM(), base.massKg(), null);
        double[] ref = HumanoidLoader.referenceKeypoints(body, unscaled);
        double[] scales = new double[names.size()];
        Arrays.fill(scales, 1.0);
        double[] lengths = new double[frames];
        for (Bone b : BONES) {
            int s = names.indexOf(b.segment());
            if (s < 0) {
                continue;
            }
            double model = distance(ref, 0, b.from(), b.to());
            int count = 0;
            for (int f = 0; f < frames; f++) {
                double l = distance(keypoints, f * 3 * Keypoint.COUNT, b.from(), b.to());
                if (Double.isFinite(l)) {
                    lengths[count++] = l;
                }
            }
            if (count == 0 || !(model > 0)) {
                continue;
            }
            Arrays.sort(lengths, 0, count);
            double median = count % 2 == 1 ? lengths[count / 2] : 0.5 * (lengths[count / 2 - 1] + lengths[count / 2]);
            scales[s] = Math.min(BodyShape.MAX_SEGMENT_SCALE, Math.max(BodyShape.MIN_SEGMENT_SCALE, median / model));
        }
        return base.withSegmentLengthScales(scales);
    }

    private static double distance(double[] k, int o, Keypoint a, Keypoint b) {
        int ia = o + 3 * a.ordinal();
        int ib = o + 3 * b.ordinal();
        double dx = k[ia] - k[ib];
        double dy = k[ia + 1] - k[ib + 1];
        double dz = k[ia + 2] - k[ib + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
