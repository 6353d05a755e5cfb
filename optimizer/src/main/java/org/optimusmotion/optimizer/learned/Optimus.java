package org.optimusmotion.optimizer.learned;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.learned.features.AdafactorDecays;
import org.optimusmotion.optimizer.learned.features.AdafactorFeatures;
import org.optimusmotion.optimizer.learned.nn.NnOps;
import org.optimusmotion.optimizer.learned.nn.PlainJavaKernels;
import org.optimusmotion.optimizer.learned.nn.TensorKernels;

/**
 * Optimus (Gärtner et al., "Transformer-Based Learned Optimization", CVPR 2023): a Transformer over the
 * problem's parameters predicts rank-one updates of a preconditioner B and, in a per-parameter branch, a
 * step s; the update is {@code x ← x − B s}.
 *
 * <p>Per step k (PAPERS.md C.2; our reconstruction where the paper's equations were not readable):
 * <ol>
 *   <li>Adafactor features F (n × 39) from the updated accumulators.</li>
 *   <li>Tokens = coordinates: h = F W_e + b_e (n × D). No positional encoding, so the network is
 *       permutation equivariant and runs at any n without retraining.</li>
 *   <li>L pre-LN encoders: h += MHA(LN(h)); h += W₂ GELU(W₁ LN(h)). After encoder l a per-parameter
 *       head gives u_l = LN(h) w_l + b_l (n).</li>
 *   <li>B̃ = B_k + Σ_l u_l u_lᵀ (B₀ = I); B_{k+1} = B̃ / ν(B̃) with ν from {@link PreconditionerNorm}.
 *       B stays symmetric positive semi-definite (a positive multiple of PSD + PSD).</li>
 *   <li>Step branch: two-layer ReLU MLP on [F_i, LN(h_i)] → (d_i, a_i); s_i = d_i·exp(a_i·λ_exp)·λ_step·exp(10·θ_logStep).</li>
 *   <li>U = B_{k+1} s (the freshly updated B, so step 0 already uses the network's u_l); x ← x − U.</li>
 * </ol>
 * Cost per step O(n²·D) (attention) + O(n²·L) (B); memory O(n²) for the dense B, kept up to
 * {@link OptimusConfig#maxDenseDimension()} (default 2000, 32 MB); larger problems are refused with a
 * message (no silent fallback).
 *
 * <p>Immutable and thread-safe; all iteration state lives in the run.
 */
public final class Optimus implements LearnedOptimizer {

    private final OptimusConfig config;
    private final TensorKernels kernels;
    private final ThetaLayout layout = new ThetaLayout();
    private final int decayOffset;
    private final int logStepOffset;
    private final int embedW;
    private final int embedB;
    private final Encoder[] encoders;
    private final int finalLnG;
    private final int finalLnB;
    private final int step1W;
    private final int step1B;
    private final int step2W;
    private final int step2B;
    private final int step3W;
    private final int step3B;

    /** θ offsets of one encoder block. */
    private record Encoder(int ln1G, int ln1B, int wq, int bq, int wk, int bk, int wv, int bv, int wo, int bo,
                           int ln2G, int ln2B, int w1, int b1, int w2, int b2,
                           int lnUG, int lnUB, int wu, int bu) {
    }

    public Optimus(OptimusConfig config) {
        this(config, PlainJavaKernels.INSTANCE);
    }

    public Optimus(OptimusConfig config, TensorKernels kernels) {
        this.config = config;
        this.kernels = kernels;
        int f = AdafactorFeatures.FEATURE_COUNT;
        int d = config.modelDim();
        int ff = config.ffnDim();
        decayOffset = layout.zeros("decayOffsets", AdafactorDecays.OFFSET_COUNT);
        logStepOffset = layout.zeros("logStepScale", 1);
        embedW = layout.weights("embed.w", f, d);
        embedB = layout.zeros("embed.b", d);
        encoders = new Encoder[config.encoderLayers()];
        for (int l = 0; l < encoders.length; l++) {
            String p = "enc" + l + ".";
            encoders[l] = new Encoder(
                    layout.ones(p + "ln1.g", d), layout.zeros(p + "ln1.b", d),
                    layout.weights(p + "wq", d, d), layout.zeros(p + "bq", d),
                    layout.weights(p + "wk", d, d), layout.zeros(p + "bk", d),
                    layout.weights(p + "wv", d, d), layout.zeros(p + "bv", d),
                    layout.weights(p + "wo", d, d), layout.zeros(p + "bo", d),
                    layout.ones(p + "ln2.g", d), layout.zeros(p + "ln2.b", d),
                    layout.weights(p + "w1", d, ff), layout.zeros(p + "b1", ff),
                    layout.weights(p + "w2", ff, d), layout.zeros(p + "b2", d),
                    layout.ones(p + "lnU.g", d), layout.zeros(p + "lnU.b", d),
                    layout.normal(p + "u.w", d, config.rankOneInitStd()), layout.zeros(p + "u.b", 1));
        }
        finalLnG = layout.ones("lnF.g", d);
        finalLnB = layout.zeros("lnF.b", d);
        int h = config.stepHiddenDim();
        step1W = layout.weights("step1.w", f + d, h);
        step1B = layout.zeros("step1.b", h);
        step2W = layout.weights("step2.w", h, h);
        step2B = layout.zeros("step2.b", h);
        step3W = layout.weights("step3.w", h, 2);
        step3B = layout.zeros("step3.b", 2);
        layout.freeze();
    }

