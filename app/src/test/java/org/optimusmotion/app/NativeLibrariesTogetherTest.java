package org.optimusmotion.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Vec3;

/**
 * LWJGL's natives (OpenGL through EGL) and JavaCPP's (FFmpeg, OpenCV, OpenBLAS 1.5.12) load and work
 * in one JVM, whichever loads first; a version clash in the bytedeco stack shows up here first.
 */
class NativeLibrariesTogetherTest {

    @Test
    void openGlFfmpegAndOpenCvRunInOneJvm() {
        // FFmpeg 7.1: libavcodec major version 61.
        assertEquals(61, avcodec.avcodec_version() >>> 16, "libavcodec major version");
        try (Mat m = new Mat(4, 4, opencv_core.CV_64FC1, new Scalar(2.0))) {
            assertEquals(32.0, opencv_core.sumElems(m).get(0), 1e-12);
        }
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            PinholeCamera camera = PinholeCamera.lookAt(new Vec3(0, -3, 1), new Vec3(0, 0, 1), 50, 32, 32);
            int[] pixels = new int[32 * 32];
            renderer.render(RenderScene.builder(camera).build(), pixels);
            assertEquals(RenderScene.DEFAULT_BACKGROUND.toArgb(), pixels[0]);
            assertTrue(renderer.description().contains("|"), renderer.description());
        }
    }
}
