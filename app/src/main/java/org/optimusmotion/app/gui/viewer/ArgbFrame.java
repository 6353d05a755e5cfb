package org.optimusmotion.app.gui.viewer;

/**
 * A finished, opaque picture for the UI: {@code width x height} pixels {@code 0xAARRGGBB} with alpha
 * 0xFF, row-major from the top-left. The array is handed over and never written again (treat as
 * immutable).
 *
 * @param frameIndex the clip frame it shows
 */
public record ArgbFrame(int width, int height, int[] argb, int frameIndex) {

    public ArgbFrame {
        if (width < 1 || height < 1 || argb.length < width * height) {
            throw new IllegalArgumentException("ArgbFrame " + width + "x" + height + " with " + argb.length + " pixels");
        }
    }

    /**
     * Sets alpha to 0xFF in the first {@code count} pixels, in place (the UI shows frames as opaque
     * premultiplied ARGB). Call on the producing worker thread, before handing the array over.
     */
    public static void makeOpaque(int[] argb, int count) {
        for (int i = 0; i < count; i++) {
            argb[i] |= 0xFF000000;
        }
    }
}
