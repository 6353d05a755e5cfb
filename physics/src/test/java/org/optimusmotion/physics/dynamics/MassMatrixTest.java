package org.optimusmotion.physics.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.Tolerances;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;

class MassMatrixTest {

    private static final Model MODEL = HumanoidLoader.loadDefault();

    @Test
    void compositeRigidBodyMatrixEqualsInverseDynamicsColumns() {
        SimData d = randomPose(1);
        int n = MODEL.dof();
        MassMatrix.compute(MODEL, d);
        double[] h = d.massMatrix.clone();
        double[] qdd = new double[n];
        double[] tau = new double[n];
        Arrays.fill(d.qd, 0.0);
        InverseDynamics.velocities(MODEL, d);
        Arrays.fill(d.extForce, 0.0);
        for (int j = 0; j < n; j++) {
            Arrays.fill(qdd, 0.0);
            qdd[j] = 1;
            // With qd = 0 and no gravity, ID(q, 0, e_j) is column j of H (plus armature on the diagonal).
            InverseDynamics.accelerationsAndForces(MODEL, d, qdd, 0.0, tau);
            for (int i = 0; i < n; i++) {
                assertEquals(tau[i], h[i * n + j], Tolerances.EXACT, "H[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void sparseFactorSolvesTheDenseSystem() {
        SimData d = randomPose(2);
        int n = MODEL.dof();
        MassMatrix.compute(MODEL, d);
        double[] h = d.massMatrix.clone();
        MassMatrix.factor(MODEL, d);
        SplittableRandom r = new SplittableRandom(3);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = r.nextDouble(-1, 1);
        }
        double[] x = b.clone();
        MassMatrix.solve(MODEL, d, x);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += h[i * n + j] * x[j];
            }
            assertEquals(b[i], s, Tolerances.EXACT, "row " + i);
        }
        for (int i = 0; i < n; i++) {
            assertTrue(d.massMatrix[i * n + i] > 0, "pivot " + i + " of a positive-definite matrix");
        }
    }

    static SimData randomPose(long seed) {
        SimData d = new SimData(MODEL);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < MODEL.dof(); i++) {
            d.q[i] = r.nextDouble(-0.5, 0.5);
        }
        Kinematics.forward(MODEL, d);
        return d;
    }
}
