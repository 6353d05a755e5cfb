package org.optimusmotion.app.body;

import java.util.Objects;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Sphere;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Adds one frame of a {@link FitPose} to a scene: the body model's capsules when the pose has joint
 * angles (of its own model, e.g. a subject-fitted one, or the default humanoid), else a skeleton of
 * thin capsules between the keypoints. Keeps a {@link BodyPoser} for the last model seen, so it is
 * NOT thread-safe.
 */
public final class PoseDrawer {

    /** Radius of the bones of a keypoints-only skeleton, metres. */
    public static final double BONE_RADIUS_M = 0.035;
    /** Radius of its head sphere, metres. */
    public static final double HEAD_RADIUS_M = 0.1;

    private final Model defaultModel;
    private Model poserModel;
    private BodyPoser poser;
    private double[] capsules;

    public PoseDrawer(Model defaultModel) {
        this.defaultModel = Objects.requireNonNull(defaultModel, "defaultModel");
    }

    /** Adds frame {@code frame} of {@code pose} (clamped to its last frame) in {@code color}. */
    public void addTo(RenderScene.Builder scene, FitPose pose, int frame, Rgba color) {
        int f = Math.max(0, Math.min(frame, pose.frames() - 1));
        if (pose.hasJointAngles()) {
            Model model = pose.model().orElse(defaultModel);
            if (model != poserModel) {
                poserModel = model;
                poser = new BodyPoser(model);
                capsules = new double[BodyPoser.CAPSULE_STRIDE * poser.capsuleCount()];
            }
            poser.capsulesInto(pose.qRef(), f * pose.dof(), capsules);
            BodyScenes.addCapsules(scene, capsules, poser.capsuleCount(), color);
            return;
        }
        double[] k = pose.keypointsRef();
        int o = 3 * Keypoint.COUNT * f;
        for (int[] bone : BodyScenes.BONES) {
            scene.capsule(point(k, o, bone[0]), point(k, o, bone[1]), BONE_RADIUS_M, color);
        }
        scene.sphere(new Sphere(point(k, o, Keypoint.HEAD.ordinal()), HEAD_RADIUS_M, color));
    }

    /** Colour of foot-contact markers. */
    public static final Rgba CONTACT_COLOR = Rgba.rgb255(220, 40, 40);
    /** Radius of a foot-contact marker, metres. */
    public static final double CONTACT_MARKER_M = 0.045;
    /** Height of the ankle keypoint above the sole when standing, metres (the humanoid's, ~7.5 cm). */
    public static final double ANKLE_ABOVE_SOLE_M = 0.075;
    private static final int[] FEET = {Keypoint.LEFT_ANKLE.ordinal(), Keypoint.LEFT_TOE.ordinal(),
            Keypoint.RIGHT_ANKLE.ordinal(), Keypoint.RIGHT_TOE.ordinal()};

    /**
     * Marks the feet in contact at frame {@code frame}: a red sphere on the ground under each toe
     * keypoint lower than {@code contactHeightM} and each ankle lower than that plus
     * {@link #ANKLE_ABOVE_SOLE_M} (the foot-skate metric's contact height, measured from the sole).
     */
    public static void addContacts(RenderScene.Builder scene, FitPose pose, int frame, double contactHeightM) {
        int f = Math.max(0, Math.min(frame, pose.frames() - 1));
        double[] k = pose.keypointsRef();
        int o = 3 * Keypoint.COUNT * f;
        for (int foot : FEET) {
            int i = o + 3 * foot;
            boolean ankle = foot == Keypoint.LEFT_ANKLE.ordinal() || foot == Keypoint.RIGHT_ANKLE.ordinal();
            if (k[i + 2] < contactHeightM + (ankle ? ANKLE_ABOVE_SOLE_M : 0)) {
                scene.sphere(new Sphere(new Vec3(k[i], k[i + 1], 0), CONTACT_MARKER_M, CONTACT_COLOR));
            }
        }
    }

    private static Vec3 point(double[] k, int o, int keypoint) {
        int i = o + 3 * keypoint;
        return new Vec3(k[i], k[i + 1], k[i + 2]);
    }
}
