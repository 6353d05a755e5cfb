package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Everything needed to build one window's {@link ReconstructionProblem}, kept instead of the problem itself
 * because a problem holds its rollout buffers (megabytes) and is not thread-safe: meta-training keeps
 * hundreds of these and builds problems on demand. Immutable (the arrays inside the targets are not
 * copied: do not modify them).
 *
 * @param camera     camera of the 2D targets, or {@code null} when the window has none
 * @param startFrame first frame of the window in its sequence
 */
public record WindowProblemSpec(Model model, SimOptions options, ReconstructionConfig config, Camera camera,
        WindowTargets targets, int startFrame) {

    /** A fresh, independently counting problem. */
    public ReconstructionProblem newProblem() {
        return new ReconstructionProblem(model, options, config, camera, targets);
    }
}
