package org.optimusmotion.app.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.optimusmotion.app.video.VideoFileException;
import org.optimusmotion.app.video.VideoInfo;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import org.optimusmotion.physics.io.MotionFiles;
import org.optimusmotion.physics.io.SceneFiles;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Opens a {@link MotionCase} from a case folder ({@link CaseLayout}) or from loose files (a video,
 * a camera JSON, 2D and 3D tracks in any format {@code physics.io} reads), for example what was
 * dropped on the window. Files are recognised by name first, then by extension and content; a 3D
 * track whose name contains "truth" or "gt" is the ground truth.
 *
 * <p>Checks that the pieces fit together: tracks with different frame counts are trimmed to the
 * shortest (with a note), a 2D track for a different image size than the camera or video is an error,
 * and so is a case without any track. Errors are {@link CaseLoadException}s with a message for the
 * user. Stateless and thread-safe; reads files, so call it off the UI thread.
 */
public final class CaseLoader {

    /** Frame rate assumed for tracks that carry none, when there is no video either. */
    public static final double DEFAULT_FPS = 30;

    /** Opens a case folder or a single file. */
    public MotionCase load(Path path) throws CaseLoadException {
        return load(List.of(path));
    }

    /** Opens a case from a folder, or from the given files together. */
    public MotionCase load(List<Path> paths) throws CaseLoadException {
        if (paths.isEmpty()) {
            throw new CaseLoadException("Nothing to open.");
        }
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new CaseLoadException("Not found: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> children = Files.list(p)) {
                    children.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new CaseLoadException("Cannot list the folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                files.add(p);
            }
        }
        Path source = paths.get(0);
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        return assemble(name, source, files);
    }

    private MotionCase assemble(String name, Path source, List<Path> files) throws CaseLoadException {
        List<String> notes = new ArrayList<>();
        Optional<VideoInfo> video = Optional.empty();
        Optional<Camera> camera = Optional.empty();
        Scene scene = Scene.EMPTY;
        Path track2d = null;
        Path track3d = null;
        Path truth = null;
        for (Path f : prioritised(files)) {
            String file = f.getFileName().toString().toLowerCase(Locale.ROOT);
            String ext = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
            switch (ext) {
                case "mp4", "mov", "avi", "mkv", "webm" -> {
                    if (video.isEmpty()) {
                        video = Optional.of(videoInfo(f));
                    }
                }
                case "json" -> {
                    if (file.equals(CaseFiles.SCENE)) {
                        scene = scene(f);
                    } else if (camera.isEmpty() && (file.contains("camera") || file.contains("calib"))) {
                        camera = Optional.of(camera(f));
                    }
                }
                case "csv", "bvh", "trc" -> {
                    boolean is3d;
                    try {
                        is3d = MotionFiles.is3D(f);
                    } catch (IOException e) {
                        throw new CaseLoadException("Cannot read " + f.getFileName() + ": " + e.getMessage(), e);
                    }
                    if (is3d && (file.contains("truth") || file.startsWith("gt"))) {
                        truth = truth == null ? f : truth;
                    } else if (is3d) {
                        track3d = track3d == null ? f : track3d;
                    } else {
                        track2d = track2d == null ? f : track2d;
                    }
                }
                default -> {
                    // Other files (README, images) are not part of a case.
                }
            }
        }
        if (track2d == null && track3d == null) {
            throw new CaseLoadException("No keypoint track in " + name + ": expected " + CaseLayout.KEYPOINTS_2D + " or "
                    + CaseLayout.KEYPOINTS_3D + " (or a .bvh/.trc/.csv track) next to the video.");
        }
        double fps = video.map(VideoInfo::fps).orElse(DEFAULT_FPS);
        Optional<KeypointSequence3D> k3 = Optional.empty();
        Optional<KeypointSequence3D> gt = Optional.empty();
        Optional<KeypointSequence2D> k2 = Optional.empty();
        if (track3d != null) {
            k3 = Optional.of(read3D(track3d, fps));
            fps = k3.get().fps();
        }
        if (truth != null) {
            gt = Optional.of(read3D(truth, fps));
        }
        if (track2d != null) {
            int w = camera.map(Camera::widthPx).orElse(0);
            int h = camera.map(Camera::heightPx).orElse(0);
            if (w == 0 && video.isPresent()) {
                w = video.get().width();
                h = video.get().height();
            }
            k2 = Optional.of(read2D(track2d, fps, w, h));
            if (track3d == null) {
                fps = k2.get().fps();
            }
        }
        checkImageSizes(k2, camera, video);
        int frames = Integer.MAX_VALUE;
        frames = Math.min(frames, k3.map(KeypointSequence3D::frameCount).orElse(Integer.MAX_VALUE));
        frames = Math.min(frames, k2.map(KeypointSequence2D::frameCount).orElse(Integer.MAX_VALUE));
        int longest = Math.max(k3.map(KeypointSequence3D::frameCount).orElse(0), k2.map(KeypointSequence2D::frameCount).orElse(0));
        if (longest != frames) {
            notes.add("The 2D and 3D tracks have different lengths (" + longest + " and " + frames + " frames); using the first "
                    + frames + ".");
        }
        if (gt.isPresent()) {
            if (gt.get().frameCount() < frames) {
                notes.add("The ground truth has only " + gt.get().frameCount() + " of " + frames + " frames; metrics are off.");
                gt = Optional.empty();
            } else {
                gt = Optional.of(gt.get().slice(0, frames));
            }
        }
        if (video.isPresent() && video.get().frameCount() != frames) {
            notes.add("The video has " + video.get().frameCount() + " frames and the tracks " + frames
                    + "; frames are matched by index.");
        }
        if (video.isPresent() && camera.isEmpty()) {
            notes.add("No camera.json: the body cannot be drawn over the video.");
        }
        final int n = frames;
        return new MotionCase(name, source, video, camera, k2.map(t -> t.slice(0, n)), k3.map(t -> t.slice(0, n)), gt, fps,
                frames, notes, scene);
    }

