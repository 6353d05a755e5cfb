package org.optimusmotion.physics.reconstruct.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.AdaptiveWindowRule;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;
import org.optimusmotion.physics.reconstruct.ReconstructionInput;
import org.optimusmotion.physics.reconstruct.Reconstructor;
import org.optimusmotion.physics.reconstruct.WindowPolicy;
import org.optimusmotion.physics.reconstruct.WindowProblemSpec;
import org.optimusmotion.physics.synth.ClipCut;
import org.optimusmotion.physics.synth.SynthNoise;
import org.optimusmotion.physics.synth.SyntheticCase;
import org.optimusmotion.physics.synth.SyntheticCaseGenerator;

/**
 * The reconstruction suite: synthetic cases cut from the CMU clips of {@code shared/data/mocap} at random
 * times, seen by random cameras with the default detector noise, split by clip (never by window) so that
 * test motions are never seen in training. The split is fixed here and documented in
 * docs/optimus-reconstruction.md; the test clips are the five of the issue 5 evaluation.
 *
 * <p>Stateless; building windows is deterministic for a seed.
 */
public final class ReconstructionSuite {

    /** Frame rate of suite cases, Hz (as the issue 5 cases). */
    public static final double FPS = 30;

    /** Clip file name → split. Clips not listed are not used (e.g. the cartwheels, outside the body model's range). */
    public static final Map<String, SuiteSplit> SPLIT = split();

    private ReconstructionSuite() {
    }

