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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.model.BodyShape;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.synth.SynthNoise;
import org.optimusmotion.physics.synth.SyntheticCase;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;
import picocli.CommandLine;

class ReconstructionCommandsTest {

    /** Tiny settings: the tests check the plumbing, not the quality. */
    private static final String[] TINY = {"--window", "4", "--overlap", "1", "--iterations", "3", "--evaluations", "6",
        "--substeps", "5"};

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

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /** A case of the body model standing in its reference pose, drifting forward slowly. */
    private Path standingCase(int frames) throws IOException {
        double[] ref = HumanoidLoader.referenceKeypoints(HumanoidLoader.readDefault(), BodyShape.DEFAULT);
        double[] p = new double[frames * ref.length];
        for (int f = 0; f < frames; f++) {
            for (int i = 0; i < ref.length; i++) {
                p[f * ref.length + i] = ref[i] + (i % 3 == 0 ? 0.01 * f : 0);
            }
        }
        KeypointSequence3D truth = KeypointSequence3D.allValid(30, p);
        SyntheticCase c = SyntheticCaseGenerator.generate(truth, SyntheticCaseGenerator.camera(truth, 4, 1.2, -90),
                SynthNoise.DEFAULT, 3);
        Path d = dir.resolve("case");
        CaseFiles.write(d, c);
        return d;
    }

