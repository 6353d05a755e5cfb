package org.optimusmotion.optimizer.meta;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Persistent Evolution Strategies (Vicol, Metz, Sohl-Dickstein, ICML 2021; learned_optimization
 * {@code truncated_pes.py}, PAPERS.md B.1). Per outer step and particle j: ε_j ~ N(0, σ²I); unroll the
 * + copy with θ+ε_j and the − copy with θ−ε_j for K steps on the same task; with ΔL_t = L⁺_t − L⁻_t,
 * mask m_t, fin_t (1 from the step at which the episode ended) and D = Σ m_t:
 * <pre>
 *   a_j = Σ ΔL_t (1−fin_t) m_t / D      (old episode)     b_j = Σ ΔL_t fin_t m_t / D   (new episode)
 *   A_j = ξ_j + ε_j                      g_j = (a_j A_j + b_j ε_j) / (2σ²)
 *   ξ_j ← ε_j if the episode ended in this truncation, else A_j;    ĝ = mean_j g_j
 * </pre>
 * With {@link PesConfig#libraryFinAttribution()} (default) fin is 1 already on the step at which the
 * episode ended, as in the reference (that step's loss, still the old episode's, is weighted by ε_j
 * only); otherwise from the next step, and ξ_j ← 0 when the episode ended on the truncation's last step.
 *
 * <p>Particles run in parallel with a fixed assignment (particle j on thread j mod T) and are reduced in
 * particle order, so results are bit-identical for any thread count. Not thread-safe itself.
 */
public final class PesEstimator implements GradientEstimator {

    private static final long EPSILON_STREAM = 1;

    private final TruncatedUnroll unroll;
    private final PesConfig config;
    private final long seed;
    private final int thetaLength;
    private final PesWorkerState[] workers;
    private final double[][] eps;
    private final double[][] thetaPos;
    private final double[][] thetaNeg;
    private final double[][] particleGrad;
    private final double[] particleLoss;
    private final UnrollTrace[] traces;
    private final ExecutorService pool;
    private final int trainedPrefix;

    public PesEstimator(TruncatedUnroll unroll, PesConfig config, long seed) {
        this(unroll, config, seed, unroll.optimizer().thetaLength());
    }

    /**
     * @param trainedPrefix only θ[0, trainedPrefix) is perturbed, so the estimate is zero elsewhere (fine-tuning
     *                      a few global meta-parameters with far less noise than all of θ)
     */
    public PesEstimator(TruncatedUnroll unroll, PesConfig config, long seed, int trainedPrefix) {
        if (trainedPrefix < 1 || trainedPrefix > unroll.optimizer().thetaLength()) {
            throw new IllegalArgumentException("trainedPrefix must be in [1, " + unroll.optimizer().thetaLength()
                    + "], was " + trainedPrefix);
        }
        this.trainedPrefix = trainedPrefix;
        if (unroll.truncationLength() != config.truncationLength()) {
            throw new IllegalArgumentException("unroll truncation length " + unroll.truncationLength()
                    + " differs from the PES truncation length " + config.truncationLength());
        }
        this.unroll = unroll;
        this.config = config;
        this.seed = seed;
        this.thetaLength = unroll.optimizer().thetaLength();
        int p = config.particles();
        workers = new PesWorkerState[p];
        eps = new double[p][thetaLength];
        thetaPos = new double[p][thetaLength];
        thetaNeg = new double[p][thetaLength];
        particleGrad = new double[p][thetaLength];
        particleLoss = new double[p];
        traces = new UnrollTrace[p];
        for (int j = 0; j < p; j++) {
            workers[j] = unroll.initWorker(j);
            traces[j] = new UnrollTrace(config.truncationLength());
        }
        pool = config.threads() > 1 ? Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "pes-worker");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    /** The particle states (live; for tests). */
    PesWorkerState worker(int j) {
        return workers[j];
    }

    @Override
    public GradientEstimate estimate(double[] theta, long outerStep) {
        int p = config.particles();
        if (pool == null) {
            for (int j = 0; j < p; j++) {
                runParticle(theta, outerStep, j);
            }
        } else {
            int threads = config.threads();
            List<Future<?>> futures = new ArrayList<>(threads);
            for (int w = 0; w < threads; w++) {
                int first = w;
                futures.add(pool.submit(() -> {
                    for (int j = first; j < p; j += threads) {
                        runParticle(theta, outerStep, j);
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while estimating", e);
                } catch (ExecutionException e) {
                    throw new IllegalStateException("PES particle failed", e.getCause());
                }
            }
        }
        // ĝ = mean_j g_j, reduced in particle order (deterministic for any thread count)
        double[] grad = new double[thetaLength];
        double loss = 0;
        for (int j = 0; j < p; j++) {
            double[] g = particleGrad[j];
            for (int i = 0; i < thetaLength; i++) {
                grad[i] += g[i];
            }
            loss += particleLoss[j];
        }
        for (int i = 0; i < thetaLength; i++) {
            double gi = grad[i] / p;
            grad[i] = Double.isNaN(gi) ? 0 : gi;
        }
        loss /= p;
        return new GradientEstimate(grad, Double.isNaN(loss) ? MetaLoss.PENALTY : loss);
    }

    private void runParticle(double[] theta, long outerStep, int j) {
        double std = config.std();
        double[] e = eps[j];
        double[] tp = thetaPos[j];
        double[] tn = thetaNeg[j];
        SplittableRandom rng = Seeds.stream(seed, outerStep, j, EPSILON_STREAM);
        for (int i = 0; i < thetaLength; i++) {
            // drawn for every entry so that the random stream does not depend on the prefix
            double g = Seeds.gaussian(rng);
            double ei = i < trainedPrefix ? std * g : 0;
            e[i] = ei;
            tp[i] = theta[i] + ei;
            tn[i] = theta[i] - ei;
        }
        UnrollTrace tr = traces[j];
        workers[j] = unroll.unroll(workers[j], tp, tn, outerStep, j, tr);
        int k = config.truncationLength();
        int finFrom = tr.doneAt < 0 ? k : (config.libraryFinAttribution() ? tr.doneAt : tr.doneAt + 1);
        double denom = 0;
        double a = 0;
        double b = 0;
        double lossPos = 0;
        double lossNeg = 0;
        for (int t = 0; t < k; t++) {
            double m = tr.mask[t];
            denom += m;
            double dl = (tr.lossPos[t] - tr.lossNeg[t]) * m;
            if (t < finFrom) {
                a += dl;
            } else {
                b += dl;
            }
            lossPos += tr.lossPos[t] * m;
            lossNeg += tr.lossNeg[t] * m;
        }
        if (denom > 0) {
            a /= denom;
            b /= denom;
            particleLoss[j] = 0.5 * (lossPos + lossNeg) / denom;
        } else {
            a = 0;
            b = 0;
            particleLoss[j] = 0;
        }
        // g_j = (a A_j + b ε_j) / (2σ²),  A_j = ξ_j + ε_j
        double[] acc = workers[j].accumulator();
        double[] g = particleGrad[j];
        double factor = 1.0 / (2 * std * std);
        boolean ended = tr.doneAt >= 0;
        boolean endedOnLastStep = tr.doneAt == k - 1;
        for (int i = 0; i < thetaLength; i++) {
            double bigA = acc[i] + e[i];
            g[i] = (a * bigA + b * e[i]) * factor;
            if (!ended) {
                acc[i] = bigA;
            } else if (!config.libraryFinAttribution() && endedOnLastStep) {
                acc[i] = 0;
            } else {
                acc[i] = e[i];
            }
        }
    }

    @Override
    public void writeState(DataOutput out) throws IOException {
        out.writeInt(workers.length);
        for (PesWorkerState w : workers) {
            unroll.writeWorker(out, w);
        }
    }

    @Override
    public void readState(DataInput in) throws IOException {
        int p = in.readInt();
        if (p != workers.length) {
            throw new IOException("checkpoint has " + p + " PES particles, the configuration " + workers.length);
        }
        for (int j = 0; j < p; j++) {
            workers[j] = unroll.readWorker(in);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
