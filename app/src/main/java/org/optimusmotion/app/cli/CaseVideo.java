package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.RendererOptions;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.app.video.VideoWriter;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/** Renders a keypoint track as a capsule figure seen through a case camera, to MP4 (atomically). */
final class CaseVideo {

    /** Bones drawn as capsules: (keypoint a, keypoint b, radius in m). */
    private static final Object[][] BONES = {
        {Keypoint.PELVIS, Keypoint.RIGHT_HIP, 0.06}, {Keypoint.PELVIS, Keypoint.LEFT_HIP, 0.06},
        {Keypoint.RIGHT_HIP, Keypoint.RIGHT_KNEE, 0.055}, {Keypoint.RIGHT_KNEE, Keypoint.RIGHT_ANKLE, 0.045},
        {Keypoint.RIGHT_ANKLE, Keypoint.RIGHT_TOE, 0.035}, {Keypoint.LEFT_HIP, Keypoint.LEFT_KNEE, 0.055},
        {Keypoint.LEFT_KNEE, Keypoint.LEFT_ANKLE, 0.045}, {Keypoint.LEFT_ANKLE, Keypoint.LEFT_TOE, 0.035},
        {Keypoint.PELVIS, Keypoint.SPINE, 0.09}, {Keypoint.SPINE, Keypoint.THORAX, 0.1},
        {Keypoint.THORAX, Keypoint.NECK, 0.05}, {Keypoint.NECK, Keypoint.HEAD, 0.09},
        {Keypoint.THORAX, Keypoint.LEFT_SHOULDER, 0.05}, {Keypoint.LEFT_SHOULDER, Keypoint.LEFT_ELBOW, 0.04},
        {Keypoint.LEFT_ELBOW, Keypoint.LEFT_WRIST, 0.035}, {Keypoint.THORAX, Keypoint.RIGHT_SHOULDER, 0.05},
        {Keypoint.RIGHT_SHOULDER, Keypoint.RIGHT_ELBOW, 0.04}, {Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_WRIST, 0.035},
    };
    private static final Rgba BODY = Rgba.rgb255(214, 120, 70);

    private CaseVideo() {
    }

    /**
     * Writes {@code target} with one frame per track frame at the track's rate; when {@code snapshot}
     * is not null, also the middle frame as a PNG.
     */
    static void write(Path target, KeypointSequence3D track, Camera camera, TerminalProgress progress, Path snapshot)
            throws IOException {
        PinholeCamera view = new PinholeCamera(camera.fx(), camera.fy(), camera.cx(), camera.cy(), camera.widthPx(),
                camera.heightPx(), camera.rotation(), camera.translationM());
        int[] pixels = new int[camera.widthPx() * camera.heightPx()];
        double[] c = camera.centreM();
        GroundGrid floor = new GroundGrid(0, c[0], c[1], 15, 0.5, Rgba.rgb255(150, 150, 150), Rgba.rgb255(95, 95, 95));
        try (OffscreenRenderer gl = new OffscreenRenderer(RendererOptions.defaults())) {
            VideoWriter writer = VideoWriter.open(target, camera.widthPx(), camera.heightPx(), track.fps());
            try {
                for (int f = 0; f < track.frameCount(); f++) {
                    RenderScene.Builder scene = RenderScene.builder(view).ground(floor);
                    for (Object[] bone : BONES) {
                        int a = ((Keypoint) bone[0]).ordinal();
                        int b = ((Keypoint) bone[1]).ordinal();
                        if (track.isValid(f, a) && track.isValid(f, b)) {
                            scene.capsule(point(track, f, a), point(track, f, b), (Double) bone[2], BODY);
                        }
                    }
                    gl.render(scene.build(), pixels);
                    writer.write(pixels);
                    if (snapshot != null && f == track.frameCount() / 2) {
                        writePng(pixels, camera.widthPx(), camera.heightPx(), snapshot);
                    }
                    if (progress != null) {
                        progress.step();
                    }
                }
                writer.close();
            } finally {
                writer.abort();
            }
        }
    }

    private static void writePng(int[] argb, int width, int height, Path file) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (!javax.imageio.ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        org.optimusmotion.optimizer.io.AtomicFiles.writeBytes(file, bytes.toByteArray());
    }

    private static Vec3 point(KeypointSequence3D t, int f, int k) {
        return new Vec3(t.get(f, k, 0), t.get(f, k, 1), t.get(f, k, 2));
    }
}
