package org.optimusmotion.physics.lift;

import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;

/**
 * The per-frame objective of {@link MonocularLift}. Parameters: the world positions of the
 * {@link #PRIMARY} keypoints, {@code (15 × 3)} metres; the others are means of them as every 2D
 * mapping derives them (pelvis = mean of the hips, thorax = mean of the shoulders, spine = mean of
 * pelvis and thorax, neck = mean of thorax and head). With P the 19 keypoints,
 * <pre>
 *   E = Σ_k c_k H(|π(P_k) - u_k|) / σ_px²                       reprojection (Huber H, confident detections)
 *     + Σ_bones ((|P_a - P_b| - L_ab) / σ_bone)²                 template bone lengths
 *     + (smin_f (z_f - h_f) / σ_floor)² + Σ_f (max(0, h_f - z_f) / σ_floor)²
 *                                                              lowest foot on the floor, no foot below it
 *     + Σ_k |P_k - P_k^prev|² / σ_t²                             temporal (when a previous frame exists)
 *     + Σ_f w_f |P_f - P_f^prev|²_xy / σ_stance²                  a foot on the floor does not slide, w_f the
 *                                                              softmax of -(z_f^prev - h_f)/τ_stance
 *     + Σ_legs (min(0, (P_knee - (P_hip + P_ankle)/2)·d) / σ_p)² + Σ_feet (min(0, (P_toe - P_ankle)·d) / σ_p)²
 *                                                              knees bend and toes point along the facing d
 *     + ((P_lhip - P_rhip)·d / σ_p)²                              the pelvis faces d (its yaw is otherwise
 *                                                              ambiguous in one view)
 * </pre>
 * with smin the soft minimum {@code -τ log Σ exp(-x/τ)}, τ = {@value #SOFT_MIN_TAU_M} m, over the
 * foot keypoints f (ankles, toes) and h_f their standing heights. The analytic gradient is exact.
 * Not thread-safe; {@link #compute} does not allocate.
 */
final class LiftProblem extends CountingProblem {

    /** Keypoints that are parameters. */
    static final int[] PRIMARY = {Keypoint.RIGHT_HIP.ordinal(), Keypoint.RIGHT_KNEE.ordinal(),
        Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.LEFT_HIP.ordinal(), Keypoint.LEFT_KNEE.ordinal(),
        Keypoint.LEFT_ANKLE.ordinal(), Keypoint.HEAD.ordinal(), Keypoint.LEFT_SHOULDER.ordinal(),
        Keypoint.LEFT_ELBOW.ordinal(), Keypoint.LEFT_WRIST.ordinal(), Keypoint.RIGHT_SHOULDER.ordinal(),
        Keypoint.RIGHT_ELBOW.ordinal(), Keypoint.RIGHT_WRIST.ordinal(), Keypoint.RIGHT_TOE.ordinal(),
        Keypoint.LEFT_TOE.ordinal()};

    /** Temperature of the soft minimum over the foot heights, metres. */
    static final double SOFT_MIN_TAU_M = 0.003;
    /** Temperature of the stance weights over the previous frame's foot heights, metres. */
    static final double STANCE_TAU_M = 0.02;
    /** Scale of a stance foot keypoint's horizontal slide per frame, metres. */
    static final double STANCE_SIGMA_M = 0.01;

    private static final int K = Keypoint.COUNT;
    private static final int HIP_R = Keypoint.RIGHT_HIP.ordinal();
    private static final int HIP_L = Keypoint.LEFT_HIP.ordinal();
    private static final int SH_R = Keypoint.RIGHT_SHOULDER.ordinal();
    private static final int SH_L = Keypoint.LEFT_SHOULDER.ordinal();
    private static final int PELVIS = Keypoint.PELVIS.ordinal();
    private static final int THORAX = Keypoint.THORAX.ordinal();
    private static final int SPINE = Keypoint.SPINE.ordinal();
    private static final int NECK = Keypoint.NECK.ordinal();
    private static final int HEAD = Keypoint.HEAD.ordinal();
    /** Legs as {hip, knee, ankle, toe}. */
    private static final int[][] LEGS = {
        {HIP_R, Keypoint.RIGHT_KNEE.ordinal(), Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal()},
        {HIP_L, Keypoint.LEFT_KNEE.ordinal(), Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal()},
    };

