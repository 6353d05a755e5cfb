package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import picocli.CommandLine;

class EvaluateAndConvertCommandTest {

    private static final int K = Keypoint.COUNT;

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

    private Path track(String name, double fps, int frames, double shiftX) throws IOException {
        SplittableRandom rnd = new SplittableRandom(17);
        double[] p = new double[frames * K * 3];
        for (int i = 0; i < p.length; i += 3) {
            p[i] = rnd.nextDouble(-0.3, 0.3) + shiftX;
            p[i + 1] = rnd.nextDouble(-0.3, 0.3);
            p[i + 2] = rnd.nextDouble(0, 1.8);
        }
        Path f = dir.resolve(name);
        new Keypoints3DCsv().write(f, KeypointSequence3D.allValid(fps, p));
        return f;
    }

    @Test
    void evaluatePrintsTheMetricsJson() throws IOException {
        Path gt = track("gt.csv", 25, 4, 0);
        Path pred = track("pred.csv", 25, 4, 0.02);
        Path report = dir.resolve("metrics.json");
        assertEquals(0, run("evaluate", "--pred", pred.toString(), "--gt", gt.toString(), "--out", report.toString()),
                err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(20, json.get("mpjpe_g_mm").asDouble(), 1e-3);
        assertEquals(0, json.get("mpjpe_mm").asDouble(), 1e-3);
        assertTrue(json.get("mpjpe_2d_px").isNull());
        assertEquals(json, new ObjectMapper().readTree(Files.readString(report)));
    }

    @Test
    void evaluateUsesTheCameraOfACaseFolder() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("case"));
        Path gt = track("case/ground_truth.csv", 25, 3, 0);
        Path pred = track("pred.csv", 25, 3, 0);
        new CameraJson().write(caseDir.resolve("camera.json"),
                CameraEstimate.framing(640, 480, new Keypoints3DCsv().read(gt, 0)));
        assertEquals(0, run("evaluate", "--pred", pred.toString(), "--gt", caseDir.toString()), err.toString());
        assertEquals(0, new ObjectMapper().readTree(out.toString()).get("mpjpe_2d_px").asDouble(), 1e-6);
    }

    @Test
    void corruptInputPrintsOneLineAndExitsTwo() throws IOException {
        Path gt = track("gt.csv", 25, 3, 0);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "# fps=25\nframe,keypoint,x,y,z\n0,pelvis,1,2\n");
        assertEquals(2, run("evaluate", "--pred", bad.toString(), "--gt", gt.toString()));
        assertEquals("error: " + bad + " line 3: expected 5 values (frame,keypoint,x,y,z), found 4",
                err.toString().trim());
    }

    @Test
    void frameCountsThatDisagreeAreAUserError() throws IOException {
        Path gt = track("gt.csv", 25, 10, 0);
        Path pred = track("pred.csv", 25, 4, 0);
        assertEquals(2, run("evaluate", "--pred", pred.toString(), "--gt", gt.toString()));
        assertTrue(err.toString().startsWith("error: frame counts disagree"), err.toString());
    }

    @Test
    void convertResamplesA3dTrack() throws IOException {
        Path in = track("in.csv", 50, 5, 0);
        Path converted = dir.resolve("out.csv");
        assertEquals(0, run("convert", "--in", in.toString(), "--out", converted.toString(), "--to-fps", "25"),
                err.toString());
        KeypointSequence3D t = new Keypoints3DCsv().read(converted, 0);
        assertEquals(25, t.fps());
        assertEquals(3, t.frameCount());
    }

    @Test
    void evaluateRefusesAPredictionKilometresAwayInsteadOfPrintingNulls() throws IOException {
        Path gt = track("gt.csv", 25, 4, 0);
        Path pred = track("pred.csv", 25, 4, 1e300);
        Path report = dir.resolve("metrics.json");
        assertEquals(UserError.EXIT_CODE, run("evaluate", "--pred", pred.toString(), "--gt", gt.toString(),
                "--out", report.toString()));
        assertTrue(err.toString().startsWith("error: " + pred + " frame 0: pelvis is "), err.toString());
        assertFalse(Files.exists(report));
    }

    @Test
    void convertRefusesFrameRatesItCannotResampleTo() throws IOException {
        Path in = track("in.csv", 50, 5, 0);
        for (String fps : new String[] {"0", "-5", "NaN", "1e9"}) {
            err.getBuffer().setLength(0);
            Path converted = dir.resolve("out" + fps + ".csv");
            assertEquals(UserError.EXIT_CODE, run("convert", "--in", in.toString(), "--out", converted.toString(),
                    "--to-fps", fps), fps);
            assertTrue(err.toString().startsWith("error: --to-fps must be in (0, 2000], got "), err.toString());
            assertFalse(Files.exists(converted), fps);
        }
    }

    @Test
    void aFolderGivenAsAnInputFileIsNamed() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("walk.csv"));
        assertEquals(UserError.EXIT_CODE, run("convert", "--in", folder.toString(), "--out", dir.resolve("o.bvh").toString()));
        assertEquals("error: " + folder + ": is a folder, not a file", err.toString().strip());
    }

    @Test
    void convertWritesKeypointsAsBvhAndRefuses2dInput() throws IOException {
        Path in = track("in.csv", 50, 2, 0);
        Path bvh = dir.resolve("x.bvh");
        assertEquals(0, run("convert", "--in", in.toString(), "--out", bvh.toString()), err.toString());
        assertTrue(Files.readString(bvh).startsWith("HIERARCHY\nROOT pelvis\n"));
        Path flat = dir.resolve("flat.csv");
        Files.writeString(flat, "# fps=25\nframe,keypoint,x,y,confidence\n0,pelvis,1,2,0.5\n");
        assertEquals(2, run("convert", "--in", flat.toString(), "--out", dir.resolve("y.bvh").toString()));
        assertTrue(err.toString().contains("BVH output needs a 3D input"), err.toString());
    }
}
