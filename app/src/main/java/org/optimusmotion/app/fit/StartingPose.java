package org.optimusmotion.app.fit;

import org.optimusmotion.app.body.BodyPoser;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The humanoid's reference pose moved onto a frame of a 3D track: turned about Z so that its hips
 * line up with the track's (the body's left is +Y at zero yaw, so yaw = atan2(L_y, L_x) - pi/2 for
 * L = left hip - right hip) and shifted horizontally onto the track's pelvis. Not thread-safe (owns a
 * {@link BodyPoser}).
 */
final class StartingPose {

    private final Model model;
    private final BodyPoser poser;
    private final double[] keypoints = new double[3 * Keypoint.COUNT];

    StartingPose(Model model) {
        this.model = model;
        this.poser = new BodyPoser(model);
    }

    /** The aligned reference pose for frame {@code f} of {@code track}, written into {@code q[offset..offset+dof)}. */
    void alignedInto(KeypointSequence3D track, int f, double[] q, int offset) {
        double[] pose = model.referencePose();
        int pelvis = Keypoint.PELVIS.ordinal();
        int left = Keypoint.LEFT_HIP.ordinal();
        int right = Keypoint.RIGHT_HIP.ordinal();
        int rz = model.dofIndex("root_rz");
        if (rz >= 0 && track.isValid(f, left) && track.isValid(f, right)) {
            double lx = track.get(f, left, 0) - track.get(f, right, 0);
            double ly = track.get(f, left, 1) - track.get(f, right, 1);
            pose[rz] = Math.atan2(ly, lx) - Math.PI / 2;
        }
        if (track.isValid(f, pelvis)) {
            poser.keypointsInto(pose, 0, keypoints, 0);
            pose[model.dofIndex("root_tx")] += track.get(f, pelvis, 0) - keypoints[3 * pelvis];
            pose[model.dofIndex("root_ty")] += track.get(f, pelvis, 1) - keypoints[3 * pelvis + 1];
        }
        System.arraycopy(pose, 0, q, offset, pose.length);
    }
}
