package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The observations of one sequence: a 3D kinematic estimate (required), 2D detections and the camera
 * they were made with (both optional, both or neither). Frame rates and frame counts must agree.
 * Immutable.
 *
 * @param kinematic  3D kinematic estimate, world metres, Z up
 * @param detections 2D keypoint detections, or {@code null}
 * @param camera     camera of the detections, or {@code null}
 * @param scene      static geometry besides the ground plane z = 0 that the body touches (boxes, meshes;
 *                   world frame), {@link Scene#EMPTY} for none
 */
public record ReconstructionInput(KeypointSequence3D kinematic, KeypointSequence2D detections, Camera camera,
        Scene scene) {

    /** Observations on flat ground (no scene geometry). */
    public ReconstructionInput(KeypointSequence3D kinematic, KeypointSequence2D detections, Camera camera) {
        this(kinematic, detections, camera, Scene.EMPTY);
    }

    public ReconstructionInput {
        if (scene == null) {
            throw new IllegalArgumentException("scene must not be null (use Scene.EMPTY)");
        }
        if (kinematic == null) {
            throw new IllegalArgumentException("the 3D kinematic estimate is required");
        }
        if ((detections == null) != (camera == null)) {
            throw new IllegalArgumentException("2D detections and a camera must be given together");
        }
        if (kinematic.frameCount() < 2) {
            throw new IllegalArgumentException("the 3D kinematic estimate has " + kinematic.frameCount()
                    + " frames; at least 2 are needed");
        }
        if (detections != null) {
            if (detections.frameCount() != kinematic.frameCount()) {
                throw new IllegalArgumentException("frame counts disagree: 2D detections have " + detections.frameCount()
                        + " frames, the 3D kinematic estimate " + kinematic.frameCount());
            }
            if (Math.abs(detections.fps() - kinematic.fps()) > 1e-6 * kinematic.fps()) {
                throw new IllegalArgumentException("frame rates disagree: 2D detections at " + detections.fps()
                        + " fps, the 3D kinematic estimate at " + kinematic.fps() + " fps");
            }
        }
    }

    /** Frame rate, Hz. */
    public double fps() {
        return kinematic.fps();
    }

    /** Number of frames. */
    public int frameCount() {
        return kinematic.frameCount();
    }
}
