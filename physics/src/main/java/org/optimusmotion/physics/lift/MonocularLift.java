package org.optimusmotion.physics.lift;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizationListener;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.classic.Lbfgs;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.triangulate.PointTriangulator;

/**
 * A monocular 3D kinematic estimate from one calibrated view: frame by frame, the 3D keypoints that
 * minimise {@link LiftProblem} (reprojection onto the 2D detections, template bone lengths for the
 * subject's height, the lowest foot on the floor z = 0, closeness to the previous frame, knees and
 * toes along the facing direction), by L-BFGS warm-started from the previous frame.
 *
 * <p>Why it has a depth: the floor fixes it. The lowest foot keypoint sits at its standing height, so
 * its camera ray meets that height at one point; the bones then place every other keypoint on its own
 * ray at their length from it, up to a forward/backward choice per bone, which the previous frame and
 * the priors make. It assumes a foot is on the floor in every frame (no flight phases) and a person
 * of the given height.
 *
 * <p>First frame: the facing direction is that of the lower foot, from the two points where the rays
 * of its ankle and toe meet their standing heights (the foot is flat on the floor); without both, the
 * person faces the camera when their left shoulder and hip appear right of the right ones in the
 * image (OpenCV pixel axes), else away from it. Every keypoint starts on its ray at the depth of the
 * template's standing pose turned to that facing and standing on the lowest foot keypoint's floor
 * point. Later frames take the facing direction of the lower foot averaged over
 * {@value #FACING_SMOOTHING_FRAMES} frames either side (from the 2D rays and the floor, not from the
 * lift itself: the pelvis's yaw is ambiguous in one view and drifts when it follows its own
 * solution), or the previous solution's torso where no foot is seen.
 * Stateless apart from its settings; thread-safe.
 */
public final class MonocularLift {

    private static final int K = Keypoint.COUNT;

    private final LiftConfig config;

    public MonocularLift(LiftConfig config) {
        this.config = config;
    }

    /**
     * Lifts {@code detections} seen by {@code camera} to world 3D keypoints (metres, Z up, all valid).
     *
     * @param cancelled polled between frames
     * @throws CancellationException when {@code cancelled} turns true
     * @throws IllegalArgumentException when a frame has no confident foot keypoint to start from
     *         (first frame) or the camera does not look down at the floor there
     */
    public KeypointSequence3D lift(KeypointSequence2D detections, Camera camera, BooleanSupplier cancelled) {
        SkeletonTemplate template = SkeletonTemplate.forHeight(config.heightM());
        return pass(detections, camera, template, cancelled);
    }