    /** Case-layout names first, so that they win over other files of the same kind. */
    private static List<Path> prioritised(List<Path> files) {
        List<String> known = List.of(CaseLayout.VIDEO, CaseLayout.CAMERA, CaseLayout.KEYPOINTS_2D, CaseLayout.KEYPOINTS_3D,
                CaseLayout.GROUND_TRUTH_3D);
        List<Path> out = new ArrayList<>();
        for (Path f : files) {
            if (known.contains(f.getFileName().toString())) {
                out.add(f);
            }
        }
        for (Path f : files) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static void checkImageSizes(Optional<KeypointSequence2D> k2, Optional<Camera> camera, Optional<VideoInfo> video)
            throws CaseLoadException {
        if (camera.isPresent() && video.isPresent()
                && (camera.get().widthPx() != video.get().width() || camera.get().heightPx() != video.get().height())) {
            throw new CaseLoadException("The camera is for " + camera.get().widthPx() + "x" + camera.get().heightPx()
                    + " images but the video is " + video.get().width() + "x" + video.get().height()
                    + ": they do not belong together.");
        }
        if (k2.isPresent() && camera.isPresent() && k2.get().imageWidth() > 0
                && (k2.get().imageWidth() != camera.get().widthPx() || k2.get().imageHeight() != camera.get().heightPx())) {
            throw new CaseLoadException("The 2D keypoints are for " + k2.get().imageWidth() + "x" + k2.get().imageHeight()
                    + " images but the camera is " + camera.get().widthPx() + "x" + camera.get().heightPx() + ".");
        }
    }

    private static VideoInfo videoInfo(Path f) throws CaseLoadException {
        try (VideoReader reader = VideoReader.open(f)) {
            return reader.info();
        } catch (VideoFileException e) {
            throw new CaseLoadException("Cannot open the video " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Scene scene(Path f) throws CaseLoadException {
        try {
            return SceneFiles.read(f);
        } catch (IOException e) {
            throw new CaseLoadException("Cannot read the scene " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Camera camera(Path f) throws CaseLoadException {
        try {
            return new CameraJson().read(f);
        } catch (IOException | IllegalArgumentException e) {
            throw new CaseLoadException("Cannot read the camera " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static KeypointSequence3D read3D(Path f, double fps) throws CaseLoadException {
        try {
            return MotionFiles.read3D(f, fps);
        } catch (IOException | IllegalArgumentException e) {
            throw new CaseLoadException("Cannot read the 3D track " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static KeypointSequence2D read2D(Path f, double fps, int width, int height) throws CaseLoadException {
        try {
            return MotionFiles.read2D(f, fps, width, height);
        } catch (IOException | IllegalArgumentException e) {
            throw new CaseLoadException("Cannot read the 2D track " + f.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
