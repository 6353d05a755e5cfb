package org.optimusmotion.physics.io.keypoints;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * Reads OpenPose JSON output: a folder of per-frame files ({@code *_keypoints.json} or any
 * {@code *.json}, frames in file-name order), each {@code {"people": [{"pose_keypoints_2d": [x0, y0,
 * c0, x1, ...]}, ...]}} with 25 keypoints (BODY_25 or BODY_25B). A frame without people, or a
 * keypoint with confidence 0, is missing.
 *
 * <p>Several people: the reader keeps, per frame, the person with the largest summed confidence
 * (the main subject in single-person footage). The model is given or detected: in BODY_25, index 8
 * (MidHip) lies halfway between indices 9 and 12 (the hips); in BODY_25B those are RElbow, LWrist and
 * RHip. OpenPose files store neither frame rate nor image size, so the caller gives them.
 *
 * <p>Stateless and thread-safe.
 */
public final class OpenPoseJsonReader {

    private static final int JOINTS = 25;

    /**
     * Reads a folder (or a single frame file).
     *
     * @param model  the body model, or {@code null} to detect it
     * @param fps    frame rate of the video the files came from, > 0
     * @param width  image width in pixels (0 if unknown)
     * @param height image height in pixels (0 if unknown)
     */
    public KeypointSequence2D read(Path folderOrFile, OpenPoseModel model, double fps, int width, int height)
            throws IOException {
        List<Path> files = frameFiles(folderOrFile);
        SourceFrames2D frames = new SourceFrames2D(files.size(), JOINTS);
        for (int f = 0; f < files.size(); f++) {
            readFrame(files.get(f), frames, f);
        }
        OpenPoseModel m = model != null ? model : detect(frames);
        return frames.toCanonical(m.mapping().bind(m.joints()), fps, width, height);
    }

    /** The per-frame JSON files of a folder in name order, or the file itself. */
    static List<Path> frameFiles(Path folderOrFile) throws IOException {
        if (!Files.exists(folderOrFile)) {
            throw MotionFormatException.inFile(folderOrFile, "file or folder not found");
        }
        if (!Files.isDirectory(folderOrFile)) {
            return List.of(folderOrFile);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(folderOrFile)) {
            s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
            throw MotionFormatException.inFile(folderOrFile, "folder has no .json files");
        }
        return files;
    }

    private static void readFrame(Path file, SourceFrames2D frames, int f) throws IOException {
        JsonNode root = JsonFiles.read(file);
        JsonNode people = root.get("people");
        if (people == null || !people.isArray()) {
            throw MotionFormatException.atFrame(file, f, "no \"people\" array (not an OpenPose file?)");
        }
        JsonNode best = null;
        double bestScore = -1;
        for (int p = 0; p < people.size(); p++) {
            JsonNode kp = people.get(p).get("pose_keypoints_2d");
            if (kp == null || !kp.isArray()) {
                throw MotionFormatException.atFrame(file, f, "person " + p + " has no pose_keypoints_2d array");
            }
            if (kp.size() != JOINTS * 3) {
                throw MotionFormatException.atFrame(file, f, "person " + p + ": pose_keypoints_2d has "
                        + kp.size() + " values, expected " + (JOINTS * 3) + " (25 keypoints × x, y, confidence)");
            }
            double score = 0;
            for (int j = 0; j < JOINTS; j++) {
                score += JsonFiles.number(file, kp.get(3 * j + 2), "person " + p + " keypoint " + j + " confidence");
            }
            if (score > bestScore) {
                bestScore = score;
                best = kp;
            }
        }
        if (best == null) {
            return;
        }
        for (int j = 0; j < JOINTS; j++) {
            double x = JsonFiles.number(file, best.get(3 * j), "keypoint " + j + " x");
            double y = JsonFiles.number(file, best.get(3 * j + 1), "keypoint " + j + " y");
            double c = best.get(3 * j + 2).asDouble();
            if (c < 0 || c > 1) {
                throw MotionFormatException.atFrame(file, f, "keypoint " + j + ": confidence " + c + " outside [0, 1]");
            }
            frames.set(f, j, x, y, c);
        }
    }

    /** BODY_25 if MidHip (8) sits near the middle of the hips (9, 12) in most frames that have all three. */
    static OpenPoseModel detect(SourceFrames2D frames) {
        int votes25 = 0;
        int votes = 0;
        for (int f = 0; f < frames.frames; f++) {
            int b = f * frames.joints;
            if (frames.confidence[b + 8] <= 0 || frames.confidence[b + 9] <= 0 || frames.confidence[b + 12] <= 0) {
                continue;
            }
            double mx = 0.5 * (frames.xy[2 * (b + 9)] + frames.xy[2 * (b + 12)]);
            double my = 0.5 * (frames.xy[2 * (b + 9) + 1] + frames.xy[2 * (b + 12) + 1]);
            double span = Math.hypot(frames.xy[2 * (b + 9)] - frames.xy[2 * (b + 12)],
                    frames.xy[2 * (b + 9) + 1] - frames.xy[2 * (b + 12) + 1]);
            double d = Math.hypot(frames.xy[2 * (b + 8)] - mx, frames.xy[2 * (b + 8) + 1] - my);
            votes++;
            if (d <= 0.25 * span + 1) {
                votes25++;
            }
        }
        return votes > 0 && 2 * votes25 > votes ? OpenPoseModel.BODY_25 : OpenPoseModel.BODY_25B;
    }
}
