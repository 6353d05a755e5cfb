package org.optimusmotion.physics.reconstruct;

import java.util.Arrays;
import java.util.List;
import org.optimusmotion.physics.model.BodyShape;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Fits the body model's segment lengths to a subject's bone lengths, measured as medians over the
 * frames of a 3D track (robust to jitter and missing keypoints). The height is scaled by the ratio of
 * the leg-plus-trunk chain (hip-knee-ankle, pelvis-thorax-head); then each segment's factor is
 * multiplied by its bone's measured / model length ratio (left and right averaged; the upper spine
 * follows thorax-shoulder, the lower spine then pelvis-thorax) for {@link #PASSES} passes, clamped to
 * [{@link BodyShape#MIN_SEGMENT_SCALE}, {@link BodyShape#MAX_SEGMENT_SCALE}]. Segments without a
 * measurable bone (hands) keep factor 1. Stateless.
 */
public final class BodyFitter {

    /** Bones measured per segment: (segment name, keypoint a, keypoint b) with left/right pairs averaged. */
    private static final Object[][] BONES = {
        {"pelvis", Keypoint.LEFT_HIP, Keypoint.RIGHT_HIP},
        {"upper_spine", Keypoint.THORAX, Keypoint.LEFT_SHOULDER, Keypoint.THORAX, Keypoint.RIGHT_SHOULDER},
        {"lower_spine", Keypoint.PELVIS, Keypoint.THORAX},
        {"head", Keypoint.THORAX, Keypoint.HEAD},
        {"upper_arm", Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW, Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW},
        {"forearm", Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST, Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST},
        {"thigh", Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE},
        {"shank", Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE},
        {"foot", Keypoint.LEFT_ANKLE, Keypoint.LEFT_TOE, Keypoint.RIGHT_ANKLE, Keypoint.RIGHT_TOE},
    };

    private BodyFitter() {
    }

    /** Fixed-point passes of the segment scales (each pass rescales every segment by its bone's ratio). */
    static final int PASSES = 8;

    /** The subject's body shape (height, the given mass, per-segment scales) fitted to {@code track}. */
    public static BodyShape fit(KeypointSequence3D track, double massKg) {
        HumanoidLoader.BodyDescription body = HumanoidLoader.readDefault();
        double baseHeight = BodyShape.DEFAULT.heightM();
        BodyShape base = new BodyShape(baseHeight, massKg, null);
        KeypointSequence3D refTrack = KeypointSequence3D.allValid(track.fps(),
                HumanoidLoader.referenceKeypoints(body, base));
        double chainRef = chain(refTrack);
        double chain = chain(track);
        double heightRatio = Double.isFinite(chain) && chainRef > 0 ? chain / chainRef : 1;
        double heightM = clamp(baseHeight * heightRatio, 0.5, 2.5);
        List<String> names = body.segmentNames();
        double[] scales = new double[names.size()];
        Arrays.fill(scales, 1.0);
        double[] measured = new double[BONES.length];
        for (int b = 0; b < BONES.length; b++) {
            measured[b] = boneLength(track, BONES[b]);
        }
        // A segment's scale also moves the joints of its children (the pelvis scale lengthens the trunk),
        // so the bone ratios are not independent: iterate "scale *= measured / model" a few times.
        for (int pass = 0; pass < PASSES; pass++) {
            BodyShape shape = new BodyShape(heightM, massKg, scales);
            KeypointSequence3D model = KeypointSequence3D.allValid(track.fps(), HumanoidLoader.referenceKeypoints(body, shape));
            for (int b = 0; b < BONES.length; b++) {
                String suffix = (String) BONES[b][0];
                double current = boneLength(model, BONES[b]);
                if (!Double.isFinite(measured[b]) || !(current > 0)) {
                    continue;
                }
                double ratio = measured[b] / current;
                for (int i = 0; i < scales.length; i++) {
                    String n = names.get(i);
                    if (n.equals(suffix) || n.endsWith("_" + suffix)) {
                        scales[i] = clamp(scales[i] * ratio, BodyShape.MIN_SEGMENT_SCALE, BodyShape.MAX_SEGMENT_SCALE);
                    }
                }
            }
        }
        return new BodyShape(heightM, massKg, scales);
    }

    private static double chain(KeypointSequence3D t) {
        return boneLength(t, new Object[] {"", Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE})
                + boneLength(t, new Object[] {"", Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE, Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE})
                + boneLength(t, new Object[] {"", Keypoint.PELVIS, Keypoint.THORAX})
                + boneLength(t, new Object[] {"", Keypoint.THORAX, Keypoint.HEAD});
    }

    /** Median over frames of the mean length of the bone's (a, b) pairs; NaN when never measurable. */
    static double boneLength(KeypointSequence3D t, Object[] bone) {
        double[] lengths = new double[t.frameCount()];
        int count = 0;
        for (int f = 0; f < t.frameCount(); f++) {
            double sum = 0;
            int pairs = 0;
            for (int p = 1; p + 1 < bone.length; p += 2) {
                int a = ((Keypoint) bone[p]).ordinal();
                int b = ((Keypoint) bone[p + 1]).ordinal();
                if (t.isValid(f, a) && t.isValid(f, b)) {
                    double dx = t.get(f, a, 0) - t.get(f, b, 0);
                    double dy = t.get(f, a, 1) - t.get(f, b, 1);
                    double dz = t.get(f, a, 2) - t.get(f, b, 2);
                    sum += Math.sqrt(dx * dx + dy * dy + dz * dz);
                    pairs++;
                }
            }
            if (pairs > 0) {
                lengths[count++] = sum / pairs;
            }
        }
        if (count == 0) {
            return Double.NaN;
        }
        Arrays.sort(lengths, 0, count);
        return count % 2 == 1 ? lengths[count / 2] : 0.5 * (lengths[count / 2 - 1] + lengths[count / 2]);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
