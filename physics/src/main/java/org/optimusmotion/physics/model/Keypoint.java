package org.optimusmotion.physics.model;

/**
 * The body keypoints that every track format is mapped onto and that the simulated body reports:
 * joint centres in the Human3.6M-17 convention plus the toes, which foot contact and foot-skate
 * metrics need. Order is fixed: arrays of keypoints are laid out {@code (nKeypoints × 3)} in this
 * order, index {@link #ordinal()}.
 */
public enum Keypoint {
    PELVIS,
    RIGHT_HIP,
    RIGHT_KNEE,
    RIGHT_ANKLE,
    LEFT_HIP,
    LEFT_KNEE,
    LEFT_ANKLE,
    SPINE,
    THORAX,
    NECK,
    HEAD,
    LEFT_SHOULDER,
    LEFT_ELBOW,
    LEFT_WRIST,
    RIGHT_SHOULDER,
    RIGHT_ELBOW,
    RIGHT_WRIST,
    RIGHT_TOE,
    LEFT_TOE;

    /** Number of keypoints. */
    public static final int COUNT = values().length;

    /** Lower-case name used in files, e.g. {@code left_knee}. */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
