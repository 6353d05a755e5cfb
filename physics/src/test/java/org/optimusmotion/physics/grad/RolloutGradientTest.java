package org.optimusmotion.physics.grad;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.Tolerances;
import org.optimusmotion.physics.check.MotionScenario;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.model.SimOptions;
import java.util.List;

/** End-to-end rollout gradient against central finite differences, contacts on and off. */
class RolloutGradientTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();

    @Test
    void gradientMatchesFiniteDifferencesWithContact() {
        MotionScenario.LossFixture fx = MotionScenario.lossFixture(MODEL, SimOptions.DEFAULT, 3, 11);
        assertGradientMatches(fx, 7);
        // The check is only meaningful if the ground actually pushed on the body during the rollout.
        fx.problem().evaluate(fx.x(), null);
        int steps = fx.problem().lastTrajectoryRef().steps();
        assertTrue(fx.problem().lastTrajectoryRef().contactSteps() == steps,
                "contacts active in " + fx.problem().lastTrajectoryRef().contactSteps() + " of " + steps + " steps");
    }

    @Test
    void gradientMatchesFiniteDifferencesInFlight() {
        SimOptions o = SimOptions.DEFAULT.withContact(false, ContactParameters.DEFAULT);
        MotionScenario.LossFixture fx = MotionScenario.lossFixture(MODEL, o, 3, 12);
        assertGradientMatches(fx, 9);
    }

    @Test
    void gradientMatchesFiniteDifferencesWithAStepUnderTheToes() {
        Scene step = new Scene(List.of(new Scene.Box(new double[] {0.33, 0, 0}, new double[] {0.2, 0.5, 0.02})));
        MotionScenario.LossFixture fx = MotionScenario.lossFixture(MODEL, SimOptions.DEFAULT.withScene(step), 3, 14);
        assertGradientMatches(fx, 11);
        fx.problem().evaluate(fx.x(), null);
        // ground (6 foot spheres) plus the step's edge under the toes
        assertTrue(fx.problem().lastTrajectoryRef().activeContacts(0) > 6, "step contacts active");
    }

    @Test
    void singleIntegratorStepGradientMatchesFiniteDifferences() {
        // one video frame interval of one step: the VJP of a single semi-implicit Euler step
        SimOptions o = SimOptions.DEFAULT.withFrameRate(600, 1);
        MotionScenario.LossFixture fx = MotionScenario.lossFixture(MODEL, o, 2, 13);
        assertGradientMatches(fx, 1);
        assertTrue(fx.problem().lastTrajectoryRef().steps() == 1);
    }

    /** Checks every {@code stride}-th parameter plus all of s0's root coordinates. */
    private static void assertGradientMatches(MotionScenario.LossFixture fx, int stride) {
        int dim = fx.problem().dimension();
        int count = 0;
        int[] idx = new int[dim];
        for (int i = 0; i < dim; i++) {
            if (i < 6 || (i >= MODEL.dof() && i < MODEL.dof() + 6) || i % stride == 0) {
                idx[count++] = i;
            }
        }
        int[] chosen = java.util.Arrays.copyOf(idx, count);
        double[] g = new double[dim];
        fx.problem().evaluate(fx.x(), g);
        double maxAbs = 0;
        for (double v : g) {
            maxAbs = Math.max(maxAbs, Math.abs(v));
        }
        assertTrue(maxAbs > 1e-3, "analytic gradient is (near) zero: " + maxAbs);
        GradientCheck.Result r = GradientCheck.check(fx.problem(), fx.x(), chosen, Tolerances.FD_STEP,
                Tolerances.GRAD_FLOOR_FRACTION * maxAbs);
        assertTrue(r.nonZero() > chosen.length / 2, "too few non-zero derivatives: " + r);
        assertTrue(r.maxRelativeError() < Tolerances.GRAD_REL, r.toString());
    }
}
