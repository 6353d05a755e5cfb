package org.optimusmotion.app.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * One clip to fit: its tracks, camera and video, all optional except that at least one track is
 * present. Tracks are trimmed to a common {@code frameCount} at {@code fps} by {@link CaseLoader}.
 * Immutable.
 *
 * @param name display name (the folder or file name)
 * @param source the folder or first file it was opened from
 * @param video the clip, with its header info
 * @param camera the camera that filmed it
 * @param keypoints2d 2D track, pixels
 * @param keypoints3d 3D input track, world metres, Z up
 * @param groundTruth exact 3D keypoints for metrics
 * @param fps frames per second of the tracks
 * @param frameCount frames of every track
 * @param notes warnings for the user (mismatches that were resolved, pieces that are missing)
 * @param scene static geometry besides the ground z = 0 ({@code scene.json}), {@link Scene#EMPTY} when none
 */
public record MotionCase(String name, Path source, Optional<VideoInfo> video, Optional<Camera> camera,
        Optional<KeypointSequence2D> keypoints2d, Optional<KeypointSequence3D> keypoints3d,
        Optional<KeypointSequence3D> groundTruth, double fps, int frameCount, List<String> notes,
        Scene scene) {

    public MotionCase {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(keypoints2d, "keypoints2d");
        Objects.requireNonNull(keypoints3d, "keypoints3d");
        Objects.requireNonNull(groundTruth, "groundTruth");
        notes = List.copyOf(notes);
        if (keypoints2d.isEmpty() && keypoints3d.isEmpty()) {
            throw new IllegalArgumentException("MotionCase needs a 2D or a 3D track");
        }
        if (!(fps > 0) || frameCount < 1) {
            throw new IllegalArgumentException("MotionCase fps must be > 0 and frameCount >= 1, got " + fps + ", " + frameCount);
        }
    }

    /** A case on flat ground ({@link Scene#EMPTY}). */
    public MotionCase(String name, Path source, Optional<VideoInfo> video, Optional<Camera> camera,
            Optional<KeypointSequence2D> keypoints2d, Optional<KeypointSequence3D> keypoints3d,
            Optional<KeypointSequence3D> groundTruth, double fps, int frameCount, List<String> notes) {
        this(name, source, video, camera, keypoints2d, keypoints3d, groundTruth, fps, frameCount, notes, Scene.EMPTY);
    }

    /** Duration, seconds. */
    public double durationSeconds() {
        return frameCount / fps;
    }
}
