package org.optimusmotion.physics.triangulate;

import java.util.List;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.spatial.SymmetricEigen4;

/**
 * Triangulates one 3D point from its pixel positions in N >= 2 calibrated views.
 *
 * <p>Steps, per point:
 * <ol>
 *   <li>views with confidence below {@link TriangulationConfig#minConfidence()} (or missing) are skipped;</li>
 *   <li>each pixel is undistorted to normalised camera coordinates {@code (x, y)} by inverting the
 *       radial model of {@link Camera} ({@code x·d(r²) = (u - cx)/fx}, fixed-point iteration);</li>
 *   <li>DLT (Hartley and Zisserman, <i>Multiple View Geometry</i>, 2nd ed., sec. 12.2), each view's two
 *       rows {@code x·P₃ - P₁, y·P₃ - P₂} of {@code P = [R | t]} weighted by its confidence (as Pose2Sim
 *       does): the homogeneous point is the eigenvector of the smallest eigenvalue of {@code AᵀA} (4×4,
 *       Jacobi);</li>
 *   <li>Levenberg-Marquardt on {@code Σ c_v |π_v(X) - u_v|²} with {@link Camera#projectWithJacobian},
 *       so the result is optimal in pixels for the same distortion model that reconstruction uses;</li>
 *   <li>while the mean reprojection error over the used views exceeds
 *       {@link TriangulationConfig#maxReprojectionPx()} and more than {@link TriangulationConfig#minViews()}
 *       views remain, the view whose removal leaves the smallest mean error is dropped (Pose2Sim's rule,
 *       trying each); if the error is still too large with the fewest views the point is rejected
 *       ({@link Status#OUTLIER}).</li>
 * </ol>
 * A point behind any used camera, or at infinity (parallel rays), is {@link Status#DEGENERATE}.
 *
 * <p>Not thread-safe (one instance per thread); {@link #triangulate} does not allocate.
 */
public final class PointTriangulator {

    /** Outcome of one point. */
    public enum Status {
        /** Triangulated. */
        OK,
        /** Fewer confident views than {@link TriangulationConfig#minViews()}. */
        TOO_FEW_VIEWS,
        /** Rays parallel or the point behind a camera. */
        DEGENERATE,
        /** Reprojection error above the threshold even with the fewest views. */
        OUTLIER
    }

    /** Fixed-point iterations of the undistortion. */
    private static final int UNDISTORT_ITERATIONS = 20;
    /** |w| of the unit homogeneous DLT solution below which the point is at infinity. */
    private static final double MIN_HOMOGENEOUS_W = 1e-9;

    private final Camera[] cameras;
    /** Per view, the world-to-camera rotation (row-major 3×3) and translation (3), copied once. */
    private final double[][] rotations;
    private final double[][] translations;
    private final TriangulationConfig config;
    private final int views;
    // Workspaces.
    private final double[] normalised;
    private final boolean[] use;
    private final double[] ata = new double[16];
    private final double[] eigVec = new double[16];
    private final double[] row = new double[4];
    private final double[] point = new double[3];
    private final double[] trial = new double[3];
    private final double[] uv = new double[2];
    private final double[] jac = new double[6];
    private final double[] h = new double[9];
    private final double[] g = new double[3];
    private final double[] step = new double[3];

    /**
     * @param cameras the views, in the order of the pixel arrays given to {@link #triangulate}; at least 2
     * @throws IllegalArgumentException with fewer than 2 cameras
     */
    public PointTriangulator(List<Camera> cameras, TriangulationConfig config) {
        if (cameras.size() < 2) {
            throw new IllegalArgumentException("triangulation needs at least 2 cameras, got " + cameras.size());
        }
        this.cameras = cameras.toArray(new Camera[0]);
        this.rotations = new double[cameras.size()][];
        this.translations = new double[cameras.size()][];
        for (int v = 0; v < this.cameras.length; v++) {
            rotations[v] = this.cameras[v].rotation();
            translations[v] = this.cameras[v].translationM();
        }
        this.config = config;
        this.views = cameras.size();
        this.normalised = new double[2 * views];
        this.use = new boolean[views];
    }

    /** Number of views. */
    public int views() {
        return views;
    }

