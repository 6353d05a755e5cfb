package org.optimusmotion.optimizer.learned;

import java.util.Map;

import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.learned.features.AdafactorDecays;
import org.optimusmotion.optimizer.learned.features.AdafactorFeatures;
import org.optimusmotion.optimizer.learned.nn.NnOps;
import org.optimusmotion.optimizer.learned.nn.PlainJavaKernels;
import org.optimusmotion.optimizer.learned.nn.TensorKernels;

/**
 * AdafactorMLP (Metz et al. 2022; learned_optimization {@code AdafacMLPLOpt}): every coordinate is
 * updated by the same small MLP from its 39 Adafactor features; coordinates interact only through the
 * feature normalisation. Output {@code (d, a)}, step {@code s = d·exp(a·λ_exp)·λ_step·exp(10·θ_logStep)},
 * {@code x ← x − s}.
 *
 * <p>θ layout: 7 decay offsets, 1 log step scale (ours; 0 at init), then the MLP weights and biases
 * (weights σ = 1/√fanIn truncated at 2σ, biases 0). Immutable and thread-safe.
 */
public final class AdafactorMlp implements LearnedOptimizer {

    private final AdafactorMlpConfig config;
    private final ThetaLayout layout = new ThetaLayout();
    private final int decayOffset;
    private final int logStepOffset;
    private final int[] weightOffsets;
    private final int[] biasOffsets;
    private final int[] layerIn;
    private final int[] layerOut;
    private final TensorKernels kernels = PlainJavaKernels.INSTANCE;

    public AdafactorMlp(AdafactorMlpConfig config) {
        this.config = config;
        this.decayOffset = layout.zeros("decayOffsets", AdafactorDecays.OFFSET_COUNT);
        this.logStepOffset = layout.zeros("logStepScale", 1);
        int layers = config.hiddenLayers() + 1;
        weightOffsets = new int[layers];
        biasOffsets = new int[layers];
        layerIn = new int[layers];
        layerOut = new int[layers];
        int in = AdafactorFeatures.FEATURE_COUNT;
        for (int l = 0; l < layers; l++) {
            int out = l == layers - 1 ? 2 : config.hiddenSize();
            layerIn[l] = in;
            layerOut[l] = out;
            weightOffsets[l] = layout.weights("mlp" + l + ".w", in, out);
            biasOffsets[l] = layout.zeros("mlp" + l + ".b", out);
            in = out;
        }
        layout.freeze();
    }

    public AdafactorMlpConfig config() {
        return config;
    }

    @Override
    public int logStepScaleIndex() {
        return logStepOffset;
    }

    @Override
    public LearnedOptimizerKind kind() {
        return LearnedOptimizerKind.ADAFACTOR_MLP;
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
        return new Run(problem, x0);
    }

    private final class Run extends AbstractLearnedRun {
        private final double[] bufA;
        private final double[] bufB;

        Run(Problem problem, double[] x0) {
            super(problem, x0, decayOffset);
            int width = Math.max(config.hiddenSize(), 2);
            bufA = new double[n * width];
            bufB = new double[n * width];
        }

        @Override
        protected void computeUpdate(double[] theta) {
            double[] in = features;
            double[] out = bufA;
            int layers = weightOffsets.length;
            for (int l = 0; l < layers; l++) {
                kernels.linear(out, in, n, layerIn[l], layerOut[l], theta, weightOffsets[l], biasOffsets[l], false);
                if (l < layers - 1) {
                    NnOps.reluInPlace(out, n * layerOut[l]);
                }
                in = out;
                out = out == bufA ? bufB : bufA;
            }
            StepOutput.stepsInto(update, in, n, config.expMult(), config.stepMult(), theta[logStepOffset]);
        }
    }
}
