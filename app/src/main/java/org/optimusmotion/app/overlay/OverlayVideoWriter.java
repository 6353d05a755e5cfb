package org.optimusmotion.app.overlay;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.optimusmotion.app.body.PoseDrawer;
import org.optimusmotion.app.body.CameraConversion;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.render.ArgbImage;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.app.video.VideoWriter;
import org.optimusmotion.physics.model.Model;

/**
 * Writes the input video with fitted bodies drawn over it: each frame is decoded, used as the
 * background of a scene seen through the case's camera (distortion ignored), and the bodies' capsules
 * are rendered in front of it. Frames past the end of a fit show the video alone. Allocates per frame
 * (export, not a hot loop); not thread-safe (owns a {@link PoseDrawer}).
 */
public final class OverlayVideoWriter {

    /** Draws a scene into a caller's {@code width x height} ARGB buffer (e.g. {@code OffscreenRenderer::render}). */
    @FunctionalInterface
    public interface RenderFunction {
        void render(RenderScene scene, int[] outArgb);
    }

    /** A fitted body and the colour it is drawn in. */
    public record ColoredPose(FitPose pose, Rgba color) {
        public ColoredPose {
            Objects.requireNonNull(pose, "pose");
            Objects.requireNonNull(color, "color");
        }
    }

    private final Model model;
    private final RenderFunction renderer;

    public OverlayVideoWriter(Model model, RenderFunction renderer) {
        this.model = Objects.requireNonNull(model, "model");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Writes {@code target} (MP4, replaced atomically by {@link VideoWriter}).
     *
     * @param progress receives the number of frames written so far
     * @throws IllegalArgumentException when the case has no video or no camera (message for the user)
     */
    public void write(Path target, MotionCase motionCase, List<ColoredPose> bodies, IntConsumer progress)
            throws VideoFileException {
        VideoInfo info = motionCase.video().orElseThrow(() -> new IllegalArgumentException(
                "An overlay video needs the case's video."));
        PinholeCamera camera = CameraConversion.toPinhole(motionCase.camera().orElseThrow(() -> new IllegalArgumentException(
                "An overlay video needs the case's camera (camera.json).")));
        int width = info.width() - info.width() % 2;
        int height = info.height() - info.height() % 2;
        if (camera.width() != info.width() || camera.height() != info.height()) {
            throw new IllegalArgumentException("The camera is " + camera.width() + "x" + camera.height() + " but the video is "
                    + info.width() + "x" + info.height() + ".");
        }
        PoseDrawer drawer = new PoseDrawer(model);
        int[] frame = new int[info.width() * info.height()];
        int[] out = new int[info.width() * info.height()];
        int[] cropped = width == info.width() && height == info.height() ? out : new int[width * height];
        try (VideoReader reader = VideoReader.open(info.file());
                VideoWriter writer = VideoWriter.open(target, width, height, info.fps())) {
            for (int f = 0; f < info.frameCount(); f++) {
                reader.readFrame(f, frame);
                RenderScene.Builder scene = RenderScene.builder(camera).background(ArgbImage.copyOf(info.width(), info.height(), frame));
                for (ColoredPose body : bodies) {
                    if (f < body.pose().frames()) {
                        drawer.addTo(scene, body.pose(), f, body.color());
                    }
                }
                renderer.render(scene.build(), out);
                if (cropped != out) {
                    for (int y = 0; y < height; y++) {
                        System.arraycopy(out, y * info.width(), cropped, y * width, width);
                    }
                }
                writer.write(cropped);
                progress.accept(f + 1);
            }
        }
    }
}