    public OptimusConfig config() {
        return config;
    }

    @Override
    public int logStepScaleIndex() {
        return logStepOffset;
    }

    @Override
    public LearnedOptimizerKind kind() {
        return LearnedOptimizerKind.OPTIMUS;
    }

    @Override
    public int thetaLength() {
        return layout.length();
    }

    @Override
    public double[] initialTheta(long seed) {
        return layout.initialise(seed);
    }

    @Override
    public Map<String, String> configHeader() {
        return config.toHeader();
    }

    @Override
    public LearnedRun start(Problem problem, double[] x0) {
        int n = problem.dimension();
        if (n > config.maxDenseDimension()) {
            throw new IllegalArgumentException("Optimus keeps a dense " + n + "x" + n + " preconditioner only up to n = "
                    + config.maxDenseDimension() + " (OptimusConfig.maxDenseDimension); this problem has n = " + n);
        }
        return new Run(problem, x0);
    }

    private final class Run extends AbstractLearnedRun {
        private final int d = config.modelDim();
        private final int ff = config.ffnDim();
        private final int stepIn = AdafactorFeatures.FEATURE_COUNT + d;
        /** Residual stream (n × D). */
        private final double[] h;
        /** Normalised stream (n × D). */
        private final double[] z;
        private final double[] q;
        private final double[] k;
        private final double[] v;
        private final double[] att;
        /** Feed-forward hidden (n × ffn). */
        private final double[] hidden;
        /** Rank-one vectors (L × n). */
        private final double[] u;
        /** Step branch input (n × (39 + D)) and hidden layers (n × H). */
        private final double[] branchIn;
        private final double[] branch1;
        private final double[] branch2;
        /** (d_i, a_i) interleaved (n × 2). */
        private final double[] da;
        private final double[] s;
        private final double[] scratch;
        private final double[] attentionScratch;
        /** Preconditioner B (n × n), row-major, symmetric PSD. */
        private final double[] b;

        Run(Problem problem, double[] x0) {
            super(problem, x0, decayOffset);
            h = new double[n * d];
            z = new double[n * d];
            q = new double[n * d];
            k = new double[n * d];
            v = new double[n * d];
            att = new double[n * d];
            hidden = new double[n * ff];
            u = new double[encoders.length * n];
            branchIn = new double[n * stepIn];
            branch1 = new double[n * config.stepHiddenDim()];
            branch2 = new double[n * config.stepHiddenDim()];
            da = new double[2 * n];
            s = new double[n];
            scratch = new double[n];
            attentionScratch = new double[kernels.attentionScratchLength(n, d, config.heads())];
            b = new double[n * n];
            setIdentity(b, n);
        }

        @Override
        protected void restartModelState() {
            setIdentity(b, n);
        }