    /** One lift of every frame with the bone lengths of {@code template}. */
    private KeypointSequence3D pass(KeypointSequence2D detections, Camera camera, SkeletonTemplate template,
            BooleanSupplier cancelled) {
        LiftProblem problem = new LiftProblem(camera, template, config);
        Lbfgs lbfgs = Lbfgs.withMemory(Lbfgs.DEFAULT_MEMORY);
        int frames = detections.frameCount();
        double[] out = new double[frames * K * 3];
        double[] xy = detections.xyRef();
        double[] conf = detections.confidenceRef();
        double[] prev = null;
        double[] facing = footFacing(detections, 0, camera, template);
        if (facing == null) {
            facing = initialFacing(detections, camera);
        }
        double[] current = initialPose(detections, 0, camera, template, facing);
        double[][] feet = smoothedFootFacing(detections, camera, template);
        double[] x = new double[problem.dimension()];
        for (int f = 0; f < frames; f++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled at frame " + f);
            }
            if (prev != null) {
                facing = feet[f] != null ? feet[f] : facingOf(prev, facing);
                current = prev;
            } else if (feet[f] != null) {
                facing = feet[f];
            }
            problem.setFrame(xy, f * K * 2, conf, f * K, prev, facing);
            LiftProblem.parameters(current, x);
            OptimizeResult r = Minimizer.minimize(lbfgs, problem, x,
                    new Budget(config.iterations(), 3L * config.iterations()), ConvergenceChecker.defaults(),
                    OptimizationListener.NONE, () -> false);
            double[] solution = new double[3 * K];
            LiftProblem.keypoints(r.x(), solution);
            System.arraycopy(solution, 0, out, f * K * 3, 3 * K);
            prev = solution;
        }
        return KeypointSequence3D.allValid(detections.fps(), out);
    }

    /** Frames either side averaged in the per-frame foot facing. */
    static final int FACING_SMOOTHING_FRAMES = 15;

    /**
     * Per frame, the mean of the unit foot facings ({@link #footFacing}) within
     * {@value #FACING_SMOOTHING_FRAMES} frames either side, normalised; null where none exists.
     */
    static double[][] smoothedFootFacing(KeypointSequence2D det, Camera camera, SkeletonTemplate template) {
        int frames = det.frameCount();
        double[][] raw = new double[frames][];
        for (int f = 0; f < frames; f++) {
            raw[f] = footFacing(det, f, camera, template);
        }
        double[][] out = new double[frames][];
        for (int f = 0; f < frames; f++) {
            double sx = 0;
            double sy = 0;
            for (int g = Math.max(0, f - FACING_SMOOTHING_FRAMES); g <= Math.min(frames - 1, f + FACING_SMOOTHING_FRAMES); g++) {
                if (raw[g] != null) {
                    sx += raw[g][0];
                    sy += raw[g][1];
                }
            }
            double n = Math.hypot(sx, sy);
            out[f] = n > 1e-9 ? new double[] {sx / n, sy / n, 0} : null;
        }
        return out;
    }

    /** Horizontal facing of the first frame from the left/right order in the image (see the class comment). */
    static double[] initialFacing(KeypointSequence2D det, Camera camera) {
        double[] view = horizontalViewDirection(camera);
        double leftMinusRight = 0;
        int[][] pairs = {{Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal()},
            {Keypoint.LEFT_HIP.ordinal(), Keypoint.RIGHT_HIP.ordinal()}};
        for (int f = 0; f < det.frameCount() && leftMinusRight == 0; f++) {
            for (int[] pair : pairs) {
                if (det.confidence(f, pair[0]) > 0 && det.confidence(f, pair[1]) > 0) {
                    leftMinusRight += det.get(f, pair[0], 0) - det.get(f, pair[1], 0);
                }
            }
        }
        // Facing the camera, one's left side is on the camera's right (larger u).
        double sign = leftMinusRight > 0 ? -1 : 1;
        return new double[] {sign * view[0], sign * view[1], 0};
    }

    /** The camera's optical axis projected on the floor, unit length (world). */
    static double[] horizontalViewDirection(Camera camera) {
        double[] r = camera.rotation();
        double n = Math.hypot(r[6], r[7]);
        if (!(n > 1e-9)) {
            throw new IllegalArgumentException("the camera looks straight down; the lift needs a side view");
        }
        return new double[] {r[6] / n, r[7] / n, 0};
    }

    /** Facing of a solved pose: (left - right of hips and shoulders) × up, horizontal; {@code fallback} if degenerate. */
    static double[] facingOf(double[] p, double[] fallback) {
        double ax = 0;
        double ay = 0;
        int[][] pairs = {{Keypoint.LEFT_SHOULDER.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal()},
            {Keypoint.LEFT_HIP.ordinal(), Keypoint.RIGHT_HIP.ordinal()}};
        for (int[] pair : pairs) {
            ax += p[3 * pair[0]] - p[3 * pair[1]];
            ay += p[3 * pair[0] + 1] - p[3 * pair[1] + 1];
        }
        // (ax, ay, 0) × (0, 0, 1) = (ay, -ax, 0).
        double n = Math.hypot(ax, ay);
        if (!(n > 1e-6)) {
            return fallback;
        }
        return new double[] {ay / n, -ax / n, 0};
    }

    /**
     * Facing of frame f from the lower foot (ankle and toe rays met with their standing heights), or
     * {@code null} when that foot lacks a confident ankle or toe, or the two floor points are not a
     * plausible foot (0.05 to 0.4 m apart).
     */
    static double[] footFacing(KeypointSequence2D det, int f, Camera camera, SkeletonTemplate template) {
        int[][] feet = {{0, 1}, {2, 3}};
        int lower = -1;
        double lowestV = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < feet.length; i++) {
            int ankle = SkeletonTemplate.FOOT[feet[i][0]];
            int toe = SkeletonTemplate.FOOT[feet[i][1]];
            if (det.confidence(f, ankle) > 0 && det.confidence(f, toe) > 0) {
                double v = Math.max(det.get(f, ankle, 1), det.get(f, toe, 1));
                if (v > lowestV) {
                    lowestV = v;
                    lower = i;
                }
            }
        }
        if (lower < 0) {
            return null;
        }
        double[] a = floorPoint(det, f, camera, template, feet[lower][0]);
        double[] t = floorPoint(det, f, camera, template, feet[lower][1]);
        if (a == null || t == null) {
            return null;
        }
        double dx = t[0] - a[0];
        double dy = t[1] - a[1];
        double n = Math.hypot(dx, dy);
        return n >= 0.05 && n <= 0.4 ? new double[] {dx / n, dy / n, 0} : null;
    }

    /** Where the ray of foot keypoint i (of {@link SkeletonTemplate#FOOT}) meets its standing height; null if it does not. */
    private static double[] floorPoint(KeypointSequence2D det, int f, Camera camera, SkeletonTemplate template, int i) {
        int k = SkeletonTemplate.FOOT[i];
        double[] c = camera.centreM();
        double[] dir = ray(camera, camera.rotation(), det.get(f, k, 0), det.get(f, k, 1));
        double h = template.footHeightM(i);
        if (!(dir[2] < -1e-9) || !(c[2] > h)) {
            return null;
        }
        double s = (h - c[2]) / dir[2];
        return new double[] {c[0] + s * dir[0], c[1] + s * dir[1], h};
    }

    /**
     * Keypoints of frame f on their rays at the depths (along the camera's horizontal viewing direction)
     * of the template's standing pose turned to {@code facing} and standing on the lowest foot keypoint's
     * floor point; undetected keypoints take the template's position.
     */
    static double[] initialPose(KeypointSequence2D det, int f, Camera camera, SkeletonTemplate template, double[] facing) {
        double[] centre = camera.centreM();
        double[] r = camera.rotation();
        int anchor = -1;
        double lowestV = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < SkeletonTemplate.FOOT.length; i++) {
            int k = SkeletonTemplate.FOOT[i];
            if (det.confidence(f, k) > 0 && det.get(f, k, 1) > lowestV) {
                lowestV = det.get(f, k, 1);
                anchor = i;
            }
        }
        if (anchor < 0) {
            throw new IllegalArgumentException("frame " + f + " has no detected ankle or toe to put on the floor");
        }
        double[] a = floorPoint(det, f, camera, template, anchor);
        if (a == null) {
            throw new IllegalArgumentException("the ray of the lowest foot keypoint at frame " + f
                    + " does not meet the floor in front of the camera (camera height " + centre[2] + " m)");
        }
        int ak = SkeletonTemplate.FOOT[anchor];
        double[] n = horizontalViewDirection(camera);
        // The template faces +X: turn it by the facing's azimuth about Z.
        double cos = facing[0];
        double sin = facing[1];
        double[] out = new double[3 * K];
        double[] q = new double[3];
        for (int k = 0; k < K; k++) {
            double ox = template.standing(k, 0) - template.standing(ak, 0);
            double oy = template.standing(k, 1) - template.standing(ak, 1);
            q[0] = a[0] + cos * ox - sin * oy;
            q[1] = a[1] + sin * ox + cos * oy;
            q[2] = template.standing(k, 2);
            double[] d = det.confidence(f, k) > 0 ? ray(camera, r, det.get(f, k, 0), det.get(f, k, 1)) : null;
            double dn = d == null ? 0 : d[0] * n[0] + d[1] * n[1] + d[2] * n[2];
            if (d != null && dn > 1e-9) {
                double s = ((q[0] - centre[0]) * n[0] + (q[1] - centre[1]) * n[1] + (q[2] - centre[2]) * n[2]) / dn;
                for (int ax = 0; ax < 3; ax++) {
                    out[3 * k + ax] = centre[ax] + s * d[ax];
                }
            } else {
                System.arraycopy(q, 0, out, 3 * k, 3);
            }
        }
        return out;
    }

    /** World direction of the ray through pixel (u, v): Rᵀ (x, y, 1) with (x, y) undistorted. */
    private static double[] ray(Camera camera, double[] r, double u, double v) {
        double[] xy = new double[2];
        PointTriangulator.undistort(camera, u, v, xy, 0);
        return new double[] {
            r[0] * xy[0] + r[3] * xy[1] + r[6],
            r[1] * xy[0] + r[4] * xy[1] + r[7],
            r[2] * xy[0] + r[5] * xy[1] + r[8],
        };
    }
}
