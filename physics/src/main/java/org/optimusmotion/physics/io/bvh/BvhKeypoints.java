package org.optimusmotion.physics.io.bvh;

import org.optimusmotion.physics.io.keypoints.LayoutBinding;
import org.optimusmotion.physics.io.keypoints.SkeletonMapping;
import org.optimusmotion.physics.io.keypoints.SkeletonMappings;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Converts BVH motion to canonical keypoints in the world frame (metres, Z up): forward kinematics,
 * a {@link SkeletonMapping}, a length unit and an up axis. The track's frame rate is
 * {@link BvhMotion#nominalFps()}.
 *
 * <p>Units: BVH files do not say theirs. {@link #guessMetresPerUnit} compares the rest-pose body
 * height (head to ankle, along the up axis) with {@value #TYPICAL_HEIGHT_M} m for each of metres,
 * centimetres, inches, millimetres and CMU units ({@value #CMU_UNIT_M} m, CMU FAQ) and picks the
 * closest ratio. Up axis: {@link #guessUpAxis} takes the axis along which the mean ankle-to-head
 * vector of frame 0 is longest. Y-up files are turned to Z-up with {@code (x, y, z) -> (z, x, y)};
 * Z-up files are kept as they are.
 */
public final class BvhKeypoints {

    /** Metres per CMU unit (mocap.cs.cmu.edu FAQ: "units x 0.056444 = metres"). */
    public static final double CMU_UNIT_M = 0.056444;
    /** Body height used to guess units, metres. */
    public static final double TYPICAL_HEIGHT_M = 1.7;

    private static final double[] CANDIDATE_UNITS_M = {1.0, 0.01, 0.0254, 0.001, CMU_UNIT_M};

    /** Which file axis points up. */
    public enum UpAxis { Y, Z }

    private BvhKeypoints() {
    }

    /**
     * Converts with an automatically detected mapping, up axis and unit.
     *
     * @throws IllegalArgumentException if no predefined mapping fits the skeleton
     */
    public static KeypointSequence3D toKeypoints(BvhMotion motion) {
        SkeletonMapping mapping = SkeletonMappings.detectBvh(motion.skeleton().pointNames());
        UpAxis up = guessUpAxis(motion, mapping);
        return toKeypoints(motion, mapping, guessMetresPerUnit(motion, mapping, up), up);
    }

    /**
     * Converts every frame.
     *
     * @param metresPerUnit metres per file length unit, > 0
     * @param up            the file's up axis
     */
    public static KeypointSequence3D toKeypoints(BvhMotion motion, SkeletonMapping mapping, double metresPerUnit,
                                                 UpAxis up) {
        if (!(metresPerUnit > 0) || Double.isInfinite(metresPerUnit)) {
            throw new IllegalArgumentException("metresPerUnit must be finite and > 0, got " + metresPerUnit);
        }
        BvhSkeleton s = motion.skeleton();
        LayoutBinding binding = mapping.bind(s.pointNames());
        BvhForwardKinematics fk = new BvhForwardKinematics(s);
        int n = motion.frameCount();
        int k = Keypoint.COUNT;
        double[] points = new double[s.pointCount() * 3];
        double[] out = new double[n * k * 3];
        boolean[] valid = new boolean[n * k];
        for (int f = 0; f < n; f++) {
            fk.positions(motion, f, points);
            binding.mapFrame(3, points, 0, null, 0, out, f * k * 3, valid, f * k);
        }
        for (int i = 0; i < out.length; i += 3) {
            double x = out[i] * metresPerUnit;
            double y = out[i + 1] * metresPerUnit;
            double z = out[i + 2] * metresPerUnit;
            if (up == UpAxis.Y) {
                out[i] = z;
                out[i + 1] = x;
                out[i + 2] = y;
            } else {
                out[i] = x;
                out[i + 1] = y;
                out[i + 2] = z;
            }
        }
        return new KeypointSequence3D(motion.nominalFps(), out, valid);
    }

    /** The file axis (Y or Z) along which the ankles-to-head vector of frame 0 is longest. */
    public static UpAxis guessUpAxis(BvhMotion motion, SkeletonMapping mapping) {
        double[] v = ankleToHead(motion, mapping, 0);
        return Math.abs(v[2]) > Math.abs(v[1]) && Math.abs(v[2]) > Math.abs(v[0]) ? UpAxis.Z : UpAxis.Y;
    }

    /** The candidate unit (m, cm, inch, mm, CMU unit) whose frame-0 body height is closest to 1.7 m. */
    public static double guessMetresPerUnit(BvhMotion motion, SkeletonMapping mapping, UpAxis up) {
        double[] v = ankleToHead(motion, mapping, 0);
        double height = Math.abs(up == UpAxis.Y ? v[1] : v[2]);
        if (!(height > 0)) {
            return 1.0;
        }
        double best = 1.0;
        double bestErr = Double.POSITIVE_INFINITY;
        for (double u : CANDIDATE_UNITS_M) {
            double err = Math.abs(Math.log(height * u / TYPICAL_HEIGHT_M));
            if (err < bestErr) {
                bestErr = err;
                best = u;
            }
        }
        return best;
    }

    /** Head minus mean ankle at frame {@code f}, file units and axes. */
    private static double[] ankleToHead(BvhMotion motion, SkeletonMapping mapping, int f) {
        BvhSkeleton s = motion.skeleton();
        if (motion.frameCount() == 0) {
            return new double[3];
        }
        double[] points = new double[s.pointCount() * 3];
        new BvhForwardKinematics(s).positions(motion, f, points);
        double[] kp = new double[Keypoint.COUNT * 3];
        boolean[] valid = new boolean[Keypoint.COUNT];
        mapping.bind(s.pointNames()).mapFrame(3, points, 0, null, 0, kp, 0, valid, 0);
        int h = Keypoint.HEAD.ordinal() * 3;
        int l = Keypoint.LEFT_ANKLE.ordinal() * 3;
        int r = Keypoint.RIGHT_ANKLE.ordinal() * 3;
        double[] v = new double[3];
        for (int a = 0; a < 3; a++) {
            v[a] = kp[h + a] - 0.5 * (kp[l + a] + kp[r + a]);
        }
        return v;
    }
}
