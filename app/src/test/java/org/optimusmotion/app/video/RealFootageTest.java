package org.optimusmotion.app.video;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;

/**
 * On real footage (a phone video from the shared data folder; skipped when it is absent): the frame
 * count from the header equals the number of frames a plain decode yields, and a seek lands on the
 * same pixels as reading in order.
 */
class RealFootageTest {

    private static final Path CLIP = Path.of("/work/shared/data/real/pose2sim-single-person/cam01.mp4");

    @Test
    void headerFrameCountMatchesDecodedFramesAndSeeksAreExact() throws Exception {
        assumeTrue(Files.isRegularFile(CLIP), "shared footage not present: " + CLIP);
        int decoded = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(CLIP.toFile())) {
            grabber.start();
            while (grabber.grabImage() != null) {
                decoded++;
            }
        }
        try (VideoReader reader = VideoReader.open(CLIP)) {
            VideoInfo info = reader.info();
            assertEquals(decoded, info.frameCount());
            int middle = info.frameCount() / 2;
            int[] inOrder = new int[info.width() * info.height()];
            int[] seeked = new int[inOrder.length];
            for (int i = 0; i <= middle; i++) {
                reader.readFrame(i, inOrder);
            }
            reader.readFrame(info.frameCount() - 1, seeked);
            reader.readFrame(middle, seeked);
            assertArrayEquals(inOrder, seeked);
        }
    }
}
