package org.optimusmotion.app.gui.viewer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A JavaFX image backed by a direct {@link PixelBuffer} of {@code 0xAARRGGBB} ints in JavaFX's native
 * premultiplied format, so that showing a finished {@link ArgbFrame} on the UI thread is one bulk copy
 * (about 0.2 ms for 750x490 pixels) instead of a per-pixel conversion to the default
 * {@code ByteBgraPre} format (which the software render thread then converts back). Frames must be
 * opaque (alpha 0xFF everywhere), which makes straight and premultiplied ARGB the same; the producers
 * ({@link SceneViewModel}, {@link VideoViewModel}) ensure that on their worker threads. UI thread only.
 */
final class FxArgbImage {

    private PixelBuffer<IntBuffer> buffer;
    private WritableImage image;

    /**
     * Copies {@code frame} into the image and marks it changed; a new image when the size changed.
     *
     * @return the image now showing {@code frame}
     */
    WritableImage show(ArgbFrame frame) {
        int w = frame.width();
        int h = frame.height();
        if (buffer == null || buffer.getWidth() != w || buffer.getHeight() != h) {
            IntBuffer ints = ByteBuffer.allocateDirect(4 * w * h).order(ByteOrder.nativeOrder()).asIntBuffer();
            buffer = new PixelBuffer<>(w, h, ints, PixelFormat.getIntArgbPreInstance());
            image = new WritableImage(buffer);
        }
        buffer.updateBuffer(b -> {
            IntBuffer dst = b.getBuffer();
            dst.clear();
            dst.put(frame.argb(), 0, w * h);
            dst.clear();
            return null; // the whole image changed
        });
        return image;
    }

    /** The current image, or null before the first frame. */
    WritableImage image() {
        return image;
    }
}
