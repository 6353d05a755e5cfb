package org.optimusmotion.optimizer.learned.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The ND4J backend computes the same attention as the plain-Java kernels (independent code paths). */
class Nd4jKernelsTest {

    @Test
    void attentionMatchesPlainJava() {
        int n = 9;
        int dim = 8;
        int heads = 2;
        SplittableRandom rng = new SplittableRandom(1);
        double[] q = new double[n * dim];
        double[] k = new double[n * dim];
        double[] v = new double[n * dim];
        for (int i = 0; i < n * dim; i++) {
            q[i] = rng.nextDouble() * 2 - 1;
            k[i] = rng.nextDouble() * 2 - 1;
            v[i] = rng.nextDouble() * 2 - 1;
        }
        double[] plain = new double[n * dim];
        double[] nd4j = new double[n * dim];
        PlainJavaKernels.INSTANCE.attention(plain, q, k, v, n, dim, heads,
                new double[PlainJavaKernels.INSTANCE.attentionScratchLength(n, dim, heads)]);
        new Nd4jKernels(1).attention(nd4j, q, k, v, n, dim, heads, new double[0]);
        double max = 0;
        for (double p : plain) {
            max = Math.max(max, Math.abs(p));
        }
        assertTrue(max > 0.01, "non-trivial output");
        for (int i = 0; i < n * dim; i++) {
            assertEquals(plain[i], nd4j[i], 1e-12, "entry " + i);
        }
    }
}
