package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.synth.SynthNoise;
import org.optimusmotion.physics.synth.SyntheticCase;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;

class ReconstructionProblemTest {

    private static final double FPS = 30;
    private static final int FRAMES = 4;
    private static final double FD_STEP = 1e-7;
    private static final double REL_TOL = 1e-4;

    /** Ground of the foot-contact terms, high enough that swing feet are below the clearance. */
    private static final double GROUND_Z = 0.05;

    /** Left foot in stance in every frame, right foot in swing: both foot-contact terms are active. */
    static double[] stanceLabels() {
        double[] s = new double[FRAMES * Keypoint.COUNT];
        for (int f = 0; f < FRAMES; f++) {
            s[f * Keypoint.COUNT + Keypoint.LEFT_ANKLE.ordinal()] = 1;
            s[f * Keypoint.COUNT + Keypoint.LEFT_TOE.ordinal()] = 1;
        }
        return s;
    }

    /** Swing feet must clear up to 1 m: the clearance, not the cap, decides. */
    static double[] heightCaps() {
        double[] c = new double[FRAMES * Keypoint.COUNT];
        java.util.Arrays.fill(c, 1.0);
        return c;
    }

    /** A window over the first frames of a noisy synthetic walk, with contacts active. */
    static ReconstructionProblem problem(Model m, ReconstructionConfig config, long seed) {
        KeypointSequence3D truth = ProceduralMotion.walk(m, FPS, FRAMES);
        SyntheticCase c = SyntheticCaseGenerator.generate(truth,
                SyntheticCaseGenerator.camera(truth, 4, 1.2, -90), SynthNoise.DEFAULT, seed);
        int na = m.actuatorCount();
        double[][] prior = new double[FRAMES][na];
        int[] act = m.actuatedDofsRef();
        for (int f = 0; f < FRAMES; f++) {
            double[] q = ProceduralMotion.pose(m, f / FPS);
            for (int a = 0; a < na; a++) {
                prior[f][a] = q[act[a]] + 0.05;
            }
        }
        double[] valid = new double[FRAMES * Keypoint.COUNT];
        java.util.Arrays.fill(valid, 1);
        double[] q0 = ProceduralMotion.pose(m, 0);
        double[] qd0 = new double[m.dof()];
        qd0[m.dofIndex("root_tx")] = ProceduralMotion.SPEED_MPS;
        WindowTargets t = new WindowTargets(FRAMES, c.detections().xy(), c.detections().confidence(),
                c.kinematic().positions(), valid, prior, q0, qd0, stanceLabels(), heightCaps(), GROUND_Z);
        SimOptions o = SimOptions.DEFAULT.withFrameRate(FPS, config.substepsPerFrame());
        return new ReconstructionProblem(m, o, config, c.camera(), t);
    }

    @Test
    void gradientMatchesCentralDifferencesWithContactsActive() {
        Model m = HumanoidLoader.loadDefault();
        ReconstructionConfig config = ReconstructionConfig.DEFAULT.withSubsteps(10).withFootContact(0.5, 200, 0.06)
                .withFootSkateWeight(10);
        ReconstructionProblem p = problem(m, config, 3);
        SplittableRandom r = new SplittableRandom(11);
        double[] x = p.initialPoint();
        for (int i = 0; i < x.length; i++) {
            x[i] += r.nextDouble(-0.02, 0.02);
        }
        // Start 1 cm up so the feet land during the window: starting pressed into the stiff contact makes
        // the loss so sensitive to the root height that central differences only converge below h = 1e-8.
        x[m.dofIndex("root_tz")] += 0.01;
        double[] g = new double[x.length];
        double f0 = p.evaluate(x, g);
        assertTrue(Double.isFinite(f0), "loss is finite");
        assertTrue(p.lastTrajectoryRef().contactSteps() > 0, "contacts are active during the window");
        double withoutFoot = problem(m, config.withFootContact(0, 0, 0.06), 3).evaluate(x, null);
        assertTrue(f0 > withoutFoot + 1e-9, "foot-contact terms are active: " + f0 + " vs " + withoutFoot);
        double withoutSkate = problem(m, config.withFootSkateWeight(0), 3).evaluate(x, null);
        assertTrue(f0 > withoutSkate + 1e-9, "the foot-skate term is active: " + f0 + " vs " + withoutSkate);
        double norm = 0;
        for (double v : g) {
            norm = Math.max(norm, Math.abs(v));
        }
        assertTrue(norm > 1e-6, "gradient is non-zero, |g|_inf = " + norm);
        int dof = m.dof();
        int[] coords = {0, 2, 3, 7, 12, dof, dof + 2, dof + 9, 2 * dof, 2 * dof + 5, x.length - 1, x.length - 20};
        for (int i : coords) {
            double keep = x[i];
            x[i] = keep + FD_STEP;
            double fp = p.evaluate(x, null);
            x[i] = keep - FD_STEP;
            double fm = p.evaluate(x, null);
            x[i] = keep;
            double fd = (fp - fm) / (2 * FD_STEP);
            double err = Math.abs(fd - g[i]) / Math.max(Math.abs(g[i]) + Math.abs(fd), 1e-4 * norm);
            assertTrue(err < REL_TOL, "coordinate " + i + ": analytic " + g[i] + " vs central difference " + fd);
        }
    }

