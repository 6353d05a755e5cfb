package org.optimusmotion.app.fit;

import java.util.List;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.StopReason;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.ReconstructionInput;
import org.optimusmotion.physics.reconstruct.ReconstructionListener;
import org.optimusmotion.physics.reconstruct.ReconstructionResult;
import org.optimusmotion.physics.reconstruct.Reconstructor;
import org.optimusmotion.physics.reconstruct.WindowTrace;

/**
 * The physics reconstruction ({@link Reconstructor}: body fit, inverse kinematics, then DiffPhy windows
 * of a physics rollout fitted to the 2D detections and the 3D estimate) behind the app's
 * {@link FitService} seam. The evaluation budget is split evenly over the windows. While it runs, the
 * body is reported as keypoints (committed windows, the current window's latest rollout, the input
 * track beyond); the finished result carries joint angles of the subject-fitted body model.
 * The loss reported is the current window's, so the curve restarts at each window. Thread-safe (one
 * {@link Reconstructor} per fit).
 */
public final class ReconstructionFitService implements FitService {

    /**
     * Weight of the foot-skate term when the user asks for less foot skate: the weight that met the most
     * issue 5 criteria over the test clips and walk seeds, at a few millimetres of MPJPE-G
     * (docs/reconstruction.md, "Foot-skate term" and its session 6 correction).
     */
    public static final double LESS_FOOT_SKATE_WEIGHT = 1.0;

    /** Fewest evaluations a window gets, whatever the budget. */
    public static final long MIN_EVALUATIONS_PER_WINDOW = 5;

    private final ReconstructionConfig baseConfig;

    public ReconstructionFitService() {
        this(ReconstructionConfig.DEFAULT);
    }

    public ReconstructionFitService(ReconstructionConfig baseConfig) {
        this.baseConfig = baseConfig;
    }

    /** The settings a request asks for: {@code base}, with the foot-skate term when it wants less foot skate. */
    static ReconstructionConfig objective(ReconstructionConfig base, FitRequest request) {
        return request.lessFootSkate() ? base.withFootSkateWeight(LESS_FOOT_SKATE_WEIGHT) : base;
    }

    @Override
    public String describe() {
        return "Physics reconstruction: DiffPhy windows fitted to the 2D and 3D tracks";
    }

    @Override
    public FitResult fit(FitRequest request, FitListener listener, FitControl control) throws FitException {
        MotionCase c = request.motionCase();
        KeypointSequence3D kinematic = c.keypoints3d().orElseThrow(() -> new FitException(
                "The reconstruction needs a 3D kinematic estimate (keypoints3d.csv, .bvh or .trc) next to the 2D track."));
        Optimizer optimizer = request.optimizer().create().orElseThrow(() -> new FitException(
                request.optimizer().label() + " is not available in this build; choose another optimizer."));
        int frames = kinematic.frameCount();
        if (frames < baseConfig.windowFrames()) {
            throw new FitException("The clip has " + frames + " frames; the reconstruction needs at least "
                    + baseConfig.windowFrames() + ".");
        }
        boolean with2d = c.keypoints2d().isPresent() && c.camera().isPresent();
        ReconstructionInput input = new ReconstructionInput(kinematic, with2d ? c.keypoints2d().get() : null,
                with2d ? c.camera().get() : null, c.scene());
        // The window policy picks the windows; the request's budget is then spread evenly over them.
        ReconstructionConfig windows = new Reconstructor(objective(baseConfig, request)).windowChoice(input).config();
        int windowCount = Reconstructor.windowStarts(frames, windows).length;
        long perWindow = Math.max(MIN_EVALUATIONS_PER_WINDOW, request.maxEvaluations() / windowCount);
        ReconstructionConfig config = windows.withBudget(Integer.MAX_VALUE, perWindow);

        long maxEvaluations = perWindow * windowCount;
        long startNanos = System.nanoTime();
        double[] current = kinematic.positions();
        ReconstructionListener progress = new ReconstructionListener() {
            private int windowStart;
            private double windowBest = Double.POSITIVE_INFINITY;

            @Override
            public void onWindowStarted(int window, int startFrame, int windowFrames) {
                windowStart = startFrame;
                windowBest = Double.POSITIVE_INFINITY;
            }

            @Override
            public void onIteration(int window, int iteration, double loss, long windowEvaluations, long totalEvaluations,
                    double[] simulatedKeypoints) {
                FitPose pose = null;
                if (loss < windowBest) {
                    windowBest = loss;
                    int n = Math.min(simulatedKeypoints.length, current.length - 3 * Keypoint.COUNT * windowStart);
                    System.arraycopy(simulatedKeypoints, 0, current, 3 * Keypoint.COUNT * windowStart, n);
                    pose = FitPose.ofKeypoints(frames, kinematic.fps(), current);
                }
                double seconds = (System.nanoTime() - startNanos - control.pausedNanos()) * 1e-9;
                listener.onProgress(new FitProgress(iteration, totalEvaluations, maxEvaluations, loss, windowBest, seconds,
                        pose));
                control.checkpoint();
            }

            @Override
            public void onWindowFinished(int window, WindowTrace trace) {
                // The committed frames stay as reported by the window's best iteration.
            }
        };
        ReconstructionResult result;
        try {
            result = new Reconstructor(config).run(input, optimizer, progress, control::isCancelled);
        } catch (RuntimeException e) {
            throw new FitException("The reconstruction failed: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - startNanos - control.pausedNanos()) * 1e-9;
        int committed = result.committedFrames();
        if (committed == 0) {
            throw new FitException("The reconstruction was cancelled before its first window finished.");
        }
        double[][] angles = result.jointAngles();
        int dof = result.model().dof();
        double[] q = new double[committed * dof];
        for (int f = 0; f < committed; f++) {
            System.arraycopy(angles[f], 0, q, f * dof, dof);
        }
        FitPose pose = new FitPose(committed, dof, kinematic.fps(), q, result.simulated().positions(), result.model());
        StopReason reason = result.cancelled() ? StopReason.CANCELLED : StopReason.MAX_EVALUATIONS;
        List<Integer> notSimulated = WindowTrace.notSimulated(result.windows());
        String warning = notSimulated.isEmpty() ? null : notSimulated.size() + " of " + result.windows().size()
                + " windows could not be simulated (starting at frames " + notSimulated
                + "); their frames show the kinematic estimate";
        return new FitResult(pose, result.finalLoss(), -1, result.totalEvaluations(), reason, seconds, warning);
    }
}
