package org.optimusmotion.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing, corrupt and truncated files fail with a message naming the file; aborted writes leave nothing. */
class VideoErrorsTest {

    @TempDir
    Path dir;

    /** A small valid MP4: 12 frames of a gradient that shifts each frame. */
    private Path writeSmallVideo(Path file) throws Exception {
        int w = 64;
        int h = 48;
        int[] pixels = new int[w * h];
        try (VideoWriter writer = VideoWriter.open(file, w, h, 12)) {
            for (int f = 0; f < 12; f++) {
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        pixels[y * w + x] = 0xff000000 | (((x * 4 + f * 8) & 0xff) << 16) | ((y * 5) << 8) | 0x40;
                    }
                }
                writer.write(pixels);
            }
        }
        return file;
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.mp4");
        VideoFileException e = assertThrows(VideoFileException.class, () -> VideoReader.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void textFileRenamedMp4IsRejected() throws Exception {
        Path fake = dir.resolve("notes.mp4");
        Files.writeString(fake, "this is not a video\n".repeat(50));
        VideoFileException e = assertThrows(VideoFileException.class, () -> VideoReader.open(fake));
        assertTrue(e.getMessage().contains(fake.toString()) && e.getMessage().contains("cannot be opened as video"),
                e.getMessage());
    }

    @Test
    void truncatedMp4IsRejected() throws Exception {
        Path good = writeSmallVideo(dir.resolve("good.mp4"));
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.mp4");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        VideoFileException e = assertThrows(VideoFileException.class, () -> VideoReader.open(truncated));
        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());
    }

    @Test
    void smallVideoReadsBackWithItsGradient() throws Exception {
        Path file = writeSmallVideo(dir.resolve("small.mp4"));
        try (VideoReader reader = VideoReader.open(file)) {
            assertEquals(12, reader.info().frameCount());
            assertEquals(12.0, reader.info().fps(), 1e-9);
            int[] pixels = new int[64 * 48];
            reader.readFrame(5, pixels);
            // Lossy codec: red at (40, 20) was (40 * 4 + 5 * 8) & 0xff = 200; allow codec error.
            int red = (pixels[20 * 64 + 40] >>> 16) & 0xff;
            assertEquals(200, red, 12.0);
        }
    }

    @Test
    void abortedWriteLeavesNoFiles() throws Exception {
        Path target = dir.resolve("aborted.mp4");
        VideoWriter writer = VideoWriter.open(target, 32, 32, 10);
        writer.write(new int[32 * 32]);
        writer.abort();
        assertFalse(Files.exists(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void oddSizesAreRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VideoWriter.open(dir.resolve("odd.mp4"), 33, 32, 10));
        assertTrue(e.getMessage().contains("even"), e.getMessage());
    }
}
