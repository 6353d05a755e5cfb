package org.optimusmotion.app.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.ImagePoint;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Vec3;

/**
 * Renders 30 frames of a capsule moving sideways, writes them to MP4, reads the file back: frame
 * count, rate and the capsule's image position must survive encoding. OpenGL (LWJGL) and FFmpeg
 * (JavaCV) run in the same JVM here.
 */
class RenderedVideoRoundTripTest {

    private static final int W = 320;
    private static final int H = 240;
    private static final int FRAMES = 30;
    private static final double FPS = 30;
    private static final PinholeCamera CAMERA =
            PinholeCamera.lookAt(new Vec3(0, -4, 1.2), new Vec3(0, 0, 0.9), 45, W, H);

    @TempDir
    static Path dir;
    private static Path video;

    @BeforeAll
    static void renderAndWrite() throws Exception {
        video = dir.resolve("moving.mp4");
        int[] pixels = new int[W * H];
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            VideoWriter writer = VideoWriter.open(video, W, H, FPS);
            try {
                for (int i = 0; i < FRAMES; i++) {
                    renderer.render(scene(i), pixels);
                    writer.write(pixels);
                }
                assertFalse(Files.exists(video), "the target appears only when the writer closes");
                writer.close();
            } finally {
                writer.abort();
            }
        }
    }

    @AfterAll
    static void noTemporaryFilesLeft() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the finished video remains in " + dir);
        }
    }

    /** Frame i: a red capsule at x = -1 + i / 15 m (moves 1.93 m to the right over 30 frames). */
    static RenderScene scene(int i) {
        double x = capsuleX(i);
        return RenderScene.builder(CAMERA)
                .ground(GroundGrid.defaultFloor())
                .capsule(new Vec3(x, 0, 0.3), new Vec3(x, 0, 1.5), 0.15, Rgba.rgb255(220, 30, 30))
                .build();
    }

    static double capsuleX(int i) {
        return -1 + i / 15.0;
    }

    @Test
    void frameCountRateAndSizeSurvive() throws Exception {
        try (VideoReader reader = VideoReader.open(video)) {
            VideoInfo info = reader.info();
            assertEquals(FRAMES, info.frameCount());
            assertEquals(FPS, info.fps(), 1e-6);
            assertEquals(W, info.width());
            assertEquals(H, info.height());
            assertEquals("h264", info.codec());
        }
    }

    @Test
    void capsuleMovesInTheImageWhereTheCameraProjectsIt() throws Exception {
        try (VideoReader reader = VideoReader.open(video)) {
            int[] pixels = new int[W * H];
            for (int i : new int[] {0, FRAMES - 1}) {
                reader.readFrame(i, pixels);
                double expected = CAMERA.project(new Vec3(capsuleX(i), 0, 0.9)).u();
                assertEquals(expected, redCentroidColumn(pixels), 2.0, "capsule column in frame " + i);
            }
            ImagePoint first = CAMERA.project(new Vec3(capsuleX(0), 0, 0.9));
            ImagePoint last = CAMERA.project(new Vec3(capsuleX(FRAMES - 1), 0, 0.9));
            assertTrue(last.u() - first.u() > 100, "the motion spans more than 100 px");
        }
    }

    @Test
    void seekingIsExactAndReadingAgainFromZeroYieldsEveryFrame() throws Exception {
        try (VideoReader reader = VideoReader.open(video)) {
            int[][] sequential = new int[FRAMES][W * H];
            for (int i = 0; i < FRAMES; i++) {
                reader.readFrame(i, sequential[i]);
            }
            int[] seeked = new int[W * H];
            for (int i : new int[] {20, 3, 29, 0, 1, 17}) {
                reader.readFrame(i, seeked);
                assertArrayEquals(sequential[i], seeked, "frame " + i + " after seeking");
            }
            for (int i = 0; i < FRAMES; i++) {
                reader.readFrame(i, seeked);
                assertArrayEquals(sequential[i], seeked, "frame " + i + " on the second pass");
            }
        }
    }

    static double redCentroidColumn(int[] pixels) {
        double sum = 0;
        int n = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int p = pixels[y * W + x];
                int r = (p >>> 16) & 0xff;
                int g = (p >>> 8) & 0xff;
                int b = p & 0xff;
                if (r > 60 && r > 2.5 * g && r > 2.5 * b) {
                    sum += x;
                    n++;
                }
            }
        }
        assertTrue(n > 100, "capsule pixels found: " + n);
        return sum / n;
    }
}
