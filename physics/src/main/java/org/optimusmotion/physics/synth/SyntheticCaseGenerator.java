package org.optimusmotion.physics.synth;

import java.util.SplittableRandom;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Turns a ground-truth 3D track into a test case (see {@link SynthNoise} and docs/synthetic-cases.md):
 * <ul>
 *   <li>2D: projection through the camera + Gaussian pixel noise, random dropouts (confidence 0),
 *       low-confidence runs on one side of the body (noise x factor, confidence 0.2-0.4) and gross
 *       outliers (confidence 0.3); otherwise confidence 0.8-1.0;</li>
 *   <li>3D: per-frame Gaussian jitter + slow sinusoidal per-keypoint bias + drift of the whole body
 *       along the camera's horizontal viewing direction (depth) + horizontal sliding of the feet.</li>
 * </ul>
 * Deterministic for a seed. Stateless.
 */
public final class SyntheticCaseGenerator {

    /** Image size of synthetic cases, pixels. */
    public static final int WIDTH_PX = 1280;
    public static final int HEIGHT_PX = 720;
    /** Height the case camera aims at, m. */
    public static final double AIM_HEIGHT_M = 1.0;

    private SyntheticCaseGenerator() {
    }

    /**
     * A camera {@code distanceM} from the horizontal centre of the track's pelvis path, at
     * {@code heightM}, at azimuth {@code yawDeg} (0 = on the +x side, 90 = on the +y side), aimed at
     * the centre at {@value #AIM_HEIGHT_M} m; estimated intrinsics (60 degree horizontal field of view).
     */
    public static Camera camera(KeypointSequence3D truth, double distanceM, double heightM, double yawDeg) {
        double cx = 0;
        double cy = 0;
        int n = 0;
        int p = Keypoint.PELVIS.ordinal();
        for (int f = 0; f < truth.frameCount(); f++) {
            if (truth.isValid(f, p)) {
                cx += truth.get(f, p, 0);
                cy += truth.get(f, p, 1);
                n++;
            }
        }
        if (n > 0) {
            cx /= n;
            cy /= n;
        }
        double yaw = Math.toRadians(yawDeg);
        double[] eye = {cx + distanceM * Math.cos(yaw), cy + distanceM * Math.sin(yaw), heightM};
        double[] target = {cx, cy, AIM_HEIGHT_M};
        return CameraEstimate.lookingAt(WIDTH_PX, HEIGHT_PX, eye, target);
    }

    /** Generates the case for {@code truth} (all keypoints valid) seen by {@code camera}. */
    public static SyntheticCase generate(KeypointSequence3D truth, Camera camera, SynthNoise noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        KeypointSequence2D detections = detections(truth, camera, noise, random.split());
        KeypointSequence3D kinematic = kinematic(truth, camera, noise, random.split());
        return new SyntheticCase(truth, detections, kinematic, camera);
    }

    private static KeypointSequence2D detections(KeypointSequence3D truth, Camera camera, SynthNoise noise,
            SplittableRandom r) {
        KeypointSequence2D clean = MotionMetrics.project(truth, camera);
        int frames = truth.frameCount();
        int k = Keypoint.COUNT;
        double[] xy = clean.xy();
        double[] conf = clean.confidence();
        int[] occludedUntil = new int[2];
        for (int f = 0; f < frames; f++) {
            for (int side = 0; side < 2; side++) {
                if (f >= occludedUntil[side] && r.nextDouble() < noise.occlusionProbability()) {
                    occludedUntil[side] = f + noise.occlusionFrames();
                }
            }
            for (int j = 0; j < k; j++) {
                int i = f * k + j;
                // Draw every random number whether used or not, so a keypoint's noise does not depend on others.
                double gx = r.nextGaussian();
                double gy = r.nextGaussian();
                double u = r.nextDouble();
                double uDrop = r.nextDouble();
                double uOut = r.nextDouble();
                double angle = r.nextDouble(0, 2 * Math.PI);
                if (!(conf[i] > 0)) {
                    continue;
                }
                int side = side(j);
                boolean occluded = side >= 0 && f < occludedUntil[side];
                double sigma = noise.pixelSigmaPx() * (occluded ? noise.occlusionNoiseFactor() : 1);
                xy[2 * i] += sigma * gx;
                xy[2 * i + 1] += sigma * gy;
                conf[i] = occluded ? 0.2 + 0.2 * u : 0.8 + 0.2 * u;
                if (uOut < noise.outlierProbability()) {
                    xy[2 * i] += noise.outlierPx() * Math.cos(angle);
                    xy[2 * i + 1] += noise.outlierPx() * Math.sin(angle);
                    conf[i] = 0.3;
                }
                if (uDrop < noise.dropoutProbability()) {
                    conf[i] = 0;
                }
            }
        }
        return new KeypointSequence2D(truth.fps(), camera.widthPx(), camera.heightPx(), xy, conf);
    }

