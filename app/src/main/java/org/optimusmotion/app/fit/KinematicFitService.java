package org.optimusmotion.app.fit;

import org.optimusmotion.app.body.BodyPoser;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Fits the humanoid's joint angles to the case's 3D input track by forward kinematics
 * ({@link KinematicFitProblem}), starting from the reference pose aligned onto every frame's pelvis and
 * hips. Fast (about a millisecond per evaluation for a few seconds of clip), no physics: the quick
 * alternative to the {@link ReconstructionFitService}. Thread-safe (each fit has its own workspaces).
 */
public final class KinematicFitService implements FitService {

    private final Model model;

    public KinematicFitService() {
        this(HumanoidLoader.loadDefault());
    }

    public KinematicFitService(Model model) {
        this.model = model;
    }

    @Override
    public String describe() {
        return "Kinematic fit of the body's joint angles to the 3D input track (no physics)";
    }

    @Override
    public FitResult fit(FitRequest request, FitListener listener, FitControl control) throws FitException {
        KeypointSequence3D track = request.motionCase().keypoints3d().orElseThrow(() -> new FitException(
                "This fit needs a 3D keypoint track (keypoints3d.csv, .bvh or .trc)."));
        int frames = track.frameCount();
        int dof = model.dof();
        KinematicFitProblem inner = new KinematicFitProblem(model, frames, track.positions(), track.valid(),
                KinematicFitProblem.DEFAULT_SMOOTHNESS);
        Tracking problem = new Tracking(inner, model, frames, track.fps());
        double[] x0 = new double[frames * dof];
        StartingPose start = new StartingPose(model);
        for (int f = 0; f < frames; f++) {
            start.alignedInto(track, f, x0, f * dof);
        }
        return FitDriver.drive(request, problem, x0, listener, control);
    }

    /** Remembers the best x as the pose (q per frame), with keypoints by forward kinematics. */
    private static final class Tracking extends BestPoseProblem {
        private final KinematicFitProblem inner;
        private final BodyPoser poser;
        private final int dof;

        Tracking(KinematicFitProblem inner, Model model, int frames, double fps) {
            super(frames, model.dof(), fps, 3 * Keypoint.COUNT);
            this.inner = inner;
            this.poser = new BodyPoser(model);
            this.dof = model.dof();
        }

        @Override
        public int dimension() {
            return inner.dimension();
        }

        @Override
        protected double compute(double[] x, double[] gradient) {
            double value = inner.evaluate(x, gradient);
            if (isImprovement(value)) {
                System.arraycopy(x, 0, bestQRef(), 0, x.length);
                double[] k = bestKeypointsRef();
                for (int f = 0; f < frames(); f++) {
                    poser.keypointsInto(x, f * dof, k, f * 3 * Keypoint.COUNT);
                }
                markImproved(value);
            }
            return value;
        }
    }
}
