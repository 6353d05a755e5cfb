package org.optimusmotion.physics.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A motion, keypoint or camera file that cannot be read: corrupt or truncated content, NaN values,
 * frame counts that disagree, unknown joint names, a wrong number of values on a line. The message
 * always names the file and, where known, the line or frame, then the problem, e.g.
 * {@code walk.bvh line 212: expected 96 values, found 95}.
 *
 * <p>It is an {@link IOException} so that callers handle it with other read failures; the command
 * line prints its message on one line.
 */
public class MotionFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Line numbers and frames are 1-based in messages; this marks "not known". */
    public static final int UNKNOWN = -1;

    private final transient Path file;
    private final int line;

    private MotionFormatException(Path file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    /** A problem at a 1-based line of a text file. */
    public static MotionFormatException atLine(Path file, int line, String problem) {
        return new MotionFormatException(file, line, name(file) + " line " + line + ": " + problem);
    }

    /** A problem in a 0-based frame of the motion the file holds (reported 0-based, as "frame N"). */
    public static MotionFormatException atFrame(Path file, int frame, String problem) {
        return new MotionFormatException(file, UNKNOWN, name(file) + " frame " + frame + ": " + problem);
    }

    /** A problem with the file as a whole. */
    public static MotionFormatException inFile(Path file, String problem) {
        return new MotionFormatException(file, UNKNOWN, name(file) + ": " + problem);
    }

    /** The file the problem is in; may be {@code null} when reading from a stream without a name. */
    public Path file() {
        return file;
    }

    /** The 1-based line of the problem, or {@link #UNKNOWN}. */
    public int line() {
        return line;
    }

    private static String name(Path file) {
        return file == null ? "<input>" : file.toString();
    }
}
