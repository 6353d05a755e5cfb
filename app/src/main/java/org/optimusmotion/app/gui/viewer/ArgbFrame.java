package org.optimusmotion.app.gui.viewer;

/**
 * A finished picture for the UI: {@code width x height} pixels {@code 0xAARRGGBB}, row-major from the
 * top-left. The array is handed over and never written again (treat as immutable).
 *
 * @param frameIndex the clip frame it shows
 */
public record ArgbFrame(int width, int height, int[] argb, int frameIndex) {

    public ArgbFrame {
        if (width < 1 || height < 1 || argb.length < width * height) {
            throw new IllegalArgumentException("ArgbFrame " + width + "x" + height + " with " + argb.length + " pixels");
        }
    }
}
