package org.optimusmotion.physics.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.optimusmotion.physics.io.bvh.BvhKeypoints;
import org.optimusmotion.physics.io.bvh.BvhReader;
import org.optimusmotion.physics.io.keypoints.KeypointFiles;
import org.optimusmotion.physics.io.keypoints.Keypoints3DCsv;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * One entry point for reading and writing tracks by file name: 3D from {@code .bvh} (skeleton, units
 * and up axis detected, see {@link BvhKeypoints}), {@code .trc} and {@code .csv}; 2D as in
 * {@link KeypointFiles#read2D}. 3D output to {@code .csv} ({@link Keypoints3DCsv}).
 */
public final class MotionFiles {

    private MotionFiles() {
    }

    /** Reads a 3D track; {@code defaultFps} applies to CSV files without an fps line (0 to require it). */
    public static KeypointSequence3D read3D(Path file, double defaultFps) throws IOException {
        if (KeypointFiles.extension(file).equals("bvh")) {
            try {
                return BvhKeypoints.toKeypoints(new BvhReader().read(file));
            } catch (IllegalArgumentException e) {
                throw MotionFormatException.inFile(file, e.getMessage());
            }
        }
        return KeypointFiles.read3D(file, defaultFps);
    }

    /**
     * Whether a path holds a 3D track: {@code .bvh}, {@code .trc}, or a {@code .csv} whose column
     * header is {@value Keypoints3DCsv#HEADER}; anything else is taken for a 2D track.
     */
    public static boolean is3D(Path file) throws IOException {
        String ext = KeypointFiles.extension(file);
        if (ext.equals("bvh") || ext.equals("trc")) {
            return true;
        }
        if (!ext.equals("csv")) {
            return false;
        }
        String header = InputFiles.lines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst()
                .orElseThrow(() -> MotionFormatException.inFile(file, "empty file (no column header)"));
        return header.replace(" ", "").equalsIgnoreCase(Keypoints3DCsv.HEADER);
    }

    /** Reads a 2D track, see {@link KeypointFiles#read2D}. */
    public static KeypointSequence2D read2D(Path file, double fps, int width, int height) throws IOException {
        return KeypointFiles.read2D(file, fps, width, height);
    }
}
