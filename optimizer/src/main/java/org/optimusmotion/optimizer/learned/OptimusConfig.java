package org.optimusmotion.optimizer.learned;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Architecture of {@link Optimus}. The paper fixes L = 3 encoders, rank-one updates per encoder,
 * per-parameter linear layers and Adafactor features; everything else here was not recoverable from the
 * public sources and is our choice (PAPERS.md "Implementation-critical open questions"; docs/optimus-design.md).
 *
 * @param modelDim           token width D, 4–1024, divisible by {@code heads}
 * @param heads              attention heads, 1–64
 * @param ffnDim             hidden width of each encoder's feed-forward block, 1–8192
 * @param encoderLayers      L, 1–16 (paper: 3); each encoder predicts one rank-one term u_l u_lᵀ
 * @param stepHiddenDim      hidden width of the two-layer ReLU step branch on [features, LN(h_L)], 1–4096
 * @param stepMult           λ_step in {@code s = d·exp(a·λ_exp)·λ_step·exp(10·θ_logStep)}, &gt; 0
 * @param expMult            λ_exp, &gt; 0
 * @param rankOneInitStd     σ of the initial u-head weights, ≥ 0; small so that B ≈ I early in meta-training
 * @param norm               how B is normalised after each update
 * @param maxDenseDimension  largest n for which a dense n×n B is kept, 1–20000; {@link Optimus#start}
 *                           refuses larger problems with a message naming both numbers
 */
public record OptimusConfig(int modelDim, int heads, int ffnDim, int encoderLayers, int stepHiddenDim,
                            double stepMult, double expMult, double rankOneInitStd,
                            PreconditionerNorm norm, int maxDenseDimension) {

    public static final int DEFAULT_MODEL_DIM = 32;
    public static final int DEFAULT_HEADS = 4;
    public static final int DEFAULT_FFN_DIM = 64;
    public static final int DEFAULT_ENCODER_LAYERS = 3;
    public static final int DEFAULT_STEP_HIDDEN_DIM = 32;
    /** 1e-2 rather than 1e-3: test-function domains need larger steps than network training (PAPERS.md A.4). */
    public static final double DEFAULT_STEP_MULT = 1e-2;
    public static final double DEFAULT_EXP_MULT = 1e-3;
    public static final double DEFAULT_RANK_ONE_INIT_STD = 1e-2;
    /** n = 2000 keeps B at 32 MB; attention memory is O(n) either way. */
    public static final int DEFAULT_MAX_DENSE_DIMENSION = 2000;

    public OptimusConfig {
        check("modelDim", modelDim, 4, 1024);
        check("heads", heads, 1, 64);
        if (modelDim % heads != 0) {
            throw new IllegalArgumentException("modelDim (" + modelDim + ") must be divisible by heads (" + heads + ")");
        }
        check("ffnDim", ffnDim, 1, 8192);
        check("encoderLayers", encoderLayers, 1, 16);
        check("stepHiddenDim", stepHiddenDim, 1, 4096);
        check("maxDenseDimension", maxDenseDimension, 1, 20000);
        if (!(stepMult > 0) || !(expMult > 0)) {
            throw new IllegalArgumentException("stepMult and expMult must be > 0, were " + stepMult + " and " + expMult);
        }
        if (!(rankOneInitStd >= 0)) {
            throw new IllegalArgumentException("rankOneInitStd must be >= 0, was " + rankOneInitStd);
        }
        if (norm == null) {
            throw new IllegalArgumentException("norm must not be null");
        }
    }

    private static void check(String name, int value, int lo, int hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], was " + value);
        }
    }

    public static OptimusConfig defaults() {
        return new OptimusConfig(DEFAULT_MODEL_DIM, DEFAULT_HEADS, DEFAULT_FFN_DIM, DEFAULT_ENCODER_LAYERS,
                DEFAULT_STEP_HIDDEN_DIM, DEFAULT_STEP_MULT, DEFAULT_EXP_MULT, DEFAULT_RANK_ONE_INIT_STD,
                PreconditionerNorm.TRACE_OVER_N, DEFAULT_MAX_DENSE_DIMENSION);
    }

    /** The same architecture with a different token width D (and FFN width 2·D). */
    public OptimusConfig withModelDim(int d) {
        return new OptimusConfig(d, heads, 2 * d, encoderLayers, stepHiddenDim, stepMult, expMult,
                rankOneInitStd, norm, maxDenseDimension);
    }

    /** The same architecture with a different dense limit (not stored in weight files). */
    public OptimusConfig withMaxDenseDimension(int max) {
        return new OptimusConfig(modelDim, heads, ffnDim, encoderLayers, stepHiddenDim, stepMult, expMult,
                rankOneInitStd, norm, max);
    }

    Map<String, String> toHeader() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("modelDim", Integer.toString(modelDim));
        m.put("heads", Integer.toString(heads));
        m.put("ffnDim", Integer.toString(ffnDim));
        m.put("encoderLayers", Integer.toString(encoderLayers));
        m.put("stepHiddenDim", Integer.toString(stepHiddenDim));
        m.put("stepMult", Double.toString(stepMult));
        m.put("expMult", Double.toString(expMult));
        m.put("rankOneInitStd", Double.toString(rankOneInitStd));
        m.put("norm", norm.name());
        return m;
    }

    static OptimusConfig fromHeader(Map<String, String> header) {
        HeaderValues v = new HeaderValues(header, defaults().toHeader().keySet());
        PreconditionerNorm norm;
        try {
            norm = PreconditionerNorm.valueOf(v.text("norm"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("configuration value norm=" + v.text("norm") + " is not one of "
                    + java.util.Arrays.toString(PreconditionerNorm.values()), e);
        }
        return new OptimusConfig(v.integer("modelDim"), v.integer("heads"), v.integer("ffnDim"),
                v.integer("encoderLayers"), v.integer("stepHiddenDim"), v.real("stepMult"), v.real("expMult"),
                v.real("rankOneInitStd"), norm, DEFAULT_MAX_DENSE_DIMENSION);
    }
}
