package org.optimusmotion.app.video;

import java.io.IOException;
import java.nio.file.Path;

/** A video file is missing, unreadable, corrupt, truncated or cannot be written; the message names the file. */
public class VideoFileException extends IOException {

    private final Path file;

    public VideoFileException(Path file, String problem) {
        super("video " + file + ": " + problem);
        this.file = file;
    }

    public VideoFileException(Path file, String problem, Throwable cause) {
        super("video " + file + ": " + problem, cause);
        this.file = file;
    }

    /** The file the problem is about. */
    public Path file() {
        return file;
    }
}
