package org.optimusmotion.app.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Sphere;
import org.optimusmotion.app.render.Vec3;

/**
 * A capsule mannequin for detection tests: 1.75 m, standing at {@code (x, 0)} on Z = 0, facing −Y
 * (its left, +X, is on the image's right for a camera in front), arms held away from the body, and
 * a face (nose, eyes, mouth) so that front and back, and so left and right, can be told apart.
 */
public final class Mannequin {

    private static final Rgba SKIN = Rgba.rgb255(215, 170, 140);
    private static final Rgba SHIRT = Rgba.rgb255(60, 90, 160);
    private static final Rgba EYES = Rgba.rgb255(30, 30, 30);
    private static final Rgba TROUSERS = Rgba.rgb255(50, 50, 60);

    private Mannequin() {
    }

    /** MediaPipe landmark index → joint position (world, metres) for the figure standing at {@code (x, 0)}. */
    public static Map<Integer, Vec3> joints(double x) {
        Map<Integer, Vec3> j = new LinkedHashMap<>();
        Vec3 at = new Vec3(x, 0, 0);
        j.put(11, at.plus(new Vec3(0.19, 0, 1.42)));
        j.put(12, at.plus(new Vec3(-0.19, 0, 1.42)));
        j.put(13, at.plus(new Vec3(0.32, 0, 1.16)));
        j.put(14, at.plus(new Vec3(-0.32, 0, 1.16)));
        j.put(15, at.plus(new Vec3(0.42, -0.05, 0.92)));
        j.put(16, at.plus(new Vec3(-0.42, -0.05, 0.92)));
        j.put(23, at.plus(new Vec3(0.11, 0, 0.95)));
        j.put(24, at.plus(new Vec3(-0.11, 0, 0.95)));
        j.put(25, at.plus(new Vec3(0.14, -0.02, 0.52)));
        j.put(26, at.plus(new Vec3(-0.14, -0.02, 0.52)));
        j.put(27, at.plus(new Vec3(0.16, 0, 0.09)));
        j.put(28, at.plus(new Vec3(-0.16, 0, 0.09)));
        return j;
    }

    /** Adds the figure standing at {@code (x, 0)} to {@code s}. */
    public static RenderScene.Builder addTo(RenderScene.Builder s, double x) {
        Map<Integer, Vec3> j = joints(x);
        Vec3 at = new Vec3(x, 0, 0);
        s.capsule(at.plus(new Vec3(0, 0, 0.97)), at.plus(new Vec3(0, 0, 1.38)), 0.15, SHIRT);
        s.capsule(j.get(11), j.get(12), 0.07, SHIRT);
        s.capsule(j.get(23), j.get(24), 0.11, TROUSERS);
        s.capsule(at.plus(new Vec3(0, 0, 1.45)), at.plus(new Vec3(0, 0, 1.55)), 0.05, SKIN);
        s.sphere(new Sphere(at.plus(new Vec3(0, 0, 1.66)), 0.11, SKIN));
        s.sphere(new Sphere(at.plus(new Vec3(0, -0.11, 1.64)), 0.025, SKIN));
        s.sphere(new Sphere(at.plus(new Vec3(0.04, -0.095, 1.69)), 0.018, EYES));
        s.sphere(new Sphere(at.plus(new Vec3(-0.04, -0.095, 1.69)), 0.018, EYES));
        s.capsule(at.plus(new Vec3(-0.03, -0.1, 1.6)), at.plus(new Vec3(0.03, -0.1, 1.6)), 0.01, Rgba.rgb255(150, 60, 60));
        for (int side = 0; side < 2; side++) {
            s.capsule(j.get(11 + side), j.get(13 + side), 0.05, SHIRT);
            s.capsule(j.get(13 + side), j.get(15 + side), 0.045, SKIN);
            s.sphere(new Sphere(j.get(15 + side), 0.05, SKIN));
            s.capsule(j.get(23 + side), j.get(25 + side), 0.075, TROUSERS);
            s.capsule(j.get(25 + side), j.get(27 + side), 0.06, TROUSERS);
            Vec3 ankle = j.get(27 + side);
            s.capsule(ankle, ankle.plus(new Vec3(0, -0.16, -0.04)), 0.045, TROUSERS);
        }
        return s;
    }
}
