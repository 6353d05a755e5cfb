package org.optimusmotion.physics.io.keypoints;

import java.util.List;

/** OpenPose body models whose JSON output {@link OpenPoseJsonReader} reads. */
public enum OpenPoseModel {
    /** The default OpenPose model: 25 keypoints with MidHip at index 8. */
    BODY_25(SkeletonMappings.OPENPOSE_BODY_25_JOINTS, SkeletonMappings.OPENPOSE_BODY_25),
    /** The experimental BODY_25B model (COCO order first, then Neck, Head, feet), used by Pose2Sim. */
    BODY_25B(SkeletonMappings.OPENPOSE_BODY_25B_JOINTS, SkeletonMappings.OPENPOSE_BODY_25B);

    private final List<String> joints;
    private final SkeletonMapping mapping;

    OpenPoseModel(List<String> joints, SkeletonMapping mapping) {
        this.joints = joints;
        this.mapping = mapping;
    }

    /** Keypoint names in file order. */
    public List<String> joints() {
        return joints;
    }

    /** Mapping onto the canonical keypoints. */
    public SkeletonMapping mapping() {
        return mapping;
    }
}
