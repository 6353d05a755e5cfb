package org.optimusmotion.optimizer.learned;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Architecture of {@link AdafactorMlp}: a per-coordinate MLP 39 → hidden (ReLU) ×{@code hiddenLayers} → 2.
 *
 * @param hiddenSize   width of each hidden layer, 1–4096 (reference default 4; we default to 32)
 * @param hiddenLayers number of hidden layers, 1–8 (reference 2)
 * @param stepMult     λ_step in {@code s = d·exp(a·λ_exp)·λ_step·exp(10·θ_logStep)}, &gt; 0 (reference 1e-3)
 * @param expMult      λ_exp, &gt; 0 (reference 1e-3)
 */
public record AdafactorMlpConfig(int hiddenSize, int hiddenLayers, double stepMult, double expMult) {

    public static final int DEFAULT_HIDDEN_SIZE = 32;
    public static final int DEFAULT_HIDDEN_LAYERS = 2;
    /** 1e-2 rather than the reference's 1e-3: test functions need larger steps than network training (PAPERS.md A.4). */
    public static final double DEFAULT_STEP_MULT = 1e-2;
    public static final double DEFAULT_EXP_MULT = 1e-3;

    public AdafactorMlpConfig {
        if (hiddenSize < 1 || hiddenSize > 4096) {
            throw new IllegalArgumentException("hiddenSize must be in [1, 4096], was " + hiddenSize);
        }
        if (hiddenLayers < 1 || hiddenLayers > 8) {
            throw new IllegalArgumentException("hiddenLayers must be in [1, 8], was " + hiddenLayers);
        }
        if (!(stepMult > 0) || !(expMult > 0)) {
            throw new IllegalArgumentException("stepMult and expMult must be > 0, were " + stepMult + " and " + expMult);
        }
    }

    public static AdafactorMlpConfig defaults() {
        return new AdafactorMlpConfig(DEFAULT_HIDDEN_SIZE, DEFAULT_HIDDEN_LAYERS, DEFAULT_STEP_MULT, DEFAULT_EXP_MULT);
    }

    Map<String, String> toHeader() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("hiddenSize", Integer.toString(hiddenSize));
        m.put("hiddenLayers", Integer.toString(hiddenLayers));
        m.put("stepMult", Double.toString(stepMult));
        m.put("expMult", Double.toString(expMult));
        return m;
    }

    static AdafactorMlpConfig fromHeader(Map<String, String> header) {
        HeaderValues v = new HeaderValues(header, defaults().toHeader().keySet());
        return new AdafactorMlpConfig(v.integer("hiddenSize"), v.integer("hiddenLayers"),
                v.real("stepMult"), v.real("expMult"));
    }
}
