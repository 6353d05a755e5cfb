package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.meta.MetaTrainer;
import picocli.CommandLine;

/** {@code optimus metatrain}: a tiny end-to-end run, resume, and user errors. */
class MetaTrainCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainsResumesAndWritesLoadableWeights() throws Exception {
        Path out = tmp.resolve("run");
        String[] base = {"metatrain", "--learned", "adafactor-mlp", "--suite", "toy", "--out", out.toString(),
                "--particles", "2", "--truncation", "3", "--episode-min", "4", "--episode-max", "8"};
        Run first = run(concat(base, "--max-steps", "2"));
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("done: 2 outer steps"), first.out());
        for (String f : new String[] {MetaTrainer.CHECKPOINT_FILE, MetaTrainer.WEIGHTS_FILE, MetaTrainer.CURVE_CSV,
                MetaTrainer.CURVE_PNG}) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        Run again = run(concat(base, "--max-steps", "3"));
        assertEquals(UserError.EXIT_CODE, again.exitCode());
        assertTrue(again.err().contains("--resume"), again.err());
        Run resumed = run(concat(base, "--max-steps", "3", "--resume"));
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("done: 3 outer steps"), resumed.out());
        Optimizer opt = LearnedOptimizers.load(out.resolve(MetaTrainer.WEIGHTS_FILE));
        assertEquals("AdafactorMLP", opt.name());
    }

    @Test
    void unknownOptimizerOrSuiteIsAUserError() {
        Run r = run("metatrain", "--learned", "velo", "--out", tmp.toString());
        assertEquals(UserError.EXIT_CODE, r.exitCode());
        assertTrue(r.err().contains("velo"), r.err());
        Run s = run("metatrain", "--learned", "optimus", "--suite", "imagenet", "--out", tmp.toString());
        assertEquals(UserError.EXIT_CODE, s.exitCode());
        assertTrue(s.err().contains("imagenet"), s.err());
    }

    @Test
    void reconstructionSuiteAndInitialWeightsErrorsNameTheirInput() {
        Run noMocap = run("metatrain", "--learned", "optimus", "--suite", "reconstruction", "--mocap",
                tmp.resolve("no-mocap").toString(), "--out", tmp.resolve("r").toString());
        assertEquals(UserError.EXIT_CODE, noMocap.exitCode());
        assertTrue(noMocap.err().contains("no-mocap"), noMocap.err());
        Run noWeights = run("metatrain", "--learned", "optimus", "--suite", "toy", "--init-weights",
                tmp.resolve("missing.bin").toString(), "--out", tmp.resolve("w").toString());
        assertEquals(UserError.EXIT_CODE, noWeights.exitCode());
        assertTrue(noWeights.err().contains("missing.bin"), noWeights.err());
        Run calibrateAlone = run("metatrain", "--learned", "adafactor-mlp", "--suite", "toy", "--calibrate-step-scale",
                "--out", tmp.resolve("c").toString());
        assertEquals(UserError.EXIT_CODE, calibrateAlone.exitCode());
        assertTrue(calibrateAlone.err().contains("--init-weights"), calibrateAlone.err());
        Run bench = run("bench", "reconstruction", "--mocap", tmp.resolve("no-clips").toString(), "--out",
                tmp.resolve("b").toString());
        assertEquals(UserError.EXIT_CODE, bench.exitCode());
        assertTrue(bench.err().contains("no-clips"), bench.err());
        Run weights = run("bench", "reconstruction", "--optimizers", "bfgs,optimus:weights=" + tmp.resolve("nowhere.bin"),
                "--out", tmp.resolve("b2").toString());
        assertEquals(UserError.EXIT_CODE, weights.exitCode());
        assertTrue(weights.err().contains("nowhere.bin"), weights.err());
    }

    @Test
    void chosenClipsMustBeSuiteClipsOutsideTheTestSplitAndNotBothTrainingAndValidation() throws Exception {
        Files.createDirectories(tmp.resolve("mocap"));
        String[] base = {"metatrain", "--learned", "optimus", "--suite", "reconstruction", "--mocap",
                tmp.resolve("mocap").toString(), "--out", tmp.resolve("r").toString()};
        Run test = run(concat(base, "--training-clips", "cmu_002_04_iclone.bvh,cmu_09_11_run.bvh"));
        assertEquals(UserError.EXIT_CODE, test.exitCode());
        assertTrue(test.err().contains("cmu_09_11_run.bvh is a test clip"), test.err());
        Run both = run(concat(base, "--training-clips", "cmu_002_04_iclone.bvh", "--validation-clips",
                "cmu_002_01_iclone.bvh,cmu_002_04_iclone.bvh"));
        assertEquals(UserError.EXIT_CODE, both.exitCode());
        assertTrue(both.err().contains("cmu_002_04_iclone.bvh is both a training and a validation clip"), both.err());
        Run policy = run(concat(base, "--window-policy", "elastic"));
        assertEquals(UserError.EXIT_CODE, policy.exitCode());
        assertTrue(policy.err().contains("elastic"), policy.err());
    }

    @Test
    void partialStartsNeedTheReconstructionSuiteAndInitialWeights() {
        Run toy = run("metatrain", "--learned", "optimus", "--suite", "toy", "--partial-starts", "30",
                "--out", tmp.resolve("p").toString());
        assertEquals(UserError.EXIT_CODE, toy.exitCode());
        assertTrue(toy.err().contains("--partial-starts needs --suite reconstruction"), toy.err());
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
