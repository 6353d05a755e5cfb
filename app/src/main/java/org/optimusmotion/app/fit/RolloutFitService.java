package org.optimusmotion.app.fit;

import org.optimusmotion.physics.dynamics.Trajectory;
import org.optimusmotion.physics.grad.KeypointRolloutProblem;
import org.optimusmotion.physics.loss.KeypointLoss;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The first physics fit of the app, kept as a simple alternative to the windowed
 * {@link ReconstructionFitService}: one {@link KeypointRolloutProblem} over the whole clip (at most {@link #MAX_FRAMES} frames) against the
 * case's 3D input track, parameters {@code x = [q0, qd0, q-hat per frame]} of the physics humanoid.
 * The start is the humanoid's reference pose moved and turned onto the first frame's pelvis and hips,
 * at rest, with PD targets holding the reference pose (a start moving at the track's pelvis velocity
 * made the standing body fall and the rollout diverge). Without sliding windows and a kinematic warm
 * start the optimizers stall early on walking clips: this shows the machinery, not a good fit.
 *
 * <p>Needs a 3D track. Thread-safe: every fit builds its own problem and workspaces; the model is
 * shared read-only.
 */
public final class RolloutFitService implements FitService {

    /** Longest clip fitted in one piece, frames (one evaluation costs ~4 ms per frame here). */
    public static final int MAX_FRAMES = 90;

    private final Model model;

    public RolloutFitService() {
        this(HumanoidLoader.loadDefault());
    }

    public RolloutFitService(Model model) {
        this.model = model;
    }

    @Override
    public String describe() {
        return "Physics rollout of the whole clip fitted to the 3D input track";
    }

    @Override
    public FitResult fit(FitRequest request, FitListener listener, FitControl control) throws FitException {
        KeypointSequence3D input = request.motionCase().keypoints3d().orElseThrow(() -> new FitException(
                "This fit needs a 3D keypoint track (keypoints3d.csv, .bvh or .trc)."));
        int frames = Math.min(MAX_FRAMES, input.frameCount());
        if (frames < 2) {
            throw new FitException("The 3D track has " + input.frameCount() + " frame; a fit needs at least 2.");
        }
        KeypointSequence3D targets = input.slice(0, frames);
        SimOptions options = SimOptions.DEFAULT.withFrameRate(targets.fps(), SimOptions.DEFAULT_SUBSTEPS)
                .withScene(request.motionCase().scene());
        KeypointRolloutProblem rollout = new KeypointRolloutProblem(model, options,
                new KeypointLoss(fillInvalid(targets), frames));
        BestTracking problem = new BestTracking(rollout, model, frames, targets.fps());
        return FitDriver.drive(request, problem, startingPoint(targets, frames), listener, control);
    }

    private double[] startingPoint(KeypointSequence3D targets, int frames) {
        int dof = model.dof();
        double[] q0 = new double[dof];
        new StartingPose(model).alignedInto(targets, 0, q0, 0);
        int[] actuated = model.actuatedDofsRef();
        double[] reference = model.referencePose();
        double[][] qhat = new double[frames][actuated.length];
        for (int f = 0; f < frames; f++) {
            for (int a = 0; a < actuated.length; a++) {
                qhat[f][a] = reference[actuated[a]];
            }
        }
        double[] x0 = new double[2 * dof + frames * actuated.length];
        KeypointRolloutProblem.pack(model, q0, new double[dof], qhat, frames, x0);
        return x0;
    }

    /** Targets with invalid keypoints replaced by the previous frame's value (the loss has no mask). */
    private static double[] fillInvalid(KeypointSequence3D t) {
        double[] p = t.positions();
        for (int f = 1; f < t.frameCount(); f++) {
            for (int k = 0; k < Keypoint.COUNT; k++) {
                if (!t.isValid(f, k)) {
                    int i = (f * Keypoint.COUNT + k) * 3;
                    System.arraycopy(p, i - 3 * Keypoint.COUNT, p, i, 3);
                }
            }
        }
        return p;
    }

    /** The rollout problem, remembering the per-frame state and keypoints of its best evaluation. */
    static final class BestTracking extends BestPoseProblem {
        private final KeypointRolloutProblem inner;
        private final int dof;
        private final double[] qScratch;
        private final double[] qdScratch;

        BestTracking(KeypointRolloutProblem inner, Model model, int frames, double fps) {
            super(frames, model.dof(), fps, 3 * Keypoint.COUNT);
            this.inner = inner;
            this.dof = model.dof();
            this.qScratch = new double[dof];
            this.qdScratch = new double[dof];
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double value = inner.evaluate(x, gradient);
            if (isImprovement(value)) {
                Trajectory t = inner.lastTrajectoryRef();
                for (int f = 0; f < frames(); f++) {
                    t.stateInto(f * t.substepsPerFrame(), qScratch, qdScratch);
                    System.arraycopy(qScratch, 0, bestQRef(), f * dof, dof);
                }
                System.arraycopy(t.keypointsRef(), 0, bestKeypointsRef(), 0, bestKeypointsRef().length);
                markImproved(value);
            }
            return value;
        }

        String failure() {
            return inner.lastDivergence() == null ? "the loss is not finite."
                    : "the simulation diverged from the starting pose (" + inner.lastDivergence().getMessage() + ").";
        }
    }
}
