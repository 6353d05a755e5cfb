package org.optimusmotion.physics.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.Pose2SimCalibration;

/**
 * The files of a Pose2Sim demo folder as it is stored under {@code data/real/pose2sim-single-person}:
 * <pre>
 *   camNN.mp4                                 one video per view (NN = 01, 02, ...)
 *   keypoints/Calib*.toml                     calibration, tables cam_NN (Pose2SimCalibration)
 *   keypoints/pose/camNN_json/                OpenPose JSON per frame of view NN
 *   keypoints/*.trc                           triangulated 3D markers (the unfiltered one is preferred)
 *   keypoints/Config_session.toml             participant_height (optional)
 * </pre>
 * Missing pieces are reported naming the expected path ({@link MotionFormatException}). Immutable.
 *
 * @param root         the demo folder
 * @param calibration  the calibration file
 * @param cameras      the cameras by table name, file order
 * @param trc          the reference TRC, or {@code null} if none
 * @param heightM      participant height from the session config, or NaN if not given
 */
public record Pose2SimDataset(Path root, Path calibration, Map<String, Camera> cameras, Path trc, double heightM) {

    private static final Pattern HEIGHT = Pattern.compile("^\\s*participant_height\\s*=\\s*([0-9.]+)");

    /** Locates the files of a demo folder. */
    public static Pose2SimDataset open(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw MotionFormatException.inFile(root, "not a folder (expected a Pose2Sim demo folder with camNN.mp4 and keypoints/)");
        }
        Path kp = root.resolve("keypoints");
        Path calibration = firstMatching(kp, "Calib", ".toml");
        if (calibration == null) {
            throw MotionFormatException.inFile(kp, "no Calib*.toml calibration here");
        }
        Map<String, Camera> cameras = new Pose2SimCalibration().read(calibration);
        List<Path> trcs = list(kp, ".trc");
        Path trc = trcs.isEmpty() ? null : trcs.get(0);
        for (Path t : trcs) {
            if (!t.getFileName().toString().contains("filt")) {
                trc = t;
                break;
            }
        }
        double height = Double.NaN;
        Path config = kp.resolve("Config_session.toml");
        if (Files.exists(config)) {
            for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
                Matcher m = HEIGHT.matcher(line);
                if (m.find()) {
                    height = Double.parseDouble(m.group(1));
                    break;
                }
            }
        }
        return new Pose2SimDataset(root, calibration, cameras, trc, height);
    }

    /** Camera table name of view {@code view} (1-based): {@code cam_NN}. */
    public static String cameraName(int view) {
        return String.format("cam_%02d", view);
    }

    /** The camera of view {@code view} (1-based). */
    public Camera camera(int view) throws MotionFormatException {
        Camera c = cameras.get(cameraName(view));
        if (c == null) {
            throw MotionFormatException.inFile(calibration, "no camera table " + cameraName(view) + " (view " + view
                    + "); it has " + cameras.keySet());
        }
        return c;
    }

    /** The OpenPose JSON folder of view {@code view} (1-based). */
    public Path openPoseFolder(int view) throws MotionFormatException {
        Path p = root.resolve("keypoints").resolve("pose").resolve(String.format("cam%02d_json", view));
        if (!Files.isDirectory(p)) {
            throw MotionFormatException.inFile(p, "missing: the OpenPose JSON folder of view " + view);
        }
        return p;
    }

    /** The video of view {@code view} (1-based), or {@code null} if absent. */
    public Path video(int view) {
        Path p = root.resolve(String.format("cam%02d.mp4", view));
        return Files.exists(p) ? p : null;
    }

    private static Path firstMatching(Path dir, String prefix, String suffix) throws IOException {
        for (Path p : list(dir, suffix)) {
            if (p.getFileName().toString().startsWith(prefix)) {
                return p;
            }
        }
        return null;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw MotionFormatException.inFile(dir, "missing folder");
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(out::add);
        }
        return out;
    }
}
