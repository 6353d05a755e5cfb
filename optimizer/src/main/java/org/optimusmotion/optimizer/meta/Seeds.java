package org.optimusmotion.optimizer.meta;

import java.util.SplittableRandom;

/**
 * Deterministic derivation of random streams from (seed, outer step, particle, purpose), so that
 * meta-training gives the same result for any thread count and can resume from a checkpoint without
 * storing generator internals.
 */
public final class Seeds {

    private Seeds() {
    }

    /** SplitMix64 finaliser (Steele et al. 2014) applied to a running combination of the parts. */
    public static long mix(long seed, long a, long b, long c) {
        long z = seed;
        z = splitMix(z ^ splitMix(a + 0x9E3779B97F4A7C15L));
        z = splitMix(z ^ splitMix(b + 0xBF58476D1CE4E5B9L));
        z = splitMix(z ^ splitMix(c + 0x94D049BB133111EBL));
        return z;
    }

    /** A generator for the stream identified by the parts. */
    public static SplittableRandom stream(long seed, long a, long b, long c) {
        return new SplittableRandom(mix(seed, a, b, c));
    }

    private static long splitMix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Standard normal by Box–Muller. */
    public static double gaussian(SplittableRandom rng) {
        double u1 = 1.0 - rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
