package org.optimusmotion.optimizer.learned;

/** The AdafactorMLP output parametrisation shared by both learned optimizers (PAPERS.md A.4). */
final class StepOutput {

    /** The learned global log step scale enters as exp(10·θ), like the decay offsets, so Adam can move it fast. */
    static final double LOG_STEP_SCALE_MULT = 10.0;

    private StepOutput() {
    }

    /**
     * s_i = d_i·exp(a_i·λ_exp)·λ_step·exp(10·θ_logStep), from interleaved network outputs (d_i, a_i).
     *
     * @param out       length n. Modified.
     * @param da        (n × 2): d at even, a at odd indices. Not modified.
     */
    static void stepsInto(double[] out, double[] da, int n, double expMult, double stepMult, double thetaLogStep) {
        double scale = stepMult * Math.exp(LOG_STEP_SCALE_MULT * thetaLogStep);
        for (int i = 0; i < n; i++) {
            out[i] = da[2 * i] * Math.exp(da[2 * i + 1] * expMult) * scale;
        }
    }
}
