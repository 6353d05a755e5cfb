package org.optimusmotion.app.cli;

import org.optimusmotion.app.detect.FetchedModels;
import org.optimusmotion.app.detect.PoseModel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.detect.Mannequin;
import org.optimusmotion.app.fit.TestCases;
import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.app.video.VideoWriter;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import picocli.CommandLine;

class DetectCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    /** Six frames of the mannequin stepping sideways, 320 × 480 at 30 fps. */
    private Path renderedClip() throws Exception {
        int w = 320;
        int h = 480;
        PinholeCamera camera = PinholeCamera.lookAt(new Vec3(0, -3.2, 1.0), new Vec3(0, 0, 0.9), 45, w, h);
        Path video = dir.resolve("mannequin.mp4");
        int[] pixels = new int[w * h];
        try (OffscreenRenderer renderer = new OffscreenRenderer()) {
            VideoWriter writer = VideoWriter.open(video, w, h, 30);
            try {
                for (int i = 0; i < 6; i++) {
                    renderer.render(Mannequin.addTo(RenderScene.builder(camera).ground(GroundGrid.defaultFloor()), 0.02 * i)
                            .build(), pixels);
                    writer.write(pixels);
                }
                writer.close();
            } finally {
                writer.abort();
            }
        }
        return video;
    }

    @Test
    void detectWritesACaseFolderFromARawVideo() throws Exception {
        FetchedModels.assumeAvailable(PoseModel.LITE);
        Path video = renderedClip();
        Path o = dir.resolve("out");
        assertEquals(0, run("detect", "--video", video.toString(), "--out", o.toString(), "--draw-frames", "0",
                "--draw-size", "200"), err.toString());
        for (String f : new String[] {"keypoints2d.json", "keypoints2d.csv", "keypoints3d.csv", "camera.json", "detect.json",
            "landmarks_0000.png"}) {
            assertTrue(Files.size(o.resolve(f)) > 0, f);
        }
        JsonNode summary = new ObjectMapper().readTree(o.resolve("detect.json").toFile());
        assertEquals(6, summary.get("frames").asInt());
        assertEquals(6, summary.get("frames_with_person").asInt(), summary.toString());
        assertEquals(6, CaseFiles.read(o).input().frameCount(), "reconstruct --case reads the folder");
        assertTrue(out.toString().contains("person in 6 (100.0 %)"), out.toString());
    }

    @Test
    void aMissingVideoIsOneLine() {
        assertEquals(UserError.EXIT_CODE, run("detect", "--video", dir.resolve("nope.mp4").toString(), "--out", dir.toString()));
        assertEquals("error: " + dir.resolve("nope.mp4") + ": file not found", err.toString().strip());
    }

    @Test
    void aCorruptVideoIsOneLine() throws Exception {
        Path bad = dir.resolve("bad.mp4");
        Files.write(bad, new byte[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        assertEquals(UserError.EXIT_CODE, run("detect", "--video", bad.toString(), "--out", dir.resolve("o").toString()));
        String message = err.toString().strip();
        assertTrue(message.startsWith("error: ") && message.contains("bad.mp4") && !message.contains("\n"), message);
        assertTrue(Files.notExists(dir.resolve("o")), "nothing written for a video that cannot be read");
    }

    @Test
    void aVideoThatBreaksAfterOpeningLeavesNoEmptyOutputFolder() throws Exception {
        FetchedModels.assumeAvailable(PoseModel.LITE);
        // The sample's container with its frame data zeroed: it opens, then no frame decodes.
        byte[] video = Files.readAllBytes(TestCases.sample().resolve("video.mp4"));
        String text = new String(video, java.nio.charset.StandardCharsets.ISO_8859_1);
        int mdat = text.indexOf("mdat");
        int moov = text.indexOf("moov");
        assertTrue(mdat > 0 && moov > mdat, "sample video layout: mdat before moov");
        java.util.Arrays.fill(video, mdat + 8, moov - 8, (byte) 0);
        Path broken = Files.write(dir.resolve("broken.mp4"), video);
        Path out = dir.resolve("broken-out");
        assertEquals(UserError.EXIT_CODE, run("detect", "--video", broken.toString(), "--out", out.toString()));
        assertTrue(err.toString().strip().startsWith("error: ") && err.toString().contains("broken.mp4"), err.toString());
        assertTrue(Files.notExists(out), "the folder detect made for its outputs is removed when nothing was written");
    }

    @Test
    void anUnknownModelIsOneLine() {
        assertEquals(UserError.EXIT_CODE, run("detect", "--video", "x.mp4", "--out", dir.toString(), "--model", "heavy"));
        assertEquals("error: --model: unknown pose model 'heavy' (expected lite or full)", err.toString().strip());
    }

    @Test
    void aCameraForOtherImagesIsRefused() throws Exception {
        Path video = renderedClip();
        Path camera = dir.resolve("camera.json");
        Files.writeString(camera, "{\"format\": \"optimus-camera-v1\", \"image_width\": 1920, \"image_height\": 1080,"
                + " \"fx\": 1000, \"fy\": 1000, \"cx\": 960, \"cy\": 540,"
                + " \"rotation\": [[1, 0, 0], [0, 0, -1], [0, 1, 0]], \"translation_m\": [0, 1, 4]}");
        assertEquals(UserError.EXIT_CODE, run("detect", "--video", video.toString(), "--out", dir.resolve("o").toString(),
                "--camera", camera.toString()));
        assertEquals("error: the camera is for 1920x1080 images but the video is 320x480", err.toString().strip());
    }
}
