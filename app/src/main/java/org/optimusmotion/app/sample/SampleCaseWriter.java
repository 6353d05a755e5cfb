package org.optimusmotion.app.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.optimusmotion.app.body.BodyPoser;
import org.optimusmotion.app.body.BodyScenes;
import org.optimusmotion.app.body.CameraConversion;
import org.optimusmotion.app.fit.CaseLayout;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.app.video.VideoWriter;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Writes a synthetic case folder (file names in {@link CaseLayout}): the humanoid walking by
 * {@link ProceduralWalk}, rendered over a floor by a fixed three-quarter camera, with its exact
 * keypoints as ground truth and, as the inputs a detector and a lifter would give, the keypoints with
 * seeded Gaussian noise (2D: {@code noise2dPx} pixels; 3D: {@code noise3dM} metres).
 *
 * @param seconds clip length, seconds, in (0, 30]
 * @param fps frames per second, in [10, 60]
 * @param width frame width, even pixels
 * @param height frame height, even pixels
 * @param speedMps walking speed, metres per second
 * @param noise2dPx standard deviation of the 2D input noise, pixels, &ge; 0
 * @param noise3dM standard deviation of the 3D input noise, metres, &ge; 0
 * @param seed noise seed
 */
public record SampleCaseWriter(double seconds, double fps, int width, int height, double speedMps, double noise2dPx,
        double noise3dM, long seed) {

    private static final Rgba SHIRT = Rgba.rgb255(70, 90, 120);
    private static final Rgba TROUSERS = Rgba.rgb255(60, 60, 70);
    private static final Rgba SKIN = Rgba.rgb255(222, 184, 150);
    private static final Rgba SHOES = Rgba.rgb255(40, 35, 30);
    /** Confidence written for every 2D keypoint (a detector's typical score on a clear view). */
    private static final double CONFIDENCE_2D = 0.95;

    public SampleCaseWriter {
        if (!(seconds > 0 && seconds <= 30)) {
            throw new IllegalArgumentException("seconds must be in (0, 30], got " + seconds);
        }
        if (!(fps >= 10 && fps <= 60)) {
            throw new IllegalArgumentException("fps must be in [10, 60], got " + fps);
        }
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and >= 16, got " + width + "x" + height);
        }
        if (!(noise2dPx >= 0) || !(noise3dM >= 0)) {
            throw new IllegalArgumentException("noise must be >= 0, got " + noise2dPx + " px and " + noise3dM + " m");
        }
    }

    /** The sample shipped in {@code assets/sample}: 2.5 s at 30 fps, 640x360, 1.0 m/s. */
    public static SampleCaseWriter bundled() {
        return new SampleCaseWriter(2.5, 30, 640, 360, 1.0, 1.5, 0.015, 6);
    }

    /** Writes the case into {@code folder} (created if needed; files are replaced). */
    public void write(Path folder, Model model, OffscreenRenderer renderer) throws IOException {
        Files.createDirectories(folder);
        int frames = (int) Math.round(seconds * fps);
        double[] q = new ProceduralWalk(model, speedMps).generate(frames, fps, -0.5 * speedMps * seconds);
        int dof = model.dof();
        PinholeCamera pinhole = PinholeCamera.lookAt(new Vec3(2.2, -3.0, 1.4), new Vec3(0.0, 0.0, 0.8), 45, width, height);
        Camera camera = CameraConversion.toCamera(pinhole);

        BodyPoser poser = new BodyPoser(model);
        double[] truth = new double[frames * 3 * Keypoint.COUNT];
        double[] capsules = new double[BodyPoser.CAPSULE_STRIDE * poser.capsuleCount()];
        int[] pixels = new int[width * height];
        Path video = folder.resolve(CaseLayout.VIDEO);
        try (VideoWriter writer = VideoWriter.open(video, width, height, fps)) {
            for (int f = 0; f < frames; f++) {
                poser.keypointsInto(q, f * dof, truth, f * 3 * Keypoint.COUNT);
                poser.capsulesInto(q, f * dof, capsules);
                RenderScene.Builder scene = RenderScene.builder(pinhole).ground(BodyScenes.floorAround(0, 0));
                addPerson(scene, model, capsules);
                renderer.render(scene.build(), pixels);
                writer.write(pixels);
            }
        }

        SplittableRandom random = new SplittableRandom(seed);
        KeypointSequence3D groundTruth = KeypointSequence3D.allValid(fps, truth);
        double[] noisy3d = truth.clone();
        for (int i = 0; i < noisy3d.length; i++) {
            noisy3d[i] += noise3dM * gaussian(random);
        }
        double[] xy = new double[frames * 2 * Keypoint.COUNT];
        double[] confidence = new double[frames * Keypoint.COUNT];
        double[] uv = new double[2];
        for (int f = 0; f < frames; f++) {
            for (int k = 0; k < Keypoint.COUNT; k++) {
                int i = f * Keypoint.COUNT + k;
                if (camera.project(truth, 3 * i, uv, 0)) {
                    xy[2 * i] = uv[0] + noise2dPx * gaussian(random);
                    xy[2 * i + 1] = uv[1] + noise2dPx * gaussian(random);
                    confidence[i] = CONFIDENCE_2D;
                }
            }
        }
        new CameraJson().write(folder.resolve(CaseLayout.CAMERA), camera);
        new Keypoints3DCsv().write(folder.resolve(CaseLayout.GROUND_TRUTH_3D), groundTruth);
        new Keypoints3DCsv().write(folder.resolve(CaseLayout.KEYPOINTS_3D), KeypointSequence3D.allValid(fps, noisy3d));
        new Keypoints2DCsv().write(folder.resolve(CaseLayout.KEYPOINTS_2D),
                new KeypointSequence2D(fps, width, height, xy, confidence));
    }

    private static void addPerson(RenderScene.Builder scene, Model model, double[] capsules) {
        for (int s = 0; s < model.segmentCount(); s++) {
            String name = model.segmentName(s);
            Rgba color = name.contains("thigh") || name.contains("shank") ? TROUSERS
                    : name.contains("foot") ? SHOES
                    : name.equals("head") || name.contains("hand") ? SKIN
                    : SHIRT;
            int c = BodyPoser.CAPSULE_STRIDE * s;
            scene.capsule(new Vec3(capsules[c], capsules[c + 1], capsules[c + 2]),
                    new Vec3(capsules[c + 3], capsules[c + 4], capsules[c + 5]), capsules[c + 6], color);
        }
    }

    /** A standard normal sample (Box-Muller). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
