package org.optimusmotion.optimizer.meta;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The outer optimiser: Adam (Kingma &amp; Ba 2015, with bias correction) on θ after clipping each gradient
 * entry to [−clip, clip] (learned_optimization {@code GradientClipOptimizer}, clip by value 3.0). NaN
 * gradient entries count as 0. Mutable (moments, step count); not thread-safe.
 */
public final class ClippedAdam {

    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;

    private final double learningRate;
    private final double clip;
    private final double[] m;
    private final double[] v;
    private long t;

    /**
     * @param length       |θ|
     * @param learningRate &gt; 0
     * @param clip         &gt; 0
     */
    public ClippedAdam(int length, double learningRate, double clip) {
        if (!(learningRate > 0) || !(clip > 0)) {
            throw new IllegalArgumentException("learningRate and clip must be > 0, were " + learningRate + " and " + clip);
        }
        this.learningRate = learningRate;
        this.clip = clip;
        this.m = new double[length];
        this.v = new double[length];
    }

    /**
     * θ ← θ − lr·m̂/(√v̂ + ε) with clipped gradient.
     *
     * @param theta    Modified.
     * @param gradient Not modified.
     */
    public void update(double[] theta, double[] gradient) {
        t++;
        double c1 = 1 - Math.pow(BETA1, t);
        double c2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            double g = gradient[i];
            g = Double.isNaN(g) ? 0 : Math.max(-clip, Math.min(clip, g));
            m[i] = BETA1 * m[i] + (1 - BETA1) * g;
            v[i] = BETA2 * v[i] + (1 - BETA2) * g * g;
            theta[i] -= learningRate * (m[i] / c1) / (Math.sqrt(v[i] / c2) + EPSILON);
        }
    }

    public long steps() {
        return t;
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(t);
        out.writeInt(m.length);
        for (int i = 0; i < m.length; i++) {
            out.writeDouble(m[i]);
            out.writeDouble(v[i]);
        }
    }

    void read(DataInput in) throws IOException {
        t = in.readLong();
        int len = in.readInt();
        if (len != m.length) {
            throw new IOException("checkpoint Adam state has " + len + " entries, θ has " + m.length);
        }
        for (int i = 0; i < len; i++) {
            m[i] = in.readDouble();
            v[i] = in.readDouble();
        }
    }
}