    /**
     * Triangulates one point.
     *
     * @param pixels       (views × 2) pixel positions, read at {@code pixOff + 2·v}
     * @param confidence   (views) detection confidences, read at {@code confOff + v}; 0 or NaN pixels = missing
     * @param out          receives the world point (metres) at {@code outOff..outOff+2} when the status is OK
     * @param errorPx      (views) receives at {@code errOff + v} the reprojection error of every view with a
     *                     usable detection (NaN for the others), also for views dropped as outliers
     * @param used         (views) receives at {@code usedOff + v} whether view v was used in the final point
     */
    public Status triangulate(double[] pixels, int pixOff, double[] confidence, int confOff, double[] out, int outOff,
            double[] errorPx, int errOff, boolean[] used, int usedOff) {
        int n = 0;
        for (int v = 0; v < views; v++) {
            double c = confidence[confOff + v];
            double u = pixels[pixOff + 2 * v];
            double w = pixels[pixOff + 2 * v + 1];
            use[v] = c > 0 && c >= config.minConfidence() && Double.isFinite(u) && Double.isFinite(w);
            if (use[v]) {
                undistort(cameras[v], u, w, normalised, 2 * v);
                n++;
            }
            errorPx[errOff + v] = Double.NaN;
            used[usedOff + v] = false;
        }
        if (n < config.minViews()) {
            return Status.TOO_FEW_VIEWS;
        }
        double err = solve(pixels, pixOff, confidence, confOff);
        while (err > config.maxReprojectionPx()) {
            if (n <= config.minViews()) {
                return Double.isInfinite(err) ? Status.DEGENERATE : Status.OUTLIER;
            }
            // Drop the view whose removal leaves the smallest error (the worst view of the joint
            // solution is not always the wrong one: a least-squares point spreads the error).
            int bestDrop = -1;
            double bestErr = Double.POSITIVE_INFINITY;
            for (int v = 0; v < views; v++) {
                if (!use[v]) {
                    continue;
                }
                use[v] = false;
                double e = solve(pixels, pixOff, confidence, confOff);
                use[v] = true;
                if (e < bestErr || bestDrop < 0) {
                    bestErr = e;
                    bestDrop = v;
                }
            }
            use[bestDrop] = false;
            n--;
            err = solve(pixels, pixOff, confidence, confOff);
        }
        out[outOff] = point[0];
        out[outOff + 1] = point[1];
        out[outOff + 2] = point[2];
        for (int v = 0; v < views; v++) {
            double c = confidence[confOff + v];
            double u = pixels[pixOff + 2 * v];
            double w = pixels[pixOff + 2 * v + 1];
            used[usedOff + v] = use[v];
            boolean usable = c > 0 && c >= config.minConfidence() && Double.isFinite(u) && Double.isFinite(w);
            if (usable && cameras[v].project(point, 0, uv, 0)) {
                errorPx[errOff + v] = Math.hypot(uv[0] - u, uv[1] - w);
            }
        }
        return Status.OK;
    }

    /**
     * DLT and refinement over the views in {@link #use} into {@link #point}.
     *
     * @return the mean reprojection error of those views (Pose2Sim's criterion), pixels; +infinity when degenerate
     */
    private double solve(double[] pixels, int pixOff, double[] confidence, int confOff) {
        if (!dlt(confidence, confOff)) {
            return Double.POSITIVE_INFINITY;
        }
        refine(pixels, pixOff, confidence, confOff);
        double sum = 0;
        int n = 0;
        for (int v = 0; v < views; v++) {
            if (!use[v]) {
                continue;
            }
            if (!cameras[v].project(point, 0, uv, 0)) {
                return Double.POSITIVE_INFINITY;
            }
            sum += Math.hypot(uv[0] - pixels[pixOff + 2 * v], uv[1] - pixels[pixOff + 2 * v + 1]);
            n++;
        }
        return sum / n;
    }

    /**
     * Normalised, undistorted camera coordinates of pixel (u, v) into {@code out[off..off+1]}: inverts
     * {@code u = fx·x·d + cx, d = 1 + k1 r² + k2 r⁴} by the fixed-point iteration x ← x_d / d(r²).
     */
    public static void undistort(Camera c, double u, double v, double[] out, int off) {
        double xd = (u - c.cx()) / c.fx();
        double yd = (v - c.cy()) / c.fy();
        double x = xd;
        double y = yd;
        if (c.k1() != 0 || c.k2() != 0) {
            for (int it = 0; it < UNDISTORT_ITERATIONS; it++) {
                double r2 = x * x + y * y;
                double d = 1 + c.k1() * r2 + c.k2() * r2 * r2;
                x = xd / d;
                y = yd / d;
            }
        }
        out[off] = x;
        out[off + 1] = y;
    }

