package org.optimusmotion.physics.spatial;

/** Numerically stable smooth scalar functions used by the soft contact and soft limits. */
public final class Smooth {

    private Smooth() {
    }

    /** softplus(x) = log(1 + e^x), without overflow. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** sigmoid(x) = 1 / (1 + e^-x) = softplus'(x), without overflow. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
