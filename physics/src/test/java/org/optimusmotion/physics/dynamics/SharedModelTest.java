package org.optimusmotion.physics.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.check.MotionScenario;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** One immutable model shared by threads that own their data gives bit-identical rollouts. */
class SharedModelTest {

    @Test
    void rolloutsAreReproducibleAcrossThreads() throws Exception {
        Model m = HumanoidLoader.loadDefault();
        SimOptions o = SimOptions.DEFAULT;
        MotionScenario.Setup s = MotionScenario.random(m, 6, 3, 0.3);
        double[] reference = rollout(m, o, s);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> a = pool.submit(() -> rollout(m, o, s));
            Future<double[]> b = pool.submit(() -> rollout(m, o, s));
            assertArrayEquals(reference, a.get(), 0.0);
            assertArrayEquals(reference, b.get(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] rollout(Model m, SimOptions o, MotionScenario.Setup s) {
        Trajectory t = new Trajectory(m, o, 6);
        Simulator.rollout(m, o, s.q0(), s.qd0(), s.qhat(), new SimData(m), t);
        return t.keypointsRef().clone();
    }
}