    @Test
    void evaluationsDoNotAllocate() {
        Model m = HumanoidLoader.loadDefault();
        ReconstructionProblem p = problem(m, ReconstructionConfig.DEFAULT.withSubsteps(5).withFootContact(0.5, 200, 0.06), 5);
        double[] x = p.initialPoint();
        double[] g = new double[x.length];
        for (int warm = 0; warm < 20; warm++) {
            p.evaluate(x, g);
            p.evaluate(x, null);
        }
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(thread);
        for (int rep = 0; rep < 10; rep++) {
            p.evaluate(x, g);
            p.evaluate(x, null);
        }
        long bytes = bean.getThreadAllocatedBytes(thread) - before;
        assertTrue(bytes < 4096, "20 evaluations allocated " + bytes + " bytes");
    }

    @Test
    void valueOnlyAndGradientCallsCountOneEvaluationEach() {
        Model m = HumanoidLoader.loadDefault();
        ReconstructionProblem p = problem(m, ReconstructionConfig.DEFAULT.withSubsteps(5), 4);
        double[] x = p.initialPoint();
        p.evaluate(x, null);
        p.evaluate(x, new double[x.length]);
        assertTrue(p.evaluations() == 2, "evaluations = " + p.evaluations());
    }

    @Test
    void initialVelocityAnchorIsInPhysicalUnitsWithExactGradient() {
        int dof = 3;
        double vs = 10.9;
        double w = 0.01;
        double[] xInit = {0.1, 0.2, 0.3, 0.05, -0.02, 0.01, 9, 9};
        double[] x = xInit.clone();
        // Root velocity +1 m/s (x_v = qd / VS), one joint -2 rad/s; positions and controls moved too: not charged.
        x[dof] += 1 / vs;
        x[dof + 2] -= 2 / vs;
        x[0] += 0.5;
        x[7] -= 1;
        double[] g = new double[x.length];
        double v = ReconstructionProblem.initialVelocityAnchor(x, xInit, dof, vs, w, g);
        assertTrue(Math.abs(v - w * (1 + 4)) < 1e-12, "w (1^2 + 2^2) = " + w * 5 + ", got " + v);
        assertTrue(g[0] == 0 && g[7] == 0 && Math.abs(g[dof]) > 0, "only the velocity block has a gradient");
        for (int i = 0; i < x.length; i++) {
            double keep = x[i];
            x[i] = keep + 1e-6;
            double fp = ReconstructionProblem.initialVelocityAnchor(x, xInit, dof, vs, w, null);
            x[i] = keep - 1e-6;
            double fm = ReconstructionProblem.initialVelocityAnchor(x, xInit, dof, vs, w, null);
            x[i] = keep;
            double fd = (fp - fm) / 2e-6;
            assertTrue(Math.abs(fd - g[i]) <= 1e-6 * Math.max(1, Math.abs(g[i])), "coordinate " + i + ": " + g[i] + " vs " + fd);
        }
    }

    @Test
    void configuredVelocityWeightChargesTheVelocityChangeInMetresPerSecond() {
        Model m = HumanoidLoader.loadDefault();
        ReconstructionConfig base = ReconstructionConfig.DEFAULT.withSubsteps(5);
        ReconstructionProblem with = problem(m, base.withInitialVelocityWeight(0.5), 6);
        ReconstructionProblem without = problem(m, base.withInitialVelocityWeight(0), 6);
        double[] x = with.initialPoint();
        int tx = m.dof() + m.dofIndex("root_tx");
        double dv = 0.3;
        x[tx] += dv / with.velocityScale();
        double extra = with.evaluate(x, null) - without.evaluate(x, null);
        assertTrue(Math.abs(extra - 0.5 * dv * dv) < 1e-9, "0.5 * 0.3^2 = 0.045, got " + extra);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> base.withInitialVelocityWeight(-1));
    }
}
