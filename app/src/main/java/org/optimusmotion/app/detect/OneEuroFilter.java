package org.optimusmotion.app.detect;

import java.util.Arrays;

/**
 * The One Euro filter (Casiez, Roussel, Vogel, CHI 2012) on a vector of independent channels: an
 * exponential low-pass whose cutoff rises with speed, so a still signal is smoothed hard and a moving
 * one follows with little lag. Per channel and step of {@code dt} seconds:
 * <pre>
 *   α(fc) = 1 / (1 + τ/dt),  τ = 1 / (2π fc)
 *   dx̂ = α(f_d)·s·(x − x̂_prev)/dt + (1 − α(f_d))·dx̂_prev         (s = value scale)
 *   x̂  = α(f_c)·x + (1 − α(f_c))·x̂_prev,   f_c = f_min + β·|dx̂|
 * </pre>
 * The value scale makes the speed relative (MediaPipe's {@code LandmarksSmoothingCalculator} uses
 * 1 / object size for image landmarks). Allocation-free; not thread-safe.
 */
public final class OneEuroFilter {

    private final double minCutoffHz;
    private final double beta;
    private final double derivativeCutoffHz;
    private final double[] previous;
    private final double[] previousDerivative;
    private boolean started;

    /**
     * @param channels           values filtered together (each on its own), > 0
     * @param minCutoffHz        cutoff for a still signal, Hz, > 0
     * @param beta               cutoff increase per unit of scaled speed, ≥ 0
     * @param derivativeCutoffHz cutoff of the speed estimate, Hz, > 0
     */
    public OneEuroFilter(int channels, double minCutoffHz, double beta, double derivativeCutoffHz) {
        if (channels <= 0) {
            throw new IllegalArgumentException("channels must be > 0, got " + channels);
        }
        if (!(minCutoffHz > 0) || !(beta >= 0) || !(derivativeCutoffHz > 0)) {
            throw new IllegalArgumentException("need minCutoffHz > 0, beta >= 0, derivativeCutoffHz > 0, got " + minCutoffHz
                    + ", " + beta + ", " + derivativeCutoffHz);
        }
        this.minCutoffHz = minCutoffHz;
        this.beta = beta;
        this.derivativeCutoffHz = derivativeCutoffHz;
        this.previous = new double[channels];
        this.previousDerivative = new double[channels];
    }

    /** Forgets the past: the next value passes unchanged (after a tracking loss). */
    public void reset() {
        started = false;
        Arrays.fill(previousDerivative, 0);
    }

    /**
     * Filters {@code values} (length = channels) in place.
     *
     * @param dtSeconds  time since the previous call, > 0
     * @param valueScale multiplies differences before the speed is computed (1 / object size), > 0
     */
    public void filter(double[] values, double dtSeconds, double valueScale) {
        if (values.length != previous.length) {
            throw new IllegalArgumentException("expected " + previous.length + " values, got " + values.length);
        }
        if (!started) {
            System.arraycopy(values, 0, previous, 0, values.length);
            started = true;
            return;
        }
        double alphaD = alpha(derivativeCutoffHz, dtSeconds);
        for (int i = 0; i < values.length; i++) {
            double derivative = valueScale * (values[i] - previous[i]) / dtSeconds;
            double dHat = alphaD * derivative + (1 - alphaD) * previousDerivative[i];
            double alpha = alpha(minCutoffHz + beta * Math.abs(dHat), dtSeconds);
            double xHat = alpha * values[i] + (1 - alpha) * previous[i];
            previous[i] = xHat;
            previousDerivative[i] = dHat;
            values[i] = xHat;
        }
    }

    static double alpha(double cutoffHz, double dtSeconds) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau / dtSeconds);
    }
}
