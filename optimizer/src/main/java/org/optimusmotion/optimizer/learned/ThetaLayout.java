package org.optimusmotion.optimizer.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Assigns named blocks of the flat meta-parameter vector θ and initialises them. Built once per
 * architecture; immutable after {@link #freeze()}.
 */
final class ThetaLayout {

    private enum Init { ZERO, ONE, NORMAL }

    private record Block(String name, int offset, int size, Init init, double std) {
    }

    /** Normal initialisations are truncated at this many standard deviations (like truncated_normal). */
    private static final double TRUNCATION_STDS = 2.0;

    private final List<Block> blocks = new ArrayList<>();
    private int length;
    private boolean frozen;

    int zeros(String name, int size) {
        return add(name, size, Init.ZERO, 0);
    }

    int ones(String name, int size) {
        return add(name, size, Init.ONE, 0);
    }

    /** A block drawn from a normal truncated at ±2σ. */
    int normal(String name, int size, double std) {
        return add(name, size, Init.NORMAL, std);
    }

    /** A (fanIn × fanOut) weight matrix with σ = 1/√fanIn, as in the reference MLP. */
    int weights(String name, int fanIn, int fanOut) {
        return normal(name, fanIn * fanOut, 1.0 / Math.sqrt(fanIn));
    }

    private int add(String name, int size, Init init, double std) {
        if (frozen) {
            throw new IllegalStateException("layout is frozen");
        }
        int offset = length;
        blocks.add(new Block(name, offset, size, init, std));
        length += size;
        return offset;
    }

    ThetaLayout freeze() {
        frozen = true;
        return this;
    }

    int length() {
        return length;
    }

    double[] initialise(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] theta = new double[length];
        for (Block b : blocks) {
            for (int i = 0; i < b.size; i++) {
                theta[b.offset + i] = switch (b.init) {
                    case ZERO -> 0.0;
                    case ONE -> 1.0;
                    case NORMAL -> b.std * truncatedGaussian(rng);
                };
            }
        }
        return theta;
    }

    static double truncatedGaussian(SplittableRandom rng) {
        while (true) {
            double g = gaussian(rng);
            if (Math.abs(g) <= TRUNCATION_STDS) {
                return g;
            }
        }
    }

    /** Standard normal by Box–Muller (SplittableRandom has no nextGaussian on Java 17). */
    static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
