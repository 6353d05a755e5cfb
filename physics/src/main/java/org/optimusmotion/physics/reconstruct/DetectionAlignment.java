package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Moves each frame of a 3D kinematic estimate rigidly (translation t_f only) so that it reprojects
 * onto the 2D detections: monocular 3D estimators get the root-relative pose much better than the
 * global position, in particular the depth, which the detections fix through the body's apparent size.
 * Per frame, Gauss-Newton on
 * <pre>
 *   sum_k w_k |pi(X_k + t) - u_k|^2,   w_k = c_k min(1, HUBER_PX / |residual_k|)   (iteratively reweighted Huber)
 * </pre>
 * with the camera Jacobian; the translations are then smoothed over time with the kernel
 * {@link #SMOOTHING_HALF_WIDTH} frames either side (triangular) to suppress per-frame noise.
 * Frames with fewer than {@link #MIN_KEYPOINTS} usable detections keep the smoothed neighbours' shift.
 * Stateless.
 */
public final class DetectionAlignment {

    /** Huber threshold of the reprojection residual, pixels. */
    public static final double HUBER_PX = 10;
    /** Gauss-Newton iterations per frame. */
    public static final int ITERATIONS = 8;
    /** Triangular smoothing kernel half-width, frames. */
    public static final int SMOOTHING_HALF_WIDTH = 3;
    /** Fewest detections a frame needs to estimate its own shift. */
    public static final int MIN_KEYPOINTS = 6;

    private DetectionAlignment() {
    }

    /** Per-frame translations (frames x 3, metres) that align {@code kin} with {@code det} through {@code camera}. */
    public static double[][] translations(KeypointSequence3D kin, KeypointSequence2D det, Camera camera) {
        int frames = kin.frameCount();
        int k = Keypoint.COUNT;
        double[][] raw = new double[frames][];
        double[] x = new double[3];
        double[] uv = new double[2];
        double[] jac = new double[6];
        double[] a = new double[9];
        double[] b = new double[3];
        for (int f = 0; f < frames; f++) {
            double[] t = new double[3];
            boolean ok = true;
            for (int it = 0; it < ITERATIONS && ok; it++) {
                java.util.Arrays.fill(a, 0);
                java.util.Arrays.fill(b, 0);
                int used = 0;
                for (int j = 0; j < k; j++) {
                    double c = det.confidence(f, j);
                    if (!(c > 0) || !kin.isValid(f, j)) {
                        continue;
                    }
                    for (int ax = 0; ax < 3; ax++) {
                        x[ax] = kin.get(f, j, ax) + t[ax];
                    }
                    if (!camera.projectWithJacobian(x, 0, uv, 0, jac, 0)) {
                        continue;
                    }
                    double rx = uv[0] - det.get(f, j, 0);
                    double ry = uv[1] - det.get(f, j, 1);
                    double norm = Math.hypot(rx, ry);
                    double w = c * (norm > HUBER_PX ? HUBER_PX / norm : 1);
                    for (int p = 0; p < 3; p++) {
                        b[p] += w * (jac[p] * rx + jac[3 + p] * ry);
                        for (int q = 0; q < 3; q++) {
                            a[3 * p + q] += w * (jac[p] * jac[q] + jac[3 + p] * jac[3 + q]);
                        }
                    }
                    used++;
                }
                if (used < MIN_KEYPOINTS) {
                    ok = false;
                    break;
                }
                double damping = 1e-9 * (a[0] + a[4] + a[8]);
                a[0] += damping;
                a[4] += damping;
                a[8] += damping;
                double[] step = solve3(a, b);
                if (step == null) {
                    ok = false;
                    break;
                }
                for (int p = 0; p < 3; p++) {
                    t[p] -= step[p];
                }
            }
            raw[f] = ok ? t : null;
        }
        return smooth(raw);
    }

    /** {@code kin} shifted by the translations of {@link #translations}. */
    public static KeypointSequence3D align(KeypointSequence3D kin, KeypointSequence2D det, Camera camera) {
        double[][] t = translations(kin, det, camera);
        double[] p = kin.positions();
        int k = Keypoint.COUNT;
        for (int f = 0; f < kin.frameCount(); f++) {
            for (int j = 0; j < k; j++) {
                for (int ax = 0; ax < 3; ax++) {
                    p[3 * (f * k + j) + ax] += t[f][ax];
                }
            }
        }
        return new KeypointSequence3D(kin.fps(), p, kin.valid());
    }

    /** Triangular moving average over the frames that have a shift; all zeros if none has. */
    private static double[][] smooth(double[][] raw) {
        int frames = raw.length;
        double[][] out = new double[frames][3];
        for (int f = 0; f < frames; f++) {
            double wsum = 0;
            for (int j = -SMOOTHING_HALF_WIDTH; j <= SMOOTHING_HALF_WIDTH; j++) {
                int g = f + j;
                if (g < 0 || g >= frames || raw[g] == null) {
                    continue;
                }
                double w = SMOOTHING_HALF_WIDTH + 1 - Math.abs(j);
                wsum += w;
                for (int ax = 0; ax < 3; ax++) {
                    out[f][ax] += w * raw[g][ax];
                }
            }
            if (wsum > 0) {
                for (int ax = 0; ax < 3; ax++) {
                    out[f][ax] /= wsum;
                }
            } else if (f > 0) {
                out[f] = out[f - 1].clone();
            }
        }
        return out;
    }

    /** Solves the symmetric 3x3 system a s = b by Cramer's rule; null when singular. */
    private static double[] solve3(double[] a, double[] b) {
        double det = a[0] * (a[4] * a[8] - a[5] * a[7]) - a[1] * (a[3] * a[8] - a[5] * a[6])
                + a[2] * (a[3] * a[7] - a[4] * a[6]);
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            return null;
        }
        double[] s = new double[3];
        for (int c = 0; c < 3; c++) {
            double[] m = a.clone();
            for (int r = 0; r < 3; r++) {
                m[3 * r + c] = b[r];
            }
            s[c] = (m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                    + m[2] * (m[3] * m[7] - m[4] * m[6])) / det;
        }
        return s;
    }
}
