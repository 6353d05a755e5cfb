package org.optimusmotion.app.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one frame shows: lit capsules and spheres, unlit line segments, an optional ground grid,
 * an optional background image (drawn first, stretched to the whole frame, so the scene appears over
 * a video frame), the background colour used where there is no image, and the camera. The frame size
 * is the camera's. Immutable (lists are copied).
 *
 * @param capsules lit capsules
 * @param spheres lit spheres
 * @param lines unlit one-pixel lines
 * @param ground the ground, or empty for none
 * @param background image drawn behind everything, or empty for a plain {@code backgroundColor}
 * @param backgroundColor clear colour where no background image is given
 * @param camera the camera; its width and height are the frame size
 */
public record RenderScene(List<Capsule> capsules, List<Sphere> spheres, List<LineSegment> lines,
        Optional<GroundGrid> ground, Optional<ArgbImage> background, Rgba backgroundColor, PinholeCamera camera) {

    /** A sky-grey backdrop. */
    public static final Rgba DEFAULT_BACKGROUND = Rgba.rgb255(205, 215, 228);

    public RenderScene {
        capsules = List.copyOf(capsules);
        spheres = List.copyOf(spheres);
        lines = List.copyOf(lines);
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(backgroundColor, "backgroundColor");
        Objects.requireNonNull(camera, "camera");
    }

    /** A builder for a scene seen through {@code camera}. */
    public static Builder builder(PinholeCamera camera) {
        return new Builder(camera);
    }

    /** Collects scene parts; not thread-safe. */
    public static final class Builder {
        private final PinholeCamera camera;
        private final List<Capsule> capsules = new ArrayList<>();
        private final List<Sphere> spheres = new ArrayList<>();
        private final List<LineSegment> lines = new ArrayList<>();
        private GroundGrid ground;
        private ArgbImage background;
        private Rgba backgroundColor = DEFAULT_BACKGROUND;

        private Builder(PinholeCamera camera) {
            this.camera = Objects.requireNonNull(camera, "camera");
        }

        public Builder capsule(Capsule c) {
            capsules.add(c);
            return this;
        }

        public Builder capsule(Vec3 a, Vec3 b, double radiusM, Rgba color) {
            return capsule(new Capsule(a, b, radiusM, color));
        }

        public Builder sphere(Sphere s) {
            spheres.add(s);
            return this;
        }

        public Builder line(LineSegment l) {
            lines.add(l);
            return this;
        }

        public Builder ground(GroundGrid g) {
            ground = g;
            return this;
        }

        public Builder background(ArgbImage image) {
            background = image;
            return this;
        }

        public Builder backgroundColor(Rgba color) {
            backgroundColor = color;
            return this;
        }

        public RenderScene build() {
            return new RenderScene(capsules, spheres, lines, Optional.ofNullable(ground), Optional.ofNullable(background),
                    backgroundColor, camera);
        }
    }
}
