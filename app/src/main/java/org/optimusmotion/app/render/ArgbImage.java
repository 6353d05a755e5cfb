package org.optimusmotion.app.render;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * An immutable image of packed {@code 0xAARRGGBB} pixels, row-major from the top-left, for example a
 * video frame to draw behind a scene. The pixels are copied in and never exposed for writing.
 */
public final class ArgbImage {

    private final int width;
    private final int height;
    private final int[] pixels;

    private ArgbImage(int width, int height, int[] pixels) {
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /**
     * Copies {@code width * height} pixels from {@code argb} (row-major, top row first).
     *
     * @throws IllegalArgumentException if the size is not positive or the array is too short
     */
    public static ArgbImage copyOf(int width, int height, int[] argb) {
        Objects.requireNonNull(argb, "argb");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("ArgbImage size must be positive, got " + width + "x" + height);
        }
        if (argb.length < (long) width * height) {
            throw new IllegalArgumentException("ArgbImage " + width + "x" + height + " needs " + (long) width * height
                    + " pixels, got " + argb.length);
        }
        int[] copy = new int[width * height];
        System.arraycopy(argb, 0, copy, 0, copy.length);
        return new ArgbImage(width, height, copy);
    }

    /** Copies the pixels of {@code image} (any type; converted through {@link BufferedImage#getRGB}). */
    public static ArgbImage of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new ArgbImage(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at column {@code x}, row {@code y} (0 = top), as {@code 0xAARRGGBB}. */
    public int argbAt(int x, int y) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        return pixels[y * width + x];
    }

    /** Copies all pixels into {@code out} (length &ge; width * height), row-major, top row first. */
    public void copyTo(int[] out) {
        System.arraycopy(pixels, 0, out, 0, pixels.length);
    }

    /** The pixel array itself, for the renderer's upload only: callers in this package must not write it. */
    int[] pixelsUnsafe() {
        return pixels;
    }
}