    /** 0 = left limb keypoint, 1 = right, -1 = trunk/head (never occluded as a side). */
    private static int side(int j) {
        String name = Keypoint.values()[j].fileName();
        return name.startsWith("left_") ? 0 : name.startsWith("right_") ? 1 : -1;
    }

    private static KeypointSequence3D kinematic(KeypointSequence3D truth, Camera camera, SynthNoise noise,
            SplittableRandom r) {
        int frames = truth.frameCount();
        int k = Keypoint.COUNT;
        double fps = truth.fps();
        double[] pos = truth.positions();
        double[] biasDir = new double[3 * k];
        double[] biasPhase = new double[k];
        for (int j = 0; j < k; j++) {
            double[] d = unitVector(r);
            System.arraycopy(d, 0, biasDir, 3 * j, 3);
            biasPhase[j] = r.nextDouble(0, 2 * Math.PI);
        }
        // Depth: the camera's viewing direction projected on the ground plane (world Z up).
        double[] rot = camera.rotation();
        double vx = rot[6];
        double vy = rot[7];
        double vn = Math.hypot(vx, vy);
        vx = vn > 0 ? vx / vn : 1;
        vy = vn > 0 ? vy / vn : 0;
        double driftSign = r.nextBoolean() ? 1 : -1;
        double[] slideAngle = {r.nextDouble(0, 2 * Math.PI), r.nextDouble(0, 2 * Math.PI)};
        double[] slidePhase = {r.nextDouble(0, 2 * Math.PI), r.nextDouble(0, 2 * Math.PI)};
        for (int f = 0; f < frames; f++) {
            double t = f / fps;
            double drift = driftSign * noise.depthDriftMps() * t;
            for (int j = 0; j < k; j++) {
                int o = 3 * (f * k + j);
                double b = noise.biasM() * Math.sin(2 * Math.PI * t / noise.biasPeriodSeconds() + biasPhase[j]);
                for (int a = 0; a < 3; a++) {
                    pos[o + a] += noise.jitterM() * r.nextGaussian() + b * biasDir[3 * j + a];
                }
                pos[o] += drift * vx;
                pos[o + 1] += drift * vy;
                int foot = foot(j);
                if (foot >= 0) {
                    double s = noise.footSlideM() * Math.sin(2 * Math.PI * noise.footSlideHz() * t + slidePhase[foot]);
                    pos[o] += s * Math.cos(slideAngle[foot]);
                    pos[o + 1] += s * Math.sin(slideAngle[foot]);
                }
            }
        }
        return new KeypointSequence3D(fps, pos, truth.valid());
    }

    /** 0 = left ankle/toe, 1 = right ankle/toe, else -1. */
    private static int foot(int j) {
        Keypoint kp = Keypoint.values()[j];
        return switch (kp) {
            case LEFT_ANKLE, LEFT_TOE -> 0;
            case RIGHT_ANKLE, RIGHT_TOE -> 1;
            default -> -1;
        };
    }

    private static double[] unitVector(SplittableRandom r) {
        double x = r.nextGaussian();
        double y = r.nextGaussian();
        double z = r.nextGaussian();
        double n = Math.sqrt(x * x + y * y + z * z);
        return n > 0 ? new double[] {x / n, y / n, z / n} : new double[] {1, 0, 0};
    }
}
