package org.optimusmotion.app.gui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Frames shown through the pixel buffer read back exactly (Monocle, "gui-headless" execution). */
@ExtendWith(ApplicationExtension.class)
class FxArgbImageFxTest {

    @Start
    void start(Stage stage) {
        // No window needed: the image lives on the UI thread.
    }

    private static ArgbFrame randomFrame(int w, int h, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = rng.nextInt();
        }
        ArgbFrame.makeOpaque(argb, argb.length);
        return new ArgbFrame(w, h, argb, 0);
    }

    @Test
    void aShownFrameReadsBackPixelForPixelAndTheImageIsReusedWhileTheSizeHolds() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            FxArgbImage pixels = new FxArgbImage();
            ArgbFrame first = randomFrame(37, 23, 1);
            WritableImage a = pixels.show(first);
            assertPixels(first, a);
            ArgbFrame second = randomFrame(37, 23, 2);
            assertSame(a, pixels.show(second), "same size: same image, new pixels");
            assertPixels(second, a);
            ArgbFrame resized = randomFrame(20, 41, 3);
            WritableImage b = pixels.show(resized);
            assertNotSame(a, b);
            assertPixels(resized, b);
            return null;
        }).get(30, TimeUnit.SECONDS);
    }

    private static void assertPixels(ArgbFrame expected, WritableImage image) {
        assertEquals(expected.width(), (int) image.getWidth());
        assertEquals(expected.height(), (int) image.getHeight());
        for (int y = 0; y < expected.height(); y++) {
            for (int x = 0; x < expected.width(); x++) {
                int want = expected.argb()[y * expected.width() + x];
                int got = image.getPixelReader().getArgb(x, y);
                if (want != got) {
                    throw new AssertionError(String.format("pixel (%d, %d): expected %08x, got %08x", x, y, want, got));
                }
            }
        }
    }
}