        @Override
        protected void computeUpdate(double[] theta) {
            int f = AdafactorFeatures.FEATURE_COUNT;
            // h = F W_e + b_e
            kernels.linear(h, features, n, f, d, theta, embedW, embedB, false);
            for (int l = 0; l < encoders.length; l++) {
                Encoder e = encoders[l];
                // h += W_o MHA(LN1(h)) + b_o
                NnOps.layerNorm(z, h, n, d, theta, e.ln1G, e.ln1B);
                kernels.linear(q, z, n, d, d, theta, e.wq, e.bq, false);
                kernels.linear(k, z, n, d, d, theta, e.wk, e.bk, false);
                kernels.linear(v, z, n, d, d, theta, e.wv, e.bv, false);
                kernels.attention(att, q, k, v, n, d, config.heads(), attentionScratch);
                kernels.linear(h, att, n, d, d, theta, e.wo, e.bo, true);
                // h += W_2 GELU(W_1 LN2(h) + b_1) + b_2
                NnOps.layerNorm(z, h, n, d, theta, e.ln2G, e.ln2B);
                kernels.linear(hidden, z, n, d, ff, theta, e.w1, e.b1, false);
                NnOps.geluInPlace(hidden, n * ff);
                kernels.linear(h, hidden, n, ff, d, theta, e.w2, e.b2, true);
                // u_l = LN_u(h) w_l + b_l   (one rank-one term per encoder)
                NnOps.layerNorm(z, h, n, d, theta, e.lnUG, e.lnUB);
                kernels.linear(scratch, z, n, d, 1, theta, e.wu, e.bu, false);
                System.arraycopy(scratch, 0, u, l * n, n);
            }
            // step branch on [F_i, LN_f(h_i)]
            NnOps.layerNorm(z, h, n, d, theta, finalLnG, finalLnB);
            for (int i = 0; i < n; i++) {
                System.arraycopy(features, i * f, branchIn, i * stepIn, f);
                System.arraycopy(z, i * d, branchIn, i * stepIn + f, d);
            }
            int hd = config.stepHiddenDim();
            kernels.linear(branch1, branchIn, n, stepIn, hd, theta, step1W, step1B, false);
            NnOps.reluInPlace(branch1, n * hd);
            kernels.linear(branch2, branch1, n, hd, hd, theta, step2W, step2B, false);
            NnOps.reluInPlace(branch2, n * hd);
            kernels.linear(da, branch2, n, hd, 2, theta, step3W, step3B, false);
            StepOutput.stepsInto(s, da, n, config.expMult(), config.stepMult(), theta[logStepOffset]);
            updatePreconditionerAndApply();
        }

        /** B ← (B + Σ_l u_l u_lᵀ)/ν, then update = B s. A non-finite u leaves B untouched and the update NaN. */
        private void updatePreconditionerAndApply() {
            int layers = encoders.length;
            for (int i = 0; i < layers * n; i++) {
                if (!Double.isFinite(u[i])) {
                    java.util.Arrays.fill(update, Double.NaN);
                    return;
                }
            }
            double trace = 0;
            double frobenius2 = 0;
            for (int i = 0; i < n; i++) {
                int row = i * n;
                for (int l = 0; l < layers; l++) {
                    double a = u[l * n + i];
                    int ul = l * n;
                    for (int j = 0; j < n; j++) {
                        b[row + j] += a * u[ul + j];
                    }
                }
                trace += b[row + i];
                if (config.norm() == PreconditionerNorm.FROBENIUS) {
                    for (int j = 0; j < n; j++) {
                        frobenius2 += b[row + j] * b[row + j];
                    }
                }
            }
            double scale = switch (config.norm()) {
                case TRACE_OVER_N -> n / trace;
                case FROBENIUS -> 1.0 / Math.sqrt(frobenius2);
            };
            // B ← scale·B̃ ; U = B s
            for (int i = 0; i < n; i++) {
                int row = i * n;
                double acc = 0;
                for (int j = 0; j < n; j++) {
                    double bij = b[row + j] * scale;
                    b[row + j] = bij;
                    acc += bij * s[j];
                }
                update[i] = acc;
            }
        }

        /** Copy of B (n × n) for tests and diagnostics. */
        double[] preconditionerCopy() {
            return b.clone();
        }

        @Override
        public void writeState(DataOutput out) throws IOException {
            super.writeState(out);
            for (double bij : b) {
                out.writeDouble(bij);
            }
        }

        @Override
        public void readState(DataInput in) throws IOException {
            super.readState(in);
            for (int i = 0; i < b.length; i++) {
                b[i] = in.readDouble();
            }
        }
    }

    /** The preconditioner of a run started by this optimizer (a copy), for tests and diagnostics. */
    public static double[] preconditionerOf(LearnedRun run) {
        if (!(run instanceof Run r)) {
            throw new IllegalArgumentException("not an Optimus run: " + run);
        }
        return r.preconditionerCopy();
    }

    /** B₀ = I (row-major n × n). */
    private static void setIdentity(double[] b, int n) {
        java.util.Arrays.fill(b, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            b[i * n + i] = 1.0;
        }
    }
}
