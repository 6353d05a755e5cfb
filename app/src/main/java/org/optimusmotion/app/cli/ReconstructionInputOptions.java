package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.WindowPolicy;
import picocli.CommandLine.Option;

/** Options shared by {@code reconstruct} and {@code compare}: where the inputs are and the reconstruction settings. */
final class ReconstructionInputOptions {

    @Option(names = "--case", paramLabel = "DIR",
            description = "Case folder with keypoints3d.csv, keypoints2d.csv, camera.json (and ground_truth.csv, video.mp4).")
    Path caseDir;

    @Option(names = "--keypoints3d", paramLabel = "FILE", description = "3D kinematic estimate (instead of --case).")
    Path keypoints3d;

    @Option(names = "--keypoints2d", paramLabel = "FILE", description = "2D detections (with --camera).")
    Path keypoints2d;

    @Option(names = "--camera", paramLabel = "FILE", description = "Camera JSON of the 2D detections.")
    Path camera;

    @Option(names = "--video", paramLabel = "FILE", description = "Video of the case (optional, for reference; not with --case, whose folder holds its own).")
    Path video;

    @Option(names = "--gt", paramLabel = "FILE", description = "Ground-truth 3D track for metrics (optional; not with --case, whose folder holds its own).")
    Path groundTruth;

    @Option(names = "--window-policy", paramLabel = "adaptive|fixed",
            description = {"adaptive: --window is the longest window; a fast-moving root (running) gets shorter windows,",
                "a proportionally shorter overlap and more iterations/evaluations per window; fixed: exactly --window,",
                "--overlap, --iterations, --evaluations (default: fixed when --window is given, else adaptive)."})
    String windowPolicy;

    @Option(names = "--window", description = "Frames per window, the longest one under the adaptive policy (default 12).")
    Integer windowFrames;

    @Option(names = "--overlap", description = "Frames shared by consecutive windows of the longest length (default 3, at most window - 2).")
    Integer overlapFrames;

    @Option(names = "--iterations", defaultValue = "60",
            description = "Optimizer iterations per window of the longest length (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--evaluations", defaultValue = "150",
            description = "Objective evaluations per window of the longest length (default ${DEFAULT-VALUE}).")
    long evaluations;

    @Option(names = "--substeps", defaultValue = "20", description = "Integrator steps per video frame (default ${DEFAULT-VALUE}).")
    int substeps;

    @Option(names = "--weight-2d", paramLabel = "W", description = "Weight of the 2D reprojection term (default: built-in).")
    Double weight2d;

    @Option(names = "--weight-3d", paramLabel = "W", description = "Weight of the root-relative 3D term (default: built-in).")
    Double weight3d;

    @Option(names = "--weight-3d-global", paramLabel = "W", description = "Weight of the global 3D term (default: built-in).")
    Double weight3dGlobal;

    @Option(names = "--weight-foot-stance", paramLabel = "W",
            description = "Weight of the horizontal foot speed in stance frames, per (m/s)^2 (default: built-in).")
    Double weightFootStance;

    @Option(names = "--weight-foot-clearance", paramLabel = "W",
            description = "Weight of a swing foot's depth below the clearance height, per m^2 (default: built-in).")
    Double weightFootClearance;

    @Option(names = "--foot-clearance", paramLabel = "M",
            description = "Height above the ground a swing foot keypoint should keep, metres (default: built-in).")
    Double footClearance;

    @Option(names = "--weight-initial-velocity", paramLabel = "W",
            description = "Weight of the initial velocity's change from its warm start, per (m/s)^2; 0: the old objective (default: built-in).")
    Double weightInitialVelocity;

    @Option(names = "--weight-foot-skate", paramLabel = "W",
            description = "Weight of a low foot's horizontal speed outside labelled stance, per (m/s)^2, stronger the lower the foot; "
                    + "1 passes issue 5's foot-skate bar on the walk at some MPJPE cost (default: built-in, 0).")
    Double weightFootSkate;

    @Option(names = "--weight-initial-state", paramLabel = "W",
            description = "Weight of each window's start state's change from its warm start, scaled units (default: built-in).")
    Double weightInitialState;

    /** Reads the inputs, turning file problems into one-line user errors. */
    CaseFiles.CaseData read() throws IOException {
        try {
            if (caseDir != null) {
                if (keypoints3d != null || keypoints2d != null || camera != null || groundTruth != null || video != null) {
                    throw new UserError("give either --case or --keypoints3d/--keypoints2d/--camera/--gt/--video, not both"
                            + " (a case folder holds all of them)");
                }
                return CaseFiles.read(caseDir);
            }
            if (keypoints3d == null) {
                throw new UserError("give --case DIR or at least --keypoints3d FILE");
            }
            return CaseFiles.read(keypoints3d, keypoints2d, camera, groundTruth, video);
        } catch (MotionFormatException e) {
            throw new UserError(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserError((caseDir != null ? caseDir + ": " : "") + e.getMessage(), e);
        }
    }

    /** The reconstruction settings of these options. */
    ReconstructionConfig config() {
        if (substeps < 1 || substeps > ReconstructionConfig.MAX_SUBSTEPS_PER_FRAME) {
            throw new UserError("--substeps must be in [1, " + ReconstructionConfig.MAX_SUBSTEPS_PER_FRAME + "], got " + substeps);
        }
        try {
            ReconstructionConfig d = ReconstructionConfig.DEFAULT;
            int window = windowFrames != null ? windowFrames : d.windowFrames();
            // Without --overlap: the default overlap, or as much of it as a short window allows.
            int overlap = overlapFrames != null ? overlapFrames : Math.max(0, Math.min(d.overlapFrames(), window - 2));
            return d.withWindowPolicy(policy())
                    .withWindow(window, overlap).withBudget(iterations, evaluations).withSubsteps(substeps)
                    .withKeypointWeights(weight2d != null ? weight2d : d.weight2d(), weight3d != null ? weight3d : d.weight3d(),
                            weight3dGlobal != null ? weight3dGlobal : d.weight3dGlobal())
                    .withFootContact(weightFootStance != null ? weightFootStance : d.weightFootStance(),
                            weightFootClearance != null ? weightFootClearance : d.weightFootClearance(),
                            footClearance != null ? footClearance : d.footClearanceM())
                    .withInitialVelocityWeight(weightInitialVelocity != null ? weightInitialVelocity : d.weightInitialVelocity())
                    .withInitialStateWeight(weightInitialState != null ? weightInitialState : d.weightInitialState())
                    .withFootSkateWeight(weightFootSkate != null ? weightFootSkate : d.weightFootSkate());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The window policy: as named, else fixed when the user chose the window length, else the default. */
    WindowPolicy policy() {
        if (windowPolicy == null) {
            return windowFrames != null ? WindowPolicy.FIXED : ReconstructionConfig.DEFAULT.windowPolicy();
        }
        return WindowPolicies.parse(windowPolicy);
    }
}
