package org.optimusmotion.app.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

class KinematicFitProblemTest {

    /** Central-difference step, radians or metres. */
    private static final double FD_STEP = 1e-6;
    /** Relative tolerance of analytic vs finite-difference directional derivatives. */
    private static final double GRAD_REL = 1e-5;
    /** Absolute floor of that comparison (loss is O(1) m^2). */
    private static final double GRAD_ABS = 1e-8;

    @Test
    void gradientMatchesCentralDifferencesAlongRandomDirections() {
        Model model = HumanoidLoader.loadDefault();
        int frames = 3;
        int dof = model.dof();
        SplittableRandom random = new SplittableRandom(11);
        double[] x = new double[frames * dof];
        for (int f = 0; f < frames; f++) {
            double[] ref = model.referencePose();
            for (int i = 0; i < dof; i++) {
                x[f * dof + i] = ref[i] + 0.2 * (random.nextDouble() - 0.5);
            }
        }
        double[] targets = new double[frames * 3 * Keypoint.COUNT];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = (i % 3 == 2 ? 0.9 : 0.0) + 0.3 * (random.nextDouble() - 0.5);
        }
        boolean[] valid = new boolean[frames * Keypoint.COUNT];
        for (int i = 0; i < valid.length; i++) {
            valid[i] = i % 7 != 3;
        }
        KinematicFitProblem problem = new KinematicFitProblem(model, frames, targets, valid, 0.05);
        double[] gradient = new double[problem.dimension()];
        problem.evaluate(x, gradient);
        double norm = 0;
        for (double g : gradient) {
            norm += g * g;
        }
        assertTrue(norm > 1e-6, "the analytic gradient must not vanish at a random pose");

        for (int trial = 0; trial < 5; trial++) {
            double[] direction = new double[x.length];
            double analytic = 0;
            for (int i = 0; i < x.length; i++) {
                direction[i] = random.nextDouble() - 0.5;
                analytic += gradient[i] * direction[i];
            }
            double[] plus = x.clone();
            double[] minus = x.clone();
            for (int i = 0; i < x.length; i++) {
                plus[i] += FD_STEP * direction[i];
                minus[i] -= FD_STEP * direction[i];
            }
            double numeric = (problem.evaluate(plus, null) - problem.evaluate(minus, null)) / (2 * FD_STEP);
            assertEquals(numeric, analytic, GRAD_ABS + GRAD_REL * Math.abs(numeric), "direction " + trial);
        }
    }

    @Test
    void referencePoseFitsItsOwnKeypointsExactly() {
        Model model = HumanoidLoader.loadDefault();
        double[] q = model.referencePose();
        double[] targets = new double[3 * Keypoint.COUNT];
        new org.optimusmotion.app.body.BodyPoser(model).keypointsInto(q, 0, targets, 0);
        KinematicFitProblem problem = new KinematicFitProblem(model, 1, targets, null, 0);
        assertEquals(0, problem.evaluate(q, null), 1e-20);
    }
}
