package org.optimusmotion.physics.reconstruct;

import org.optimusmotion.physics.model.Keypoint;

/**
 * What one window is fitted to, in window-local frames {@code 0 .. frames-1}. Arrays are shared, not
 * copied: the caller must not modify them while a problem uses them.
 *
 * @param frames       video frames in the window (at least 2)
 * @param keypoints2d  detected 2D keypoints, (frames x Keypoint.COUNT x 2), pixels; may be {@code null} (no 2D term)
 * @param confidence2d detection confidences, (frames x Keypoint.COUNT), in [0, 1], 0 = missing; null with keypoints2d
 * @param keypoints3d  kinematic 3D estimate, (frames x Keypoint.COUNT x 3), world metres, Z up
 * @param valid3d      1 where the 3D estimate is valid, else 0, (frames x Keypoint.COUNT)
 * @param priorQhat    kinematic joint angles of the actuated coordinates, (frames x actuatorCount), radians
 * @param q0Init       warm start of the initial joint coordinates, (dof)
 * @param qd0Init      warm start of the initial joint velocities, (dof)
 */
public record WindowTargets(int frames, double[] keypoints2d, double[] confidence2d, double[] keypoints3d,
        double[] valid3d, double[][] priorQhat, double[] q0Init, double[] qd0Init) {

    public WindowTargets {
        if (frames < 2) {
            throw new IllegalArgumentException("frames = " + frames + " must be >= 2");
        }
        int kp = frames * Keypoint.COUNT;
        if ((keypoints2d == null) != (confidence2d == null)) {
            throw new IllegalArgumentException("keypoints2d and confidence2d must both be given or both be null");
        }
        if (keypoints2d != null && (keypoints2d.length != 2 * kp || confidence2d.length != kp)) {
            throw new IllegalArgumentException("2D targets have " + keypoints2d.length + " / " + confidence2d.length
                    + " values, expected " + 2 * kp + " / " + kp);
        }
        if (keypoints3d.length != 3 * kp || valid3d.length != kp) {
            throw new IllegalArgumentException("3D targets have " + keypoints3d.length + " / " + valid3d.length
                    + " values, expected " + 3 * kp + " / " + kp);
        }
        if (priorQhat.length != frames) {
            throw new IllegalArgumentException("priorQhat has " + priorQhat.length + " rows, expected " + frames);
        }
        if (q0Init.length != qd0Init.length) {
            throw new IllegalArgumentException("q0Init and qd0Init differ in length: " + q0Init.length + " vs " + qd0Init.length);
        }
    }
}
