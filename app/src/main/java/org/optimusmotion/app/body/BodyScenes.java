package org.optimusmotion.app.body;

import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.LineSegment;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Sphere;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Scene;

/**
 * Adds the body and the input tracks to a {@link RenderScene.Builder}: the posed capsules of a
 * {@link BodyPoser}, and the input keypoints as a "ghost" (small spheres joined by bone lines).
 * Stateless and thread-safe.
 */
public final class BodyScenes {

    /** Bones of the canonical keypoint skeleton, pairs of {@link Keypoint} ordinals. */
    public static final int[][] BONES = bones();

    /** Radius of an input-ghost keypoint sphere, metres. */
    public static final double GHOST_SPHERE_M = 0.025;

    private BodyScenes() {
    }

    /** Adds {@code capsules} ({@code n x 7} from {@link BodyPoser#capsulesInto}) in one colour. */
    public static void addCapsules(RenderScene.Builder scene, double[] capsules, int count, Rgba color) {
        for (int s = 0; s < count; s++) {
            int c = BodyPoser.CAPSULE_STRIDE * s;
            Vec3 a = new Vec3(capsules[c], capsules[c + 1], capsules[c + 2]);
            Vec3 b = new Vec3(capsules[c + 3], capsules[c + 4], capsules[c + 5]);
            scene.capsule(a, b, capsules[c + 6], color);
        }
    }

    /**
     * Adds one frame of keypoints ({@code Keypoint.COUNT x 3} at {@code offset}, metres) as spheres and
     * bone lines; keypoints whose {@code valid} entry is false (when given) are skipped.
     */
    public static void addKeypointGhost(RenderScene.Builder scene, double[] keypoints, int offset, boolean[] valid,
            int validOffset, Rgba color) {
        for (int k = 0; k < Keypoint.COUNT; k++) {
            if (valid == null || valid[validOffset + k]) {
                scene.sphere(new Sphere(point(keypoints, offset, k), GHOST_SPHERE_M, color));
            }
        }
        for (int[] bone : BONES) {
            if (valid == null || (valid[validOffset + bone[0]] && valid[validOffset + bone[1]])) {
                scene.line(new LineSegment(point(keypoints, offset, bone[0]), point(keypoints, offset, bone[1]), color));
            }
        }
    }

    /** Radius of the capsules that draw a scene box's edges, metres. */
    private static final double SCENE_EDGE_M = 0.02;

    /**
     * Adds the static geometry the body can touch: each box's 12 edges and each mesh triangle's edges as thin
     * capsules (the renderer has no solid boxes; edges keep the body behind a box visible).
     */
    public static void addSceneGeometry(RenderScene.Builder scene, Scene geometry, Rgba color) {
        for (Scene.Box box : geometry.boxes()) {
            double[] c = box.centerM();
            double[] h = box.halfExtentsM();
            for (int axis = 0; axis < 3; axis++) {
                int u = (axis + 1) % 3;
                int v = (axis + 2) % 3;
                for (int corner = 0; corner < 4; corner++) {
                    double[] a = c.clone();
                    a[u] += (corner & 1) == 0 ? -h[u] : h[u];
                    a[v] += (corner & 2) == 0 ? -h[v] : h[v];
                    double[] b = a.clone();
                    a[axis] -= h[axis];
                    b[axis] += h[axis];
                    scene.capsule(new Vec3(a[0], a[1], a[2]), new Vec3(b[0], b[1], b[2]), SCENE_EDGE_M, color);
                }
            }
        }
        for (Scene.Mesh mesh : geometry.meshes()) {
            double[] p = mesh.verticesM();
            int[] t = mesh.triangles();
            for (int i = 0; i < t.length; i++) {
                int a = 3 * t[i];
                int b = 3 * t[i % 3 == 2 ? i - 2 : i + 1];
                scene.capsule(new Vec3(p[a], p[a + 1], p[a + 2]), new Vec3(p[b], p[b + 1], p[b + 2]), SCENE_EDGE_M, color);
            }
        }
    }

    /** A floor under the body: grey, 0.5 m cells, centred near {@code (x, y)} and snapped to the grid. */
    public static GroundGrid floorAround(double x, double y) {
        return new GroundGrid(0, Math.round(x), Math.round(y), 6, 0.5, Rgba.rgb255(158, 160, 164), Rgba.rgb255(110, 112, 118));
    }

    private static Vec3 point(double[] keypoints, int offset, int k) {
        int i = offset + 3 * k;
        return new Vec3(keypoints[i], keypoints[i + 1], keypoints[i + 2]);
    }

    private static int[][] bones() {
        Keypoint[][] pairs = {
                {Keypoint.PELVIS, Keypoint.LEFT_HIP}, {Keypoint.PELVIS, Keypoint.RIGHT_HIP},
                {Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE}, {Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE},
                {Keypoint.LEFT_ANKLE, Keypoint.LEFT_TOE},
                {Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE}, {Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE},
                {Keypoint.RIGHT_ANKLE, Keypoint.RIGHT_TOE},
                {Keypoint.PELVIS, Keypoint.SPINE}, {Keypoint.SPINE, Keypoint.THORAX}, {Keypoint.THORAX, Keypoint.NECK},
                {Keypoint.NECK, Keypoint.HEAD},
                {Keypoint.THORAX, Keypoint.LEFT_SHOULDER}, {Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW},
                {Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST},
                {Keypoint.THORAX, Keypoint.RIGHT_SHOULDER}, {Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW},
                {Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST}};
        int[][] out = new int[pairs.length][];
        for (int i = 0; i < pairs.length; i++) {
            out[i] = new int[] {pairs[i][0].ordinal(), pairs[i][1].ordinal()};
        }
        return out;
    }
}
