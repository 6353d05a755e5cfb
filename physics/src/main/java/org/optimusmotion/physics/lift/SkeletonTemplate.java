package org.optimusmotion.physics.lift;

import org.optimusmotion.physics.model.BodyShape;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;

/**
 * Bone lengths and standing foot-keypoint heights of our body model scaled to a subject's height:
 * read off the model's reference pose ({@link HumanoidLoader#referenceKeypoints}, standing upright on
 * z = 0, facing +X). Immutable.
 */
public final class SkeletonTemplate {

    /** Bones as keypoint pairs {a, b}: legs, feet, arms, hip and shoulder widths, trunk, neck-head. */
    static final int[][] BONES = {
        {Keypoint.RIGHT_HIP.ordinal(), Keypoint.RIGHT_KNEE.ordinal()},
        {Keypoint.RIGHT_KNEE.ordinal(), Keypoint.RIGHT_ANKLE.ordinal()},
        {Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal()},
        {Keypoint.LEFT_HIP.ordinal(), Keypoint.LEFT_KNEE.ordinal()},
        {Keypoint.LEFT_KNEE.ordinal(), Keypoint.LEFT_ANKLE.ordinal()},
        {Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal()},
        {Keypoint.RIGHT_SHOULDER.ordinal(), Keypoint.RIGHT_ELBOW.ordinal()},
        {Keypoint.RIGHT_ELBOW.ordinal(), Keypoint.RIGHT_WRIST.ordinal()},
        {Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.LEFT_ELBOW.ordinal()},
        {Keypoint.LEFT_ELBOW.ordinal(), Keypoint.LEFT_WRIST.ordinal()},
        {Keypoint.LEFT_HIP.ordinal(), Keypoint.RIGHT_HIP.ordinal()},
        {Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal()},
        {Keypoint.PELVIS.ordinal(), Keypoint.THORAX.ordinal()},
        {Keypoint.THORAX.ordinal(), Keypoint.HEAD.ordinal()},
    };

    /** Foot keypoints that rest on the floor: ankles and toes. */
    static final int[] FOOT = {Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal(),
        Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal()};

    private final double heightM;
    private final double[] boneLengthsM;
    private final double[] footHeightsM;
    private final double[] standingPose;

    private SkeletonTemplate(double heightM, double[] reference) {
        this.heightM = heightM;
        this.standingPose = reference;
        boneLengthsM = new double[BONES.length];
        for (int b = 0; b < BONES.length; b++) {
            boneLengthsM[b] = distance(reference, BONES[b][0], BONES[b][1]);
        }
        footHeightsM = new double[FOOT.length];
        for (int i = 0; i < FOOT.length; i++) {
            footHeightsM[i] = reference[3 * FOOT[i] + 2];
        }
    }

    /** Number of bones. */
    public static int boneCount() {
        return BONES.length;
    }

    /** The template of a subject {@code heightM} tall (metres, in [0.5, 2.5]). */
    public static SkeletonTemplate forHeight(double heightM) {
        BodyShape shape = new BodyShape(heightM, BodyShape.DEFAULT.massKg(), null);
        return new SkeletonTemplate(heightM, HumanoidLoader.referenceKeypoints(HumanoidLoader.readDefault(), shape));
    }

    /** Standing height, metres. */
    public double heightM() {
        return heightM;
    }

    /** Length of bone {@code b} of {@link #BONES}, metres. */
    public double boneLengthM(int b) {
        return boneLengthsM[b];
    }

    /** Height above the floor of foot keypoint {@code i} of {@link #FOOT} when standing, metres. */
    public double footHeightM(int i) {
        return footHeightsM[i];
    }

    /** Coordinate {@code axis} of keypoint {@code k} in the standing reference pose (facing +X, feet on z = 0), metres. */
    public double standing(int k, int axis) {
        return standingPose[3 * k + axis];
    }

    private static double distance(double[] p, int a, int b) {
        double dx = p[3 * a] - p[3 * b];
        double dy = p[3 * a + 1] - p[3 * b + 1];
        double dz = p[3 * a + 2] - p[3 * b + 2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
