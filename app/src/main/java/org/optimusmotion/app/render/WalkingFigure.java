package org.optimusmotion.app.render;

/**
 * A procedurally animated stick figure of capsules walking in place: a demo and test subject for the
 * renderer that needs no simulator. About 1.75 m tall, standing at the origin on the ground z = 0,
 * facing world -Y; its left side (+X, on the right of the image for a camera in front) is blue, its
 * right side orange. Stateless and thread-safe.
 */
public final class WalkingFigure {

    /** One gait cycle, seconds. */
    public static final double STRIDE_PERIOD_S = 1.1;

    private static final Rgba TORSO = Rgba.rgb255(120, 130, 150);
    private static final Rgba SKIN = Rgba.rgb255(225, 190, 160);
    private static final Rgba LEFT = Rgba.rgb255(60, 110, 210);
    private static final Rgba RIGHT = Rgba.rgb255(230, 130, 40);

    private static final double HIP_HALF_WIDTH_M = 0.1;
    private static final double SHOULDER_HALF_WIDTH_M = 0.19;
    private static final double THIGH_M = 0.45;
    private static final double SHIN_M = 0.43;
    private static final double UPPER_ARM_M = 0.29;
    private static final double FOREARM_M = 0.26;

    private WalkingFigure() {
    }

    /** Adds the figure's capsules and spheres at time {@code timeS} seconds to {@code scene}. */
    public static RenderScene.Builder addTo(RenderScene.Builder scene, double timeS) {
        double phase = 2 * Math.PI * timeS / STRIDE_PERIOD_S;
        Vec3 pelvis = new Vec3(0, 0, 0.95 + 0.015 * Math.cos(2 * phase));
        Vec3 chest = pelvis.plus(new Vec3(0, 0, 0.45));
        Vec3 neck = chest.plus(new Vec3(0, 0, 0.1));
        scene.capsule(pelvis, chest, 0.13, TORSO);
        scene.capsule(neck.plus(new Vec3(0, 0, -0.05)), neck.plus(new Vec3(0, 0, 0.05)), 0.05, SKIN);
        scene.sphere(new Sphere(neck.plus(new Vec3(0, 0, 0.15)), 0.11, SKIN));
        Vec3 leftHip = pelvis.plus(new Vec3(HIP_HALF_WIDTH_M, 0, 0));
        Vec3 rightHip = pelvis.plus(new Vec3(-HIP_HALF_WIDTH_M, 0, 0));
        scene.capsule(leftHip, rightHip, 0.1, TORSO);
        Vec3 leftShoulder = chest.plus(new Vec3(SHOULDER_HALF_WIDTH_M, 0, 0.02));
        Vec3 rightShoulder = chest.plus(new Vec3(-SHOULDER_HALF_WIDTH_M, 0, 0.02));
        scene.capsule(leftShoulder, rightShoulder, 0.07, TORSO);
        leg(scene, leftHip, phase, LEFT);
        leg(scene, rightHip, phase + Math.PI, RIGHT);
        // Arms swing against the leg on the same side.
        arm(scene, leftShoulder, phase + Math.PI, LEFT);
        arm(scene, rightShoulder, phase, RIGHT);
        return scene;
    }

    private static void leg(RenderScene.Builder scene, Vec3 hip, double phase, Rgba color) {
        double swing = 0.45 * Math.sin(phase);              // hip flexion, + forward (-Y)
        double knee = 0.9 * Math.max(0, Math.cos(phase));   // knee flexion while the leg comes forward
        Vec3 kneePos = hip.plus(down(swing).times(THIGH_M));
        Vec3 ankle = kneePos.plus(down(swing - knee).times(SHIN_M));
        Vec3 toe = ankle.plus(new Vec3(0, -0.16, -0.03));
        scene.capsule(hip, kneePos, 0.075, color);
        scene.capsule(kneePos, ankle, 0.06, color);
        scene.capsule(ankle, toe, 0.045, color);
    }

    private static void arm(RenderScene.Builder scene, Vec3 shoulder, double phase, Rgba color) {
        double swing = 0.4 * Math.sin(phase);
        double elbow = 0.3 + 0.35 * Math.max(0, Math.sin(phase));
        Vec3 elbowPos = shoulder.plus(new Vec3(0.03, 0, 0).times(Math.signum(shoulder.x())))
                .plus(down(swing).times(UPPER_ARM_M));
        Vec3 wrist = elbowPos.plus(down(swing + elbow).times(FOREARM_M));
        scene.capsule(shoulder, elbowPos, 0.05, color);
        scene.capsule(elbowPos, wrist, 0.045, color);
        scene.sphere(new Sphere(wrist, 0.05, SKIN));
    }

    /** Unit vector pointing down, rotated forward (towards -Y) by {@code angle} radians about X. */
    private static Vec3 down(double angle) {
        return new Vec3(0, -Math.sin(angle), -Math.cos(angle));
    }
}