    private static Map<String, SuiteSplit> split() {
        Map<String, SuiteSplit> m = new TreeMap<>();
        for (String test : List.of("cmu_07_01_walk.bvh", "cmu_09_11_run.bvh", "cmu_13_11_forward_jump_daz.bvh",
                "cmu_55_01_dance.bvh", "cmu_10_01_yelper.bvh")) {
            m.put(test, SuiteSplit.TEST);
        }
        for (String validation : List.of("cmu_002_01_iclone.bvh", "cmu_02_04_jump_balance_daz.bvh",
                "cmu_005_03_iclone.bvh", "cmu_10_03_yelper.bvh")) {
            m.put(validation, SuiteSplit.VALIDATION);
        }
        for (String training : List.of("cmu_002_03_iclone.bvh", "cmu_002_04_iclone.bvh", "cmu_003_01_iclone.bvh",
                "cmu_005_01_iclone.bvh", "cmu_005_02_iclone.bvh", "cmu_005_05_iclone.bvh", "cmu_005_06_iclone.bvh",
                "cmu_005_07_iclone.bvh", "cmu_006_02_iclone.bvh", "cmu_006_06_iclone.bvh", "cmu_007_05_iclone.bvh",
                "cmu_131_01_cgspeed.bvh", "cmu_131_02_cgspeed.bvh", "cmu_131_03_cgspeed.bvh", "cmu_60_10_yelper.bvh",
                "cmu_01_01_forward_jumps.bvh", "cmu_01_01_turn_around_jumps_back.bvh", "cmu_02_03_run_jog_daz.bvh",
                "cmu_03_01_walk_uneven_terrain_daz.bvh", "cmu_08_07_walk_exaggerated_stride_daz.bvh",
                "cmu_16_01_jump_cmu_names.bvh")) {
            m.put(training, SuiteSplit.TRAINING);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The clip names of one split, sorted. */
    public static List<String> clips(SuiteSplit split) {
        List<String> out = new ArrayList<>();
        SPLIT.forEach((clip, s) -> {
            if (s == split) {
                out.add(clip);
            }
        });
        return out;
    }

    /**
     * How cases are drawn from each clip.
     *
     * @param casesPerClip   random cuts (start time, camera, noise seed) per clip, at least 1
     * @param caseSeconds    length of each cut, s
     * @param config         reconstruction settings (window length decides the problem dimension)
     */
    public record CaseDraw(int casesPerClip, double caseSeconds, ReconstructionConfig config) {
        public CaseDraw {
            if (casesPerClip < 1) {
                throw new IllegalArgumentException("casesPerClip = " + casesPerClip + " must be >= 1");
            }
            if (!(caseSeconds * FPS >= config.windowFrames())) {
                throw new IllegalArgumentException("caseSeconds = " + caseSeconds + " is shorter than one window of "
                        + config.windowFrames() + " frames at " + FPS + " fps");
            }
        }
    }

    /**
     * A window problem with where it came from.
     *
     * @param caseId the synthetic case it was cut from (clip, start time, camera yaw), shared by its windows
     * @param id     the window: its case plus its first frame (and length under the adaptive policy)
     */
    public record SuiteWindow(String caseId, String id, WindowProblemSpec spec) {
    }

    /**
     * Every window of {@code draw.casesPerClip()} random cases of each clip of {@code split}, posed
     * independently ({@link Reconstructor#independentWindows}). Clips that are missing or cannot be read
     * are skipped with a message to {@code log}; an empty result is an error.
     *
     * @param mocapDir folder with the clips ({@code shared/data/mocap})
     * @throws IOException when no window could be built
     */
    public static List<SuiteWindow> windows(Path mocapDir, SuiteSplit split, CaseDraw draw, long seed,
            Consumer<String> log) throws IOException {
        return windows(mocapDir, split, clips(split), draw, seed, log);
    }

    /**
     * As {@link #windows(Path, SuiteSplit, CaseDraw, long, Consumer)} for a chosen set of clips playing the role
     * of {@code split} (the role seeds the draws). Under {@link WindowPolicy#ADAPTIVE} each case gets the windows
     * {@code reconstruct} would give it (a fast case gets shorter windows, {@link AdaptiveWindowRule}), and the
     * window's id says its length.
     *
     * @throws IllegalArgumentException when a clip is not in the suite, or is a test clip while {@code split} is not
     *                                  {@link SuiteSplit#TEST} (test motions are never trained or validated on)
     */
    public static List<SuiteWindow> windows(Path mocapDir, SuiteSplit split, List<String> clipNames, CaseDraw draw,
            long seed, Consumer<String> log) throws IOException {
        for (String clip : clipNames) {
            SuiteSplit home = SPLIT.get(clip);
            if (home == null) {
                throw new IllegalArgumentException(clip + " is not a clip of the reconstruction suite (" + SPLIT.keySet() + ")");
            }
            if (home == SuiteSplit.TEST && split != SuiteSplit.TEST) {
                throw new IllegalArgumentException(clip + " is a test clip: it cannot be used for "
                        + split.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!Files.isDirectory(mocapDir)) {
            throw new NoSuchFileException(mocapDir + ": mocap folder not found (the suite is built from its clips)");
        }
        Reconstructor reconstructor = new Reconstructor(draw.config());
        List<SuiteWindow> out = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(seed ^ (split.ordinal() * 0x9E3779B97F4A7C15L));
        for (String clipName : clipNames) {
            KeypointSequence3D clip;
            try {
                clip = MotionFiles.read3D(mocapDir.resolve(clipName), 0);
            } catch (IOException e) {
                log.accept("skipped " + clipName + ": " + e.getMessage());
                continue;
            }
            for (int c = 0; c < draw.casesPerClip(); c++) {
                double slack = clip.durationSeconds() - draw.caseSeconds() - 1.0 / FPS;
                double start = slack > 0 ? rng.nextDouble() * slack : 0;
                double yawDeg = 360 * rng.nextDouble();
                double distanceM = 4 + 2 * rng.nextDouble();
                double heightM = 1.0 + 0.6 * rng.nextDouble();
                long noiseSeed = rng.nextLong();
                String id = String.format(Locale.ROOT, "%s@%.2fs-yaw%.0f", clipName.replace(".bvh", ""), start, yawDeg);
                try {
                    KeypointSequence3D truth = ClipCut.groundTruth(clip, FPS, start, draw.caseSeconds());
                    Camera camera = SyntheticCaseGenerator.camera(truth, distanceM, heightM, yawDeg);
                    SyntheticCase sc = SyntheticCaseGenerator.generate(truth, camera, SynthNoise.DEFAULT, noiseSeed);
                    ReconstructionInput input = new ReconstructionInput(sc.kinematic(), sc.detections(), camera);
                    boolean adaptive = draw.config().windowPolicy() == WindowPolicy.ADAPTIVE;
                    Reconstructor forCase = adaptive
                            ? new Reconstructor(reconstructor.windowChoice(input).config()) : reconstructor;
                    for (WindowProblemSpec spec : forCase.independentWindows(input)) {
                        String length = adaptive ? "-w" + spec.targets().frames() : "";
                        out.add(new SuiteWindow(id, id + "-f" + spec.startFrame() + length, spec));
                    }
                } catch (IllegalArgumentException e) {
                    log.accept("skipped " + id + ": " + e.getMessage());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no " + split.name().toLowerCase(Locale.ROOT) + " window could be built from "
                    + mocapDir);
        }
        return out;
    }
}
