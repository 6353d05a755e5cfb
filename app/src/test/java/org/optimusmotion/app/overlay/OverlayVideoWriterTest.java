package org.optimusmotion.app.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.body.BodyPoser;
import org.optimusmotion.app.fit.CaseLoader;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.fit.TestCases;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

class OverlayVideoWriterTest {

    @TempDir
    Path temp;

    @Test
    void writesEveryFrameWithTheBodyOverTheVideo() throws Exception {
        MotionCase c = new CaseLoader().load(TestCases.sample());
        Model model = HumanoidLoader.loadDefault();
        // A body standing at the reference pose in front of the camera for 10 frames.
        int frames = 10;
        double[] q = new double[frames * model.dof()];
        double[] k = new double[frames * 3 * Keypoint.COUNT];
        BodyPoser poser = new BodyPoser(model);
        for (int f = 0; f < frames; f++) {
            System.arraycopy(model.referencePose(), 0, q, f * model.dof(), model.dof());
            poser.keypointsInto(q, f * model.dof(), k, f * 3 * Keypoint.COUNT);
        }
        FitPose pose = new FitPose(frames, model.dof(), c.fps(), q, k);
        Path out = temp.resolve("overlay.mp4");
        int[] written = {0};
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            new OverlayVideoWriter(model, renderer::render).write(out, c,
                    List.of(new OverlayVideoWriter.ColoredPose(pose, Rgba.rgb255(0, 0, 255))), n -> written[0] = n);
        }
        assertEquals(c.video().get().frameCount(), written[0]);
        try (VideoReader overlay = VideoReader.open(out); VideoReader input = VideoReader.open(c.video().get().file())) {
            assertEquals(c.video().get().frameCount(), overlay.info().frameCount());
            // Where the body stands (the projected pelvis), frame 0 turned blue; frame 20 (no body) did not change much.
            double[] uv = new double[2];
            c.camera().get().project(k, 3 * Keypoint.PELVIS.ordinal(), uv, 0);
            int x = (int) Math.round(uv[0]);
            int y = (int) Math.round(uv[1]);
            int[] a = new int[640 * 360];
            int[] b = new int[640 * 360];
            overlay.readFrame(0, a);
            input.readFrame(0, b);
            int blue = a[y * 640 + x] & 0xff;
            int red = (a[y * 640 + x] >> 16) & 0xff;
            assertTrue(blue > red + 60, String.format("pixel %08x at (%d, %d) should be the blue body", a[y * 640 + x], x, y));
        }
    }
}
