package org.optimusmotion.physics.dynamics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.grad.RolloutGradient;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/** Simulation steps and the backward pass allocate nothing once warmed up. */
class AllocationTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();
    /** Slack for JIT/profiler noise in the per-thread counter, bytes. */
    private static final long SLACK_BYTES = 4096;

    @Test
    void stepsAndBackwardPassDoNotAllocate() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        SimOptions o = SimOptions.DEFAULT;
        SimData d = new SimData(MODEL);
        int frames = 6;
        double[][] qhat = new double[frames][MODEL.actuatorCount()];
        double[][] qhatBar = new double[frames][MODEL.actuatorCount()];
        Trajectory t = new Trajectory(MODEL, o, frames);
        SimAdjoint g = new SimAdjoint(MODEL);
        double[] kBar = new double[t.keypointsRef().length];
        java.util.Arrays.fill(kBar, 0.1);
        double[] q0Bar = new double[MODEL.dof()];
        double[] qd0Bar = new double[MODEL.dof()];
        double[] q0 = MODEL.referencePose();
        double[] qd0 = new double[MODEL.dof()];
        for (int warm = 0; warm < 30; warm++) {
            Simulator.rollout(MODEL, o, q0, qd0, qhat, d, t);
            RolloutGradient.backward(MODEL, o, t, qhat, kBar, d, g, q0Bar, qd0Bar, qhatBar);
        }
        d.setState(q0, qd0);
        for (int s = 0; s < 200; s++) {
            Simulator.step(MODEL, o, d);
        }
        long before = bean.getThreadAllocatedBytes(thread);
        for (int s = 0; s < 1000; s++) {
            Simulator.step(MODEL, o, d);
        }
        long stepBytes = bean.getThreadAllocatedBytes(thread) - before;
        before = bean.getThreadAllocatedBytes(thread);
        for (int rep = 0; rep < 10; rep++) {
            Simulator.rollout(MODEL, o, q0, qd0, qhat, d, t);
            RolloutGradient.backward(MODEL, o, t, qhat, kBar, d, g, q0Bar, qd0Bar, qhatBar);
        }
        long gradBytes = bean.getThreadAllocatedBytes(thread) - before;
        assertTrue(stepBytes < SLACK_BYTES, "1000 steps allocated " + stepBytes + " bytes");
        assertTrue(gradBytes < SLACK_BYTES, "10 rollouts + gradients allocated " + gradBytes + " bytes");
    }
}
