package org.optimusmotion.optimizer.perf;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.Optimus;
import org.optimusmotion.optimizer.learned.OptimusConfig;
import org.optimusmotion.optimizer.learned.nn.Nd4jKernels;
import org.optimusmotion.optimizer.learned.nn.PlainJavaKernels;
import org.optimusmotion.optimizer.learned.nn.TensorKernels;
import org.optimusmotion.optimizer.learned.nn.TextbookAttentionKernels;

/**
 * Plain Java vs ND4J (and vs the textbook attention loop the plain kernels replaced) for Optimus's O(n²) kernel (self-attention, D = 32, 4 heads) and for a whole Optimus
 * step, at n = 10, 100, 250, 1000. Run (docs/optimus-design.md, "Kernel backends"):
 * <pre>
 * ./mvnw -B -q -pl optimizer test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
 * OMP_NUM_THREADS=1 java -cp optimizer/target/test-classes:optimizer/target/classes:$(cat optimizer/target/test-cp.txt) \
 *     org.openjdk.jmh.Main OptimusKernelBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class OptimusKernelBenchmark {

    private static final int DIM = OptimusConfig.DEFAULT_MODEL_DIM;
    private static final int HEADS = OptimusConfig.DEFAULT_HEADS;

    @Param({"10", "100", "250", "1000"})
    public int n;

    @Param({"plain", "textbook", "nd4j"})
    public String backend;

    private TensorKernels kernels;
    private double[] q;
    private double[] k;
    private double[] v;
    private double[] out;
    private double[] scratch;
    private double[] theta;
    private LearnedRun run;

    @Setup(Level.Trial)
    public void setUp() {
        kernels = switch (backend) {
            case "nd4j" -> new Nd4jKernels(1);
            case "textbook" -> TextbookAttentionKernels.INSTANCE;
            default -> PlainJavaKernels.INSTANCE;
        };
        SplittableRandom rng = new SplittableRandom(1);
        q = random(rng, n * DIM);
        k = random(rng, n * DIM);
        v = random(rng, n * DIM);
        out = new double[n * DIM];
        scratch = new double[kernels.attentionScratchLength(n, DIM, HEADS)];
        Optimus optimus = new Optimus(OptimusConfig.defaults(), kernels);
        theta = optimus.initialTheta(1);
        double[] x0 = random(rng, n);
        run = optimus.start(new CountingProblem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                double f = 0;
                for (int i = 0; i < x.length; i++) {
                    f += 0.5 * (i + 1) * x[i] * x[i];
                    gradient[i] = (i + 1) * x[i];
                }
                return f;
            }
        }, x0);
    }

    private static double[] random(SplittableRandom rng, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = rng.nextDouble() * 2 - 1;
        }
        return a;
    }

    @Benchmark
    public double[] attention() {
        kernels.attention(out, q, k, v, n, DIM, HEADS, scratch);
        return out;
    }

    @Benchmark
    public Object optimusStep() {
        return run.step(theta);
    }
}
