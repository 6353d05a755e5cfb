package org.optimusmotion.physics.triangulate;

/**
 * Settings of the triangulation. Immutable.
 *
 * @param minConfidence       detections below this confidence are not used, in [0, 1] (Pose2Sim's default: 0.3)
 * @param minViews            fewest views a point needs, >= 2
 * @param maxReprojectionPx   while the mean reprojection error of a point's views exceeds this, views are
 *                            dropped (see {@link PointTriangulator}), pixels, > 0; {@code Double.POSITIVE_INFINITY}
 *                            keeps every view (Pose2Sim's default threshold: 15 px)
 * @param refineIterations    Gauss-Newton iterations on the pixel error after the DLT, >= 0
 */
public record TriangulationConfig(double minConfidence, int minViews, double maxReprojectionPx, int refineIterations) {

    /** 0.3 confidence, 2 views, 15 px outlier threshold, 10 refinement iterations. */
    public static final TriangulationConfig DEFAULT = new TriangulationConfig(0.3, 2, 15, 10);

    public TriangulationConfig {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
        }
        if (minViews < 2) {
            throw new IllegalArgumentException("minViews must be >= 2 (one view has no depth), got " + minViews);
        }
        if (!(maxReprojectionPx > 0)) {
            throw new IllegalArgumentException("maxReprojectionPx must be > 0, got " + maxReprojectionPx);
        }
        if (refineIterations < 0) {
            throw new IllegalArgumentException("refineIterations must be >= 0, got " + refineIterations);
        }
    }

    /** A copy with another confidence threshold. */
    public TriangulationConfig withMinConfidence(double c) {
        return new TriangulationConfig(c, minViews, maxReprojectionPx, refineIterations);
    }

    /** A copy with another outlier threshold (pixels; infinity keeps every view). */
    public TriangulationConfig withMaxReprojectionPx(double px) {
        return new TriangulationConfig(minConfidence, minViews, px, refineIterations);
    }
}
