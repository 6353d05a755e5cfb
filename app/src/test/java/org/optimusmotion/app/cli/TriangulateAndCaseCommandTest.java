package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.Rotations;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import picocli.CommandLine;

class TriangulateAndCaseCommandTest {

    private static final int K = Keypoint.COUNT;
    private static final Path POSE2SIM = Path.of("/work/shared/data/real/pose2sim-single-person");

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

    /** Three cameras around the origin in a Pose2Sim TOML; returns them in file order. */
    private List<Camera> writeCalibration(Path toml) throws IOException {
        List<Camera> cams = new ArrayList<>();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            double a = 2 * Math.PI * i / 3 + 0.2;
            double[] eye = {4 * Math.cos(a), 4 * Math.sin(a), 1.3};
            double[] r = Rotations.lookAt(eye, new double[] {0, 0, 1}, new double[] {0, 0, 1});
            double[] t = new double[3];
            for (int row = 0; row < 3; row++) {
                t[row] = -(r[3 * row] * eye[0] + r[3 * row + 1] * eye[1] + r[3 * row + 2] * eye[2]);
            }
            double[] rvec = Rotations.toRodrigues(r);
            Camera c = Camera.fromRodrigues(1600, 1600, 540, 960, 1080, 1920, -0.001, 0.002, rvec, t);
            cams.add(c);
            s.append(String.format(Locale.ROOT, "[cam_%02d]%nname = \"cam_%02d\"%nsize = [ 1080.0, 1920.0]%n"
                    + "matrix = [ [ 1600.0, 0.0, 540.0], [ 0.0, 1600.0, 960.0], [ 0.0, 0.0, 1.0]]%n"
                    + "distortions = [ -0.001, 0.002, 0.0, 0.0]%nrotation = [ %.17g, %.17g, %.17g]%n"
                    + "translation = [ %.17g, %.17g, %.17g]%nfisheye = false%n%n", i + 1, i + 1,
                    rvec[0], rvec[1], rvec[2], t[0], t[1], t[2]));
        }
        s.append("[metadata]\nadjusted = false\nerror = 0.0\n");
        Files.writeString(toml, s.toString());
        return cams;
    }

    @Test
    void triangulatesViewsWrittenInAnyTrackFormat() throws IOException {
        Path toml = dir.resolve("Calib.toml");
        List<Camera> cams = writeCalibration(toml);
        int frames = 3;
        SplittableRandom rnd = new SplittableRandom(4);
        double[] truth = new double[frames * K * 3];
        for (int i = 0; i < truth.length; i += 3) {
            truth[i] = rnd.nextDouble(-0.3, 0.3);
            truth[i + 1] = rnd.nextDouble(-0.3, 0.3);
            truth[i + 2] = rnd.nextDouble(0.1, 1.8);
        }
        List<String> files = new ArrayList<>();
        for (int v = 0; v < cams.size(); v++) {
            double[] xy = new double[frames * K * 2];
            double[] conf = new double[frames * K];
            for (int i = 0; i < frames * K; i++) {
                assertTrue(cams.get(v).project(truth, 3 * i, xy, 2 * i));
                conf[i] = 0.9;
            }
            Path f = dir.resolve("view" + v + ".csv");
            new Keypoints2DCsv().write(f, new KeypointSequence2D(60, 1080, 1920, xy, conf));
            files.add(f.toString());
        }
        Path outDir = dir.resolve("tri");
        assertEquals(0, run("triangulate", "--keypoints2d", String.join(",", files), "--calibration", toml.toString(),
                "--out", outDir.toString()), err.toString());
        JsonNode rep = new ObjectMapper().readTree(outDir.resolve(TriangulateCommand.REPROJECTION).toFile());
        assertTrue(rep.get("overall").get("median_px").asDouble() < 0.01, rep.toString());
        assertEquals(3, rep.get("views").size());
        assertEquals("cam_03", rep.get("views").get(2).asText());
        KeypointSequence3D tri = new Keypoints3DCsv().read(outDir.resolve(TriangulateCommand.POINTS), 0);
        // Pelvis, spine, thorax, neck are derived; the random truth's are not means, so compare the rest.
        assertEquals(truth[3 * (K + Keypoint.LEFT_KNEE.ordinal()) + 2], tri.get(1, Keypoint.LEFT_KNEE, 2), 1e-6);
    }

    @Test
    void aLoweredWorldKeepsEveryPixel() throws IOException {
        Camera c = writeCalibration(dir.resolve("Calib.toml")).get(1);
        double floor = 0.37;
        Camera lowered = CasePose2SimCommand.lowered(c, floor);
        double[] uv = new double[2];
        double[] uvLowered = new double[2];
        assertTrue(c.project(new double[] {0.2, -0.1, 1.1}, 0, uv, 0));
        assertTrue(lowered.project(new double[] {0.2, -0.1, 1.1 - floor}, 0, uvLowered, 0));
        assertEquals(uv[0], uvLowered[0], 1e-9);
        assertEquals(uv[1], uvLowered[1], 1e-9);
        assertEquals(c.centreM()[2] - floor, lowered.centreM()[2], 1e-12);
    }

    @Test
    void badInputGetsOneLineNamingTheProblem() throws IOException {
        Path toml = dir.resolve("Calib.toml");
        writeCalibration(toml);
        Path a = dir.resolve("a.csv");
        new Keypoints2DCsv().write(a, new KeypointSequence2D(60, 1080, 1920, new double[K * 2], new double[K]));
        assertEquals(UserError.EXIT_CODE, run("triangulate", "--keypoints2d", a + "," + a, "--calibration",
                toml.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("2 2D tracks but 3 cameras") && err.toString().contains("--cameras"), err.toString());
        assertEquals(UserError.EXIT_CODE, run("triangulate", "--keypoints2d", a + "," + a, "--cameras", "cam_01,cam_9",
                "--calibration", toml.toString(), "--out", dir.resolve("o").toString()));
        assertTrue(err.toString().contains("no camera 'cam_9'"), err.toString());
        assertEquals(UserError.EXIT_CODE, run("case", "pose2sim", "--data", dir.resolve("nothing").toString(), "--view",
                "1", "--out", dir.resolve("c").toString()));
        assertTrue(err.toString().contains("nothing") && err.toString().contains("not a folder"), err.toString());
    }

    @Test
    void realPose2SimViewsTriangulateOntoTheirTrc() throws IOException {
        Path kp = POSE2SIM.resolve("keypoints");
        Assumptions.assumeTrue(Files.isDirectory(kp), "Pose2Sim demo data not available");
        String views = String.join(",", kp.resolve("pose/cam01_json").toString(), kp.resolve("pose/cam02_json").toString(),
                kp.resolve("pose/cam03_json").toString(), kp.resolve("pose/cam04_json").toString());
        Path outDir = dir.resolve("tri");
        assertEquals(0, run("triangulate", "--keypoints2d", views, "--calibration", kp.resolve("Calib_qualisys.toml").toString(),
                "--reference", kp.resolve("S00_P00_T01_BalancingTrial_0-100.trc").toString(), "--out", outDir.toString()),
                err.toString());
        JsonNode ref = new ObjectMapper().readTree(outDir.resolve(TriangulateCommand.REFERENCE_ERROR).toFile());
        // Measured 3.3 mm median, 6.3 mm mean (docs/real-pose2sim.md).
        assertTrue(ref.get("overall").get("median_mm").asDouble() < 6, ref.get("overall").toString());
        assertTrue(ref.get("overall").get("mean_mm").asDouble() < 12, ref.get("overall").toString());
    }
}
