package org.optimusmotion.optimizer.learned.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainJavaKernelsTest {

    @ParameterizedTest
    @CsvSource({"37, 32, 4", "37, 12, 2", "5, 8, 8"})
    void attentionIsTheTextbookAttentionToTheLastBit(int n, int dim, int heads) {
        // The shipped weights' results were measured with the textbook loop; the reordered memory layout
        // and the width-8 fast path must not change a single bit (the arithmetic and its order are the same).
        SplittableRandom r = new SplittableRandom(5);
        double[] q = r.doubles(n * dim, -2, 2).toArray();
        double[] k = r.doubles(n * dim, -2, 2).toArray();
        double[] v = r.doubles(n * dim, -2, 2).toArray();
        double[] out = new double[n * dim];
        PlainJavaKernels kernels = PlainJavaKernels.INSTANCE;
        kernels.attention(out, q, k, v, n, dim, heads, new double[kernels.attentionScratchLength(n, dim, heads)]);
        double[] expected = new double[n * dim];
        TextbookAttentionKernels.INSTANCE.attention(expected, q, k, v, n, dim, heads, new double[n]);
        for (int i = 0; i < out.length; i++) {
            assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]), "element " + i);
        }
    }

    @Test
    void twoTokensByHand() {
        // One head of width 1: scores q_i k_j = {0, 0} for token 0 (q = 0), so token 0 averages the values;
        // token 1 (q = ln 3, k = {0, 1}) weighs them 1 : 3.
        double[] q = {0, Math.log(3)};
        double[] k = {0, 1};
        double[] v = {10, 20};
        double[] out = new double[2];
        PlainJavaKernels.INSTANCE.attention(out, q, k, v, 2, 1, 1,
                new double[PlainJavaKernels.INSTANCE.attentionScratchLength(2, 1, 1)]);
        assertArrayEquals(new double[] {15, 17.5}, out, 1e-12);
    }
}