    /** Weighted DLT over the views in {@code use} into {@link #point}; false if degenerate. */
    private boolean dlt(double[] confidence, int confOff) {
        java.util.Arrays.fill(ata, 0);
        for (int v = 0; v < views; v++) {
            if (!use[v]) {
                continue;
            }
            double[] r = rotations[v];
            double[] t = translations[v];
            double w = confidence[confOff + v];
            for (int axis = 0; axis < 2; axis++) {
                double x = normalised[2 * v + axis];
                // Row x·P₃ - P_axis of P = [R | t].
                for (int j = 0; j < 3; j++) {
                    row[j] = w * (x * r[6 + j] - r[3 * axis + j]);
                }
                row[3] = w * (x * t[2] - t[axis]);
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 4; j++) {
                        ata[4 * i + j] += row[i] * row[j];
                    }
                }
            }
        }
        int k = SymmetricEigen4.smallest(ata, eigVec);
        double hw = eigVec[12 + k];
        double norm = Math.sqrt(eigVec[k] * eigVec[k] + eigVec[4 + k] * eigVec[4 + k] + eigVec[8 + k] * eigVec[8 + k] + hw * hw);
        if (!(Math.abs(hw) > MIN_HOMOGENEOUS_W * norm)) {
            return false;
        }
        for (int a = 0; a < 3; a++) {
            point[a] = eigVec[4 * a + k] / hw;
        }
        for (int v = 0; v < views; v++) {
            if (use[v] && !cameras[v].project(point, 0, uv, 0)) {
                return false;
            }
        }
        return true;
    }

    /** Levenberg-Marquardt on the confidence-weighted squared pixel error, starting at {@link #point}. */
    private void refine(double[] pixels, int pixOff, double[] confidence, int confOff) {
        double lambda = 1e-3;
        double cost = cost(point, pixels, pixOff, confidence, confOff);
        for (int it = 0; it < config.refineIterations(); it++) {
            java.util.Arrays.fill(h, 0);
            java.util.Arrays.fill(g, 0);
            for (int v = 0; v < views; v++) {
                if (!use[v]) {
                    continue;
                }
                cameras[v].projectWithJacobian(point, 0, uv, 0, jac, 0);
                double w = confidence[confOff + v];
                double rx = uv[0] - pixels[pixOff + 2 * v];
                double ry = uv[1] - pixels[pixOff + 2 * v + 1];
                for (int p = 0; p < 3; p++) {
                    g[p] += w * (jac[p] * rx + jac[3 + p] * ry);
                    for (int q = 0; q < 3; q++) {
                        h[3 * p + q] += w * (jac[p] * jac[q] + jac[3 + p] * jac[3 + q]);
                    }
                }
            }
            boolean improved = false;
            for (int attempt = 0; attempt < 8 && !improved; attempt++) {
                if (!solveDamped(lambda)) {
                    return;
                }
                for (int a = 0; a < 3; a++) {
                    trial[a] = point[a] - step[a];
                }
                double c = cost(trial, pixels, pixOff, confidence, confOff);
                if (c < cost) {
                    improved = true;
                    double decrease = cost - c;
                    cost = c;
                    System.arraycopy(trial, 0, point, 0, 3);
                    lambda = Math.max(lambda * 0.1, 1e-9);
                    if (decrease <= 1e-12 * (1 + cost)) {
                        return;
                    }
                } else {
                    lambda *= 10;
                }
            }
            if (!improved) {
                return;
            }
        }
    }

    private double cost(double[] x, double[] pixels, int pixOff, double[] confidence, int confOff) {
        double s = 0;
        for (int v = 0; v < views; v++) {
            if (!use[v]) {
                continue;
            }
            if (!cameras[v].project(x, 0, uv, 0)) {
                return Double.POSITIVE_INFINITY;
            }
            double rx = uv[0] - pixels[pixOff + 2 * v];
            double ry = uv[1] - pixels[pixOff + 2 * v + 1];
            s += confidence[confOff + v] * (rx * rx + ry * ry);
        }
        return s;
    }

    /** Solves (H + λ·diag(H)) step = g into {@link #step} by Cramer's rule; false if singular. */
    private boolean solveDamped(double lambda) {
        double a0 = h[0] * (1 + lambda);
        double a4 = h[4] * (1 + lambda);
        double a8 = h[8] * (1 + lambda);
        double a1 = h[1];
        double a2 = h[2];
        double a5 = h[5];
        double det = a0 * (a4 * a8 - a5 * a5) - a1 * (a1 * a8 - a5 * a2) + a2 * (a1 * a5 - a4 * a2);
        if (!(Math.abs(det) > 0) || !Double.isFinite(det)) {
            return false;
        }
        // Inverse of the symmetric matrix [[a0 a1 a2] [a1 a4 a5] [a2 a5 a8]] times g.
        double i00 = a4 * a8 - a5 * a5;
        double i01 = a2 * a5 - a1 * a8;
        double i02 = a1 * a5 - a2 * a4;
        double i11 = a0 * a8 - a2 * a2;
        double i12 = a1 * a2 - a0 * a5;
        double i22 = a0 * a4 - a1 * a1;
        step[0] = (i00 * g[0] + i01 * g[1] + i02 * g[2]) / det;
        step[1] = (i01 * g[0] + i11 * g[1] + i12 * g[2]) / det;
        step[2] = (i02 * g[0] + i12 * g[1] + i22 * g[2]) / det;
        return true;
    }
}