    @Test
    void reconstructWritesBvhMetricsPlotAndSummary() throws IOException {
        Path c = standingCase(7);
        Path o = dir.resolve("out");
        assertEquals(0, run(concat(new String[] {"reconstruct", "--case", c.toString(), "--optimizer", "lbfgs",
            "--out", o.toString()}, TINY)), err.toString());
        for (String f : new String[] {"motion.bvh", "keypoints3d.csv", "metrics.json", "loss.png", "summary.json"}) {
            assertTrue(Files.size(o.resolve(f)) > 0, f);
        }
        JsonNode summary = new ObjectMapper().readTree(o.resolve("summary.json").toFile());
        assertEquals(7, summary.get("committed_frames").asInt());
        JsonNode windows = summary.get("per_window");
        assertEquals(summary.get("windows").asInt(), windows.size());
        long evaluations = 0;
        for (int i = 0; i < windows.size(); i++) {
            JsonNode w = windows.get(i);
            assertEquals(i, w.get("window").asInt());
            assertTrue(w.get("final_loss").asDouble() <= w.get("initial_loss").asDouble(), w.toString());
            evaluations += w.get("evaluations").asLong();
        }
        assertEquals(0, windows.get(0).get("start_frame").asInt());
        assertEquals(summary.get("evaluations").asLong(), evaluations);
        // The BVH scores like the simulated keypoints it was written with.
        StringWriter again = new StringWriter();
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(again));
        assertEquals(0, cmd.execute("evaluate", "--pred", o.resolve("motion.bvh").toString(), "--gt", c.toString()));
        JsonNode fromBvh = new ObjectMapper().readTree(again.toString());
        JsonNode metrics = new ObjectMapper().readTree(o.resolve("metrics.json").toFile());
        assertEquals(metrics.get("mpjpe_g_mm").asDouble(), fromBvh.get("mpjpe_g_mm").asDouble(), 0.01);
    }

    @Test
    void compareWritesOneEntryPerOptimizerWithTheReferenceCount() throws IOException {
        Path c = standingCase(6);
        Path o = dir.resolve("cmp");
        assertEquals(0, run(concat(new String[] {"compare", "--case", c.toString(), "--optimizers", "bfgs,adam:lr=0.01",
            "--out", o.toString()}, TINY)), err.toString());
        JsonNode json = new ObjectMapper().readTree(o.resolve("comparison.json").toFile());
        for (String key : new String[] {"mpjpe_g_mm", "mpjpe_mm", "mpjpe_pa_mm", "mpjpe_2d_px", "tv", "foot_skate",
            "evaluations", "final_loss", "seconds"}) {
            assertTrue(json.get("bfgs").has(key), key);
            assertTrue(json.get("adam:lr=0.01").has(key), key);
        }
        assertTrue(!json.get("bfgs").has("evaluations_to_reach_reference_loss"));
        assertTrue(json.get("adam:lr=0.01").has("evaluations_to_reach_reference_loss"));
        assertTrue(Files.size(o.resolve("loss.png")) > 0);
    }

    @Test
    void windowPolicyIsFixedWithAnExplicitWindowAndAdaptiveOtherwise() throws IOException {
        Path c = standingCase(6);
        String[] budget = {"--iterations", "2", "--evaluations", "4", "--substeps", "5", "--optimizer", "lbfgs"};
        assertEquals(0, run(concat(new String[] {"reconstruct", "--case", c.toString(), "--window", "4",
            "--out", dir.resolve("fixed").toString()}, budget)), err.toString());
        JsonNode fixed = new ObjectMapper().readTree(dir.resolve("fixed").resolve("summary.json").toFile());
        assertEquals("fixed", fixed.get("window_policy").asText());
        assertTrue(fixed.get("root_speed_mps").isNull());
        assertEquals(4, fixed.get("window_frames").asInt());
        assertEquals(2, fixed.get("overlap_frames").asInt(), "the default overlap, capped at window - 2");
        assertEquals(0, run(concat(new String[] {"reconstruct", "--case", c.toString(), "--window-policy", "adaptive",
            "--window", "5", "--overlap", "1", "--out", dir.resolve("adaptive").toString()}, budget)), err.toString());
        JsonNode adaptive = new ObjectMapper().readTree(dir.resolve("adaptive").resolve("summary.json").toFile());
        assertEquals("adaptive", adaptive.get("window_policy").asText());
        assertTrue(adaptive.get("root_speed_mps").asDouble() < 1, "the case drifts at 0.3 m/s");
        assertEquals(5, adaptive.get("window_frames").asInt(), "a slow root keeps the longest window");
        assertEquals(4, adaptive.get("evaluations_per_window").asInt());
        assertEquals(UserError.EXIT_CODE, run("reconstruct", "--case", c.toString(), "--window-policy", "sideways",
                "--out", dir.resolve("bad").toString()));
        assertTrue(err.toString().contains("--window-policy sideways"), err.toString());
    }

    @Test
    void learnedOptimizerRunsFromShippedWeightsAndUnknownIsAOneLineUserError() throws IOException {
        Path c = standingCase(4);
        assertEquals(0, run("reconstruct", "--case", c.toString(), "--optimizer", "optimus",
                "--out", dir.resolve("x").toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("x").resolve("motion.bvh")));
        assertEquals(UserError.EXIT_CODE, run("reconstruct", "--case", c.toString(), "--optimizer", "newton",
                "--out", dir.resolve("y").toString()));
        assertTrue(err.toString().contains("newton"), err.toString());
    }

    @Test
    void missingCaseFileIsNamed() throws IOException {
        Path c = standingCase(4);
        Files.delete(c.resolve(CaseFiles.KEYPOINTS_3D));
        assertEquals(UserError.EXIT_CODE, run("reconstruct", "--case", c.toString(), "--out", dir.resolve("z").toString()));
        assertTrue(err.toString().contains("keypoints3d.csv"), err.toString());
        assertTrue(err.toString().strip().lines().count() == 1, err.toString());
    }

    @Test
    void optionsThatCannotWorkFailInTheFirstSecondWithOneLine() throws IOException {
        Path c = standingCase(4);
        Path file = Files.writeString(dir.resolve("afile"), "not a folder");
        String[][] cases = {
            {"--out", file.toString()},
            {"--out", ""},
            {"--out", dir.resolve("s").toString(), "--substeps", "100000000"},
            {"--out", dir.resolve("g").toString(), "--gt", c.resolve(CaseFiles.GROUND_TRUTH).toString()},
        };
        String[] expected = {
            file + ": is a file, but --out needs a folder",
            "--out is empty: name the output folder",
            "--substeps must be in [1, 1000], got 100000000",
            "give either --case or --keypoints3d/--keypoints2d/--camera/--gt/--video, not both",
        };
        for (int i = 0; i < cases.length; i++) {
            err.getBuffer().setLength(0);
            String[] args = concat(new String[] {"reconstruct", "--case", c.toString(), "--optimizer", "lbfgs"}, cases[i]);
            assertEquals(UserError.EXIT_CODE, run(args), String.join(" ", args));
            assertTrue(err.toString().startsWith("error: " + expected[i]), err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
        }
        assertEquals("not a folder", Files.readString(file), "the file given as --out is untouched");
    }

    @Test
    void windowsThatCouldNotBeSimulatedAreNamedInAWarning() {
        java.util.function.BiFunction<Integer, Double, org.optimusmotion.physics.reconstruct.WindowTrace> trace =
                (start, loss) -> new org.optimusmotion.physics.reconstruct.WindowTrace(start / 9, start, 12,
                        new long[] {1}, new double[] {loss}, loss, org.optimusmotion.optimizer.StopReason.MAX_EVALUATIONS, 0.1);
        assertEquals(null, ReconstructCommand.divergedWindowsWarning(List.of(trace.apply(0, 0.5), trace.apply(9, 0.4)), "bfgs"));
        assertEquals("warning: bfgs: 2 of 3 windows (starting at frames 9, 18) could not be simulated (the loss was never"
                        + " finite); their frames keep the kinematic estimate",
                ReconstructCommand.divergedWindowsWarning(List.of(trace.apply(0, 0.5), trace.apply(9, Double.POSITIVE_INFINITY),
                        trace.apply(18, Double.NaN)), "bfgs"));
    }

    @Test
    void synthWithoutVideoWritesADeterministicCase() throws IOException {
        // A clip in our own body-model BVH: the reference pose walking forward, 1 s at 30 fps.
        org.optimusmotion.physics.model.Model m = HumanoidLoader.loadDefault();
        double[][] angles = new double[30][];
        for (int f = 0; f < 30; f++) {
            angles[f] = m.referencePose();
            angles[f][m.dofIndex("root_tx")] += 0.03 * f;
        }
        Path bvh = dir.resolve("clip.bvh");
        new org.optimusmotion.physics.io.bvh.BvhWriter().write(bvh,
                org.optimusmotion.physics.reconstruct.BodyBvhExport.toBvh(m, angles, 30));
        String[] common = {"synth", "--bvh", bvh.toString(), "--seed", "4", "--fps", "30", "--seconds", "0.5",
            "--no-video", "--out"};
        assertEquals(0, run(concat(common, dir.resolve("a").toString())), err.toString());
        assertEquals(0, run(concat(common, dir.resolve("b").toString())), err.toString());
        for (String f : new String[] {CaseFiles.KEYPOINTS_2D, CaseFiles.KEYPOINTS_3D, CaseFiles.CAMERA,
            CaseFiles.GROUND_TRUTH, CaseFiles.INPUT_METRICS}) {
            assertEquals(Files.readString(dir.resolve("a").resolve(f)), Files.readString(dir.resolve("b").resolve(f)), f);
        }
    }
}
