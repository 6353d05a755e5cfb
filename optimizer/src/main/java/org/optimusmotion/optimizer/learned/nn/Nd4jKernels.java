package org.optimusmotion.optimizer.learned.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * {@link TensorKernels} on ND4J 1.0.0-M2.1 (OpenBLAS), in double precision. Each call copies its inputs
 * into off-heap arrays and its result back, and ND4J costs 6–20 µs per operation (NOTES-deps.md), so this
 * backend only pays off when one operation is large: attention over n ≳ several hundred tokens. Linear
 * layers are delegated to {@link PlainJavaKernels} (O(n·D²), never large enough here). Which backend
 * Optimus uses at which n follows {@code OptimusKernelBenchmark}.
 *
 * <p>Allocates (off-heap) per call, unlike the plain kernels. The first use loads the natives (~4 s).
 * Thread-safe as far as ND4J is; the OpenMP thread count is set once, process-wide.
 */
public final class Nd4jKernels implements TensorKernels {

    private static volatile boolean configured;

    /**
     * @param ompThreads OpenMP/BLAS threads for ND4J, process-wide, at least 1. Oversubscribing busy cores
     *                   makes ND4J collapse (spin-waits), so pass what the machine can spare.
     */
    public Nd4jKernels(int ompThreads) {
        if (ompThreads < 1) {
            throw new IllegalArgumentException("ompThreads must be >= 1, was " + ompThreads);
        }
        synchronized (Nd4jKernels.class) {
            if (!configured) {
                Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
                Nd4j.getEnvironment().setMaxThreads(ompThreads);
                Nd4j.getEnvironment().setMaxMasterThreads(ompThreads);
                configured = true;
            }
        }
    }

    @Override
    public void linear(double[] out, double[] in, int rows, int inDim, int outDim,
                       double[] theta, int wOff, int bOff, boolean accumulate) {
        PlainJavaKernels.INSTANCE.linear(out, in, rows, inDim, outDim, theta, wOff, bOff, accumulate);
    }

    @Override
    public int attentionScratchLength(int n, int dim, int heads) {
        return 0;
    }

    @Override
    public void attention(double[] out, double[] q, double[] k, double[] v, int n, int dim, int heads,
                          double[] scratch) {
        int dh = dim / heads;
        double scale = 1.0 / Math.sqrt(dh);
        INDArray qm = matrix(q, n, dim);
        INDArray km = matrix(k, n, dim);
        INDArray vm = matrix(v, n, dim);
        INDArray result = Nd4j.create(DataType.DOUBLE, n, dim);
        for (int h = 0; h < heads; h++) {
            INDArray qh = qm.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh));
            INDArray kh = km.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh));
            INDArray vh = vm.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh));
            // P = softmax_rows(Q_h K_hᵀ / √dh);  O_h = P V_h
            INDArray scores = qh.mmul(kh.transpose()).muli(scale);
            INDArray p = Transforms.softmax(scores, false);
            result.get(NDArrayIndex.all(), NDArrayIndex.interval(h * dh, (h + 1) * dh)).assign(p.mmul(vh));
        }
        double[] data = result.data().asDouble();
        System.arraycopy(data, 0, out, 0, n * dim);
    }

    private static INDArray matrix(double[] a, int rows, int cols) {
        double[] exact = a.length == rows * cols ? a : java.util.Arrays.copyOf(a, rows * cols);
        return Nd4j.create(exact, new long[] {rows, cols}, 'c');
    }
}