    private final Camera camera;
    private final SkeletonTemplate template;
    private final LiftConfig config;
    // The frame's targets, set by setFrame.
    private final double[] pixels = new double[2 * K];
    private final double[] weights = new double[K];
    private final double[] previous = new double[3 * K];
    private boolean hasPrevious;
    private final double[] facing = new double[3];
    // Workspaces.
    private final double[] p = new double[3 * K];
    private final double[] gp = new double[3 * K];
    private final double[] uv = new double[2];
    private final double[] jac = new double[6];
    private final double[] footExp = new double[SkeletonTemplate.FOOT.length];
    private final double[] stanceWeight = new double[SkeletonTemplate.FOOT.length];

    LiftProblem(Camera camera, SkeletonTemplate template, LiftConfig config) {
        this.camera = camera;
        this.template = template;
        this.config = config;
    }

    @Override
    public int dimension() {
        return 3 * PRIMARY.length;
    }

    /**
     * Sets the frame's observations.
     *
     * @param xy         (19 × 2) pixels, read at {@code off2}
     * @param confidence (19) confidences, read at {@code offC}
     * @param prev       (19 × 3) previous frame's solution, or {@code null}
     * @param facingDir  horizontal unit facing direction (3) for the priors
     */
    void setFrame(double[] xy, int off2, double[] confidence, int offC, double[] prev, double[] facingDir) {
        for (int k = 0; k < K; k++) {
            double c = confidence[offC + k];
            double u = xy[off2 + 2 * k];
            double v = xy[off2 + 2 * k + 1];
            boolean ok = c > 0 && c >= config.minConfidence() && Double.isFinite(u) && Double.isFinite(v);
            weights[k] = ok ? c : 0;
            pixels[2 * k] = ok ? u : 0;
            pixels[2 * k + 1] = ok ? v : 0;
        }
        hasPrevious = prev != null;
        if (hasPrevious) {
            System.arraycopy(prev, 0, previous, 0, 3 * K);
            int[] foot = SkeletonTemplate.FOOT;
            double lowest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < foot.length; i++) {
                lowest = Math.min(lowest, prev[3 * foot[i] + 2] - template.footHeightM(i));
            }
            double sum = 0;
            for (int i = 0; i < foot.length; i++) {
                stanceWeight[i] = Math.exp(-(prev[3 * foot[i] + 2] - template.footHeightM(i) - lowest) / STANCE_TAU_M);
                sum += stanceWeight[i];
            }
            for (int i = 0; i < foot.length; i++) {
                stanceWeight[i] /= sum;
            }
        }
        System.arraycopy(facingDir, 0, facing, 0, 3);
    }

    /** All 19 keypoints of parameters {@code x} into {@code out} (19 × 3). */
    static void keypoints(double[] x, double[] out) {
        for (int i = 0; i < PRIMARY.length; i++) {
            System.arraycopy(x, 3 * i, out, 3 * PRIMARY[i], 3);
        }
        for (int a = 0; a < 3; a++) {
            out[3 * PELVIS + a] = 0.5 * (out[3 * HIP_L + a] + out[3 * HIP_R + a]);
            out[3 * THORAX + a] = 0.5 * (out[3 * SH_L + a] + out[3 * SH_R + a]);
            out[3 * SPINE + a] = 0.5 * (out[3 * PELVIS + a] + out[3 * THORAX + a]);
            out[3 * NECK + a] = 0.5 * (out[3 * THORAX + a] + out[3 * HEAD + a]);
        }
    }

    /** Parameters of 19 keypoints {@code all} (their primary entries) into {@code x}. */
    static void parameters(double[] all, double[] x) {
        for (int i = 0; i < PRIMARY.length; i++) {
            System.arraycopy(all, 3 * PRIMARY[i], x, 3 * i, 3);
        }
    }

    @Override
    protected double compute(double[] x, double[] gradient) {
        keypoints(x, p);
        java.util.Arrays.fill(gp, 0);
        double e = 0;
        double ip2 = 1 / (config.pixelSigmaPx() * config.pixelSigmaPx());
        double huber = config.huberPx();
        for (int k = 0; k < K; k++) {
            if (weights[k] == 0) {
                continue;
            }
            if (!camera.projectWithJacobian(p, 3 * k, uv, 0, jac, 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double rx = uv[0] - pixels[2 * k];
            double ry = uv[1] - pixels[2 * k + 1];
            double r = Math.hypot(rx, ry);
            double w = weights[k] * ip2;
            // Huber: r² inside, 2δr - δ² outside; d/d(rx, ry) = 2 (rx, ry) · min(1, δ/r).
            double scale;
            if (r <= huber) {
                e += w * r * r;
                scale = 2 * w;
            } else {
                e += w * (2 * huber * r - huber * huber);
                scale = 2 * w * huber / r;
            }
            for (int a = 0; a < 3; a++) {
                gp[3 * k + a] += scale * (rx * jac[a] + ry * jac[3 + a]);
            }
        }
        double ib2 = 1 / (config.boneSigmaM() * config.boneSigmaM());
        for (int b = 0; b < SkeletonTemplate.BONES.length; b++) {
            int ka = SkeletonTemplate.BONES[b][0];
            int kb = SkeletonTemplate.BONES[b][1];
            double dx = p[3 * ka] - p[3 * kb];
            double dy = p[3 * ka + 1] - p[3 * kb + 1];
            double dz = p[3 * ka + 2] - p[3 * kb + 2];
            double len = Math.sqrt(dx * dx + dy * dy + dz * dz);
            double dev = len - template.boneLengthM(b);
            e += ib2 * dev * dev;
            if (len > 0) {
                double s = 2 * ib2 * dev / len;
                gp[3 * ka] += s * dx;
                gp[3 * ka + 1] += s * dy;
                gp[3 * ka + 2] += s * dz;
                gp[3 * kb] -= s * dx;
                gp[3 * kb + 1] -= s * dy;
                gp[3 * kb + 2] -= s * dz;
            }
        }
        e += floor();
        if (hasPrevious) {
            double it2 = 1 / (config.temporalSigmaM() * config.temporalSigmaM());
            for (int k : PRIMARY) {
                for (int a = 0; a < 3; a++) {
                    double d = p[3 * k + a] - previous[3 * k + a];
                    e += it2 * d * d;
                    gp[3 * k + a] += 2 * it2 * d;
                }
            }
            double is2 = 1 / (STANCE_SIGMA_M * STANCE_SIGMA_M);
            for (int i = 0; i < SkeletonTemplate.FOOT.length; i++) {
                int k = SkeletonTemplate.FOOT[i];
                for (int a = 0; a < 2; a++) {
                    double d = p[3 * k + a] - previous[3 * k + a];
                    e += is2 * stanceWeight[i] * d * d;
                    gp[3 * k + a] += 2 * is2 * stanceWeight[i] * d;
                }
            }
        }
        e += priors();
        if (gradient != null) {
            chainToParameters(gradient);
        }
        return e;
    }

    /** Floor terms; adds their gradient to {@link #gp}. */
    private double floor() {
        double if2 = 1 / (config.floorSigmaM() * config.floorSigmaM());
        double tau = SOFT_MIN_TAU_M;
        int[] foot = SkeletonTemplate.FOOT;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < foot.length; i++) {
            lowest = Math.min(lowest, p[3 * foot[i] + 2] - template.footHeightM(i));
        }
        double sum = 0;
        for (int i = 0; i < foot.length; i++) {
            // Shifted by the minimum for a stable log-sum-exp.
            footExp[i] = Math.exp(-(p[3 * foot[i] + 2] - template.footHeightM(i) - lowest) / tau);
            sum += footExp[i];
        }
        double smin = lowest - tau * Math.log(sum);
        double e = if2 * smin * smin;
        for (int i = 0; i < foot.length; i++) {
            // ∂smin/∂z_i = softmax weight of foot keypoint i.
            gp[3 * foot[i] + 2] += 2 * if2 * smin * footExp[i] / sum;
            double below = template.footHeightM(i) - p[3 * foot[i] + 2];
            if (below > 0) {
                e += if2 * below * below;
                gp[3 * foot[i] + 2] -= 2 * if2 * below;
            }
        }
        return e;
    }

    /** Knee and toe priors along {@link #facing}; adds their gradient to {@link #gp}. */
    private double priors() {
        double ip2 = 1 / (config.priorSigmaM() * config.priorSigmaM());
        double e = 0;
        double across = 0;
        for (int a = 0; a < 3; a++) {
            across += (p[3 * HIP_L + a] - p[3 * HIP_R + a]) * facing[a];
        }
        e += ip2 * across * across;
        for (int a = 0; a < 3; a++) {
            gp[3 * HIP_L + a] += 2 * ip2 * across * facing[a];
            gp[3 * HIP_R + a] -= 2 * ip2 * across * facing[a];
        }
        for (int[] leg : LEGS) {
            int hip = leg[0];
            int knee = leg[1];
            int ankle = leg[2];
            int toe = leg[3];
            double d = 0;
            for (int a = 0; a < 3; a++) {
                d += (p[3 * knee + a] - 0.5 * (p[3 * hip + a] + p[3 * ankle + a])) * facing[a];
            }
            if (d < 0) {
                e += ip2 * d * d;
                for (int a = 0; a < 3; a++) {
                    double g = 2 * ip2 * d * facing[a];
                    gp[3 * knee + a] += g;
                    gp[3 * hip + a] -= 0.5 * g;
                    gp[3 * ankle + a] -= 0.5 * g;
                }
            }
            double t = 0;
            for (int a = 0; a < 3; a++) {
                t += (p[3 * toe + a] - p[3 * ankle + a]) * facing[a];
            }
            if (t < 0) {
                e += ip2 * t * t;
                for (int a = 0; a < 3; a++) {
                    double g = 2 * ip2 * t * facing[a];
                    gp[3 * toe + a] += g;
                    gp[3 * ankle + a] -= g;
                }
            }
        }
        return e;
    }

    /** Gradient with respect to the parameters from {@link #gp}: the derived keypoints pass theirs to their sources. */
    private void chainToParameters(double[] gradient) {
        for (int a = 0; a < 3; a++) {
            // Reverse order of derivation: neck, spine, then thorax and pelvis.
            gp[3 * THORAX + a] += 0.5 * gp[3 * NECK + a];
            gp[3 * HEAD + a] += 0.5 * gp[3 * NECK + a];
            gp[3 * PELVIS + a] += 0.5 * gp[3 * SPINE + a];
            gp[3 * THORAX + a] += 0.5 * gp[3 * SPINE + a];
            gp[3 * SH_L + a] += 0.5 * gp[3 * THORAX + a];
            gp[3 * SH_R + a] += 0.5 * gp[3 * THORAX + a];
            gp[3 * HIP_L + a] += 0.5 * gp[3 * PELVIS + a];
            gp[3 * HIP_R + a] += 0.5 * gp[3 * PELVIS + a];
        }
        for (int i = 0; i < PRIMARY.length; i++) {
            System.arraycopy(gp, 3 * PRIMARY[i], gradient, 3 * i, 3);
        }
    }
}
