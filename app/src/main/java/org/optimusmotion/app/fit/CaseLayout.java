package org.optimusmotion.app.fit;

/**
 * File names inside a case folder (the bundled sample and what {@code optimus synth} writes). A case
 * folder needs a 2D or 3D track; the rest is optional:
 * <pre>
 * video.mp4             the clip
 * camera.json           camera (optimus-camera-v1, see docs/formats.md)
 * keypoints2d.csv       2D track in pixels (Keypoints2DCsv)
 * keypoints3d.csv       3D input track in metres, world Z up (Keypoints3DCsv)
 * ground_truth.csv      exact 3D keypoints, for metrics (Keypoints3DCsv)
 * </pre>
 * {@link CaseLoader} also accepts other names by extension and content when these are absent.
 */
public final class CaseLayout {

    public static final String VIDEO = "video.mp4";
    public static final String CAMERA = "camera.json";
    public static final String KEYPOINTS_2D = "keypoints2d.csv";
    public static final String KEYPOINTS_3D = "keypoints3d.csv";
    public static final String GROUND_TRUTH_3D = "ground_truth.csv";

    private CaseLayout() {
    }
}
