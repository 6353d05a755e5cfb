package org.optimusmotion.app.video;

import java.nio.file.Path;

/**
 * What a video file holds.
 *
 * @param file the file
 * @param width frame width, pixels
 * @param height frame height, pixels
 * @param frameCount number of video frames (from the container's frame count when it records one,
 *     otherwise duration times rate, rounded)
 * @param fps frames per second
 * @param codec the video codec's short name, e.g. "h264"
 */
public record VideoInfo(Path file, int width, int height, int frameCount, double fps, String codec) {

    /** Duration in seconds, {@code frameCount / fps}. */
    public double durationSeconds() {
        return frameCount / fps;
    }
}
