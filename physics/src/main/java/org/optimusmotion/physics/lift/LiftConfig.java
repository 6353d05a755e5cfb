package org.optimusmotion.physics.lift;

/**
 * Settings of {@link MonocularLift}: the subject and the scales (standard deviations) that weight the
 * terms of the per-frame objective (each term is a squared residual over its scale squared). Immutable.
 *
 * @param heightM          subject's standing height, metres, in [0.5, 2.5] (scales the template bones)
 * @param minConfidence    2D detections below this confidence are ignored, in [0, 1]
 * @param pixelSigmaPx     scale of the reprojection residual, pixels, > 0
 * @param huberPx          reprojection residuals beyond this grow linearly (robust to wrong detections), pixels, > 0
 * @param boneSigmaM       scale of a bone's deviation from its template length, metres, > 0
 * @param floorSigmaM      scale of the lowest foot keypoint's distance to its standing height, and of a
 *                         foot keypoint's depth below it, metres, > 0
 * @param temporalSigmaM   scale of a keypoint's motion from the previous frame's solution, metres, > 0
 * @param priorSigmaM      scale of the anatomical priors (knees bend forward, toes point forward), metres, > 0
 * @param iterations       L-BFGS iterations per frame, >= 1
 */
public record LiftConfig(double heightM, double minConfidence, double pixelSigmaPx, double huberPx, double boneSigmaM,
        double floorSigmaM, double temporalSigmaM, double priorSigmaM, int iterations) {

    /** A 1.75 m subject; 0.3 confidence; 5 px, Huber 15 px; bones 1 cm; floor 1 cm; 5 cm per frame; priors 2 cm; 300 iterations. */
    public static final LiftConfig DEFAULT = new LiftConfig(1.75, 0.3, 5, 15, 0.01, 0.01, 0.05, 0.02, 300);

    public LiftConfig {
        if (!(heightM >= 0.5 && heightM <= 2.5)) {
            throw new IllegalArgumentException("heightM = " + heightM + " must be in [0.5, 2.5]");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence = " + minConfidence + " must be in [0, 1]");
        }
        positive("pixelSigmaPx", pixelSigmaPx);
        positive("huberPx", huberPx);
        positive("boneSigmaM", boneSigmaM);
        positive("floorSigmaM", floorSigmaM);
        positive("temporalSigmaM", temporalSigmaM);
        positive("priorSigmaM", priorSigmaM);
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations = " + iterations + " must be >= 1");
        }
    }

    /** A copy for a subject of another height. */
    public LiftConfig withHeight(double h) {
        return new LiftConfig(h, minConfidence, pixelSigmaPx, huberPx, boneSigmaM, floorSigmaM, temporalSigmaM,
                priorSigmaM, iterations);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and > 0");
        }
    }
}
