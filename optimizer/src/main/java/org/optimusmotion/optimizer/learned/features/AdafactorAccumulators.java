package org.optimusmotion.optimizer.learned.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Per-coordinate accumulators of the AdafactorMLP features for one 1-D parameter vector of length n
 * (PAPERS.md A.2; learned_optimization {@code learned_optimizers/common.py}). All start at 0; there is
 * no bias correction.
 *
 * <p>Mutable, preallocated, not thread-safe. Belongs to one optimizer run.
 */
public final class AdafactorAccumulators {

    /** Added to g² inside the Adafactor accumulator (reference value). */
    static final double ADAFACTOR_G2_EPS = 1e-30;

    private final int n;
    /** Momenta, (3 × n): m[k*n + i]. */
    final double[] momentum;
    /** RMS accumulator v, (n). */
    final double[] rms;
    /** Non-factored Adafactor accumulators v̂, (3 × n). */
    final double[] adafactor;
    /** Completed updates (the reference's {@code iteration}). */
    private int iteration;

    public AdafactorAccumulators(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("dimension n must be >= 0, was " + n);
        }
        this.n = n;
        this.momentum = new double[AdafactorDecays.DECAY_COUNT * n];
        this.rms = new double[n];
        this.adafactor = new double[AdafactorDecays.DECAY_COUNT * n];
    }

    public int dimension() {
        return n;
    }

    /** Updates performed so far; the step features use this value before it is incremented. */
    public int iteration() {
        return iteration;
    }

    /**
     * Folds one gradient into every accumulator, in place.
     *
     * @param gradient length n. Not modified.
     * @param decays   length 7 from {@link AdafactorDecays#decaysInto}. Not modified.
     */
    public void update(double[] gradient, double[] decays) {
        for (int k = 0; k < AdafactorDecays.DECAY_COUNT; k++) {
            double bm = decays[k];
            double ba = decays[AdafactorDecays.DECAY_COUNT + 1 + k];
            int o = k * n;
            for (int i = 0; i < n; i++) {
                double g = gradient[i];
                // m_k <- β m_k + (1-β) g
                momentum[o + i] = bm * momentum[o + i] + (1 - bm) * g;
                // v̂_k <- β v̂_k + (1-β)(g² + 1e-30)
                adafactor[o + i] = ba * adafactor[o + i] + (1 - ba) * (g * g + ADAFACTOR_G2_EPS);
            }
        }
        double br = decays[AdafactorDecays.DECAY_COUNT];
        for (int i = 0; i < n; i++) {
            double g = gradient[i];
            // v <- β v + (1-β) g²
            rms[i] = br * rms[i] + (1 - br) * g * g;
        }
    }

    /** Marks the end of one optimizer step (the reference increments after computing features). */
    public void advanceIteration() {
        iteration++;
    }

    /** Clears everything back to the initial state. */
    public void reset() {
        Arrays.fill(momentum, 0);
        Arrays.fill(rms, 0);
        Arrays.fill(adafactor, 0);
        iteration = 0;
    }

    /** Writes the state (for meta-training checkpoints). */
    public void write(DataOutput out) throws IOException {
        out.writeInt(n);
        out.writeInt(iteration);
        writeArray(out, momentum);
        writeArray(out, rms);
        writeArray(out, adafactor);
    }

    /** Reads a state written by {@link #write} for the same dimension. */
    public void read(DataInput in) throws IOException {
        int nIn = in.readInt();
        if (nIn != n) {
            throw new IOException("accumulator dimension " + nIn + " does not match run dimension " + n);
        }
        iteration = in.readInt();
        readArray(in, momentum);
        readArray(in, rms);
        readArray(in, adafactor);
    }

    static void writeArray(DataOutput out, double[] a) throws IOException {
        for (double v : a) {
            out.writeDouble(v);
        }
    }

    static void readArray(DataInput in, double[] a) throws IOException {
        for (int i = 0; i < a.length; i++) {
            a[i] = in.readDouble();
        }
    }
}
