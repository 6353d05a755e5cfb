package org.optimusmotion.physics.spatial;

/**
 * Numerically stable smooth scalar functions used by the soft contact and soft limits. They use
 * {@link StrictMath}: {@code Math.exp} may differ by an ulp between interpreted and JIT-compiled code,
 * which made rollouts non-reproducible and finite-difference checks noisy.
 */
public final class Smooth {

    private Smooth() {
    }

    /** softplus(x) = log(1 + e^x), without overflow. */
    public static double softplus(double x) {
        return x > 0 ? x + StrictMath.log1p(StrictMath.exp(-x)) : StrictMath.log1p(StrictMath.exp(x));
    }

    /** sigmoid(x) = 1 / (1 + e^-x) = softplus'(x), without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + StrictMath.exp(-x));
        }
        double e = StrictMath.exp(x);
        return e / (1 + e);
    }
}
