package org.optimusmotion.physics.synth;

/**
 * The error model of a synthetic case (documented with its defaults in docs/synthetic-cases.md).
 * Immutable and validated.
 *
 * @param pixelSigmaPx          2D detector noise, standard deviation per axis, pixels
 * @param dropoutProbability    chance that a keypoint is missing in a frame (confidence 0)
 * @param occlusionProbability  chance per frame and limb side that a low-confidence run starts
 * @param occlusionFrames       length of a low-confidence run, frames
 * @param occlusionNoiseFactor  noise multiplier during a low-confidence run
 * @param outlierProbability    chance that a detection is a gross outlier
 * @param outlierPx             size of a gross outlier, pixels
 * @param jitterM               3D per-frame, per-keypoint jitter, standard deviation per axis, m
 * @param biasM                 amplitude of the slow per-keypoint bias, m
 * @param biasPeriodSeconds     period of the slow bias, s (each keypoint gets a random phase)
 * @param depthDriftMps         drift of the whole body along the camera's viewing direction, m/s
 * @param footSlideM            amplitude of the horizontal sliding of each foot (ankle, toe), m
 * @param footSlideHz           frequency of the foot sliding, Hz
 */
public record SynthNoise(double pixelSigmaPx, double dropoutProbability, double occlusionProbability, int occlusionFrames,
        double occlusionNoiseFactor, double outlierProbability, double outlierPx, double jitterM, double biasM,
        double biasPeriodSeconds, double depthDriftMps, double footSlideM, double footSlideHz) {

    /** Defaults: a decent 2D detector and a monocular 3D estimator of VIBE-like quality. */
    public static final SynthNoise DEFAULT = new SynthNoise(3.0, 0.03, 0.02, 4, 4.0, 0.01, 40.0, 0.015, 0.03, 2.0,
            0.15, 0.03, 1.5);

    public SynthNoise {
        nonNegative("pixelSigmaPx", pixelSigmaPx);
        probability("dropoutProbability", dropoutProbability);
        probability("occlusionProbability", occlusionProbability);
        if (occlusionFrames < 1) {
            throw new IllegalArgumentException("occlusionFrames = " + occlusionFrames + " must be >= 1");
        }
        nonNegative("occlusionNoiseFactor", occlusionNoiseFactor);
        probability("outlierProbability", outlierProbability);
        nonNegative("outlierPx", outlierPx);
        nonNegative("jitterM", jitterM);
        nonNegative("biasM", biasM);
        if (!(biasPeriodSeconds > 0)) {
            throw new IllegalArgumentException("biasPeriodSeconds = " + biasPeriodSeconds + " must be > 0");
        }
        nonNegative("depthDriftMps", depthDriftMps);
        nonNegative("footSlideM", footSlideM);
        nonNegative("footSlideHz", footSlideHz);
    }

    /** No noise at all (for tests). */
    public static SynthNoise none() {
        return new SynthNoise(0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0);
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and >= 0");
        }
    }

    private static void probability(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " = " + v + " must be in [0, 1]");
        }
    }
}
