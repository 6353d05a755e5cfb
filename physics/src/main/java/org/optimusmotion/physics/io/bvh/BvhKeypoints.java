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
 * <p>Units: BVH files do not say theirs. {@link #guessMetresPerUnit} compares a pose-independent
 * body size with {@value #TYPICAL_CHAIN_M} m for each of metres, centimetres, inches, millimetres and
 * CMU units ({@value #CMU_UNIT_M} m, CMU FAQ) and picks the closest ratio. Up axis:
 * {@link #guessUpAxis} takes the axis along which pelvis-to-head vectors point on average. Y-up files are turned to Z-up with {@code (x, y, z) -> (z, x, y)};
 * Z-up files are kept as they are.
 */
public final class BvhKeypoints {

    /** Metres per CMU unit (mocap.cs.cmu.edu FAQ: "units x 0.056444 = metres"). */
    public static final double CMU_UNIT_M = 0.056444;
    /** Typical "body chain" length used to guess units, metres (see {@link #guessMetresPerUnit}). */
    public static final double TYPICAL_CHAIN_M = 1.5;
    /** Frames sampled (evenly) to guess units and the up axis. */
    public static final int SAMPLED_FRAMES = 50;

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

    /**
     * The file axis (Y or Z) along which the pelvis-to-head vector, summed over up to
     * {@value #SAMPLED_FRAMES} evenly spaced frames, is longest.
     */
    public static UpAxis guessUpAxis(BvhMotion motion, SkeletonMapping mapping) {
        double[] sum = new double[3];
        Sampler s = new Sampler(motion, mapping);
        for (int f : s.frames) {
            s.map(f);
            for (int a = 0; a < 3; a++) {
                sum[a] += s.kp[Keypoint.HEAD.ordinal() * 3 + a] - s.kp[Keypoint.PELVIS.ordinal() * 3 + a];
            }
        }
        return Math.abs(sum[2]) > Math.abs(sum[1]) && Math.abs(sum[2]) > Math.abs(sum[0]) ? UpAxis.Z : UpAxis.Y;
    }

    /**
     * The candidate unit (m, cm, inch, mm, CMU unit) that makes the median "body chain" closest to
     * {@value #TYPICAL_CHAIN_M} m. The chain is a pose-independent size: thigh + shin + pelvis→spine
     * + spine→thorax + thorax→neck + neck→head (1.35–1.67 m over the CMU, Daz and CC_Base clips in
     * data/mocap). The up axis does not matter; it is accepted for symmetry with the conversion.
     */
    public static double guessMetresPerUnit(BvhMotion motion, SkeletonMapping mapping, UpAxis up) {
        Sampler s = new Sampler(motion, mapping);
        double[] chains = new double[s.frames.length];
        for (int i = 0; i < s.frames.length; i++) {
            s.map(s.frames[i]);
            chains[i] = s.distance(Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE) + s.distance(Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE)
                    + s.distance(Keypoint.PELVIS, Keypoint.SPINE) + s.distance(Keypoint.SPINE, Keypoint.THORAX)
                    + s.distance(Keypoint.THORAX, Keypoint.NECK) + s.distance(Keypoint.NECK, Keypoint.HEAD);
        }
        java.util.Arrays.sort(chains);
        double chain = chains.length == 0 ? 0 : chains[chains.length / 2];
        if (!(chain > 0)) {
            return 1.0;
        }
        double best = 1.0;
        double bestErr = Double.POSITIVE_INFINITY;
        for (double u : CANDIDATE_UNITS_M) {
            double err = Math.abs(Math.log(chain * u / TYPICAL_CHAIN_M));
            if (err < bestErr) {
                bestErr = err;
                best = u;
            }
        }
        return best;
    }

    /** Canonical keypoints of sampled frames, in file units and axes. */
    private static final class Sampler {
        final int[] frames;
        final double[] kp = new double[Keypoint.COUNT * 3];
        private final boolean[] valid = new boolean[Keypoint.COUNT];
        private final double[] points;
        private final BvhForwardKinematics fk;
        private final LayoutBinding binding;
        private final BvhMotion motion;

        Sampler(BvhMotion motion, SkeletonMapping mapping) {
            this.motion = motion;
            int n = motion.frameCount();
            int count = Math.min(n, SAMPLED_FRAMES);
            frames = new int[count];
            for (int i = 0; i < count; i++) {
                frames[i] = count == 1 ? 0 : (int) ((long) i * (n - 1) / (count - 1));
            }
            fk = new BvhForwardKinematics(motion.skeleton());
            points = new double[motion.skeleton().pointCount() * 3];
            binding = mapping.bind(motion.skeleton().pointNames());
        }

        void map(int f) {
            fk.positions(motion, f, points);
            binding.mapFrame(3, points, 0, null, 0, kp, 0, valid, 0);
        }

        double distance(Keypoint a, Keypoint b) {
            int i = a.ordinal() * 3;
            int j = b.ordinal() * 3;
            double dx = kp[i] - kp[j];
            double dy = kp[i + 1] - kp[j + 1];
            double dz = kp[i + 2] - kp[j + 2];
            return Math.sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
}
