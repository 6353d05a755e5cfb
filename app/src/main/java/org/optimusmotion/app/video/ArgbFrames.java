package org.optimusmotion.app.video;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * Copies between packed {@code 0xAARRGGBB} ints and FFmpeg's BGRA byte layout: stored little-endian,
 * an ARGB int is exactly the bytes B, G, R, A.
 */
final class ArgbFrames {

    private ArgbFrames() {
    }

    /** Copies {@code height} rows of {@code width} BGRA pixels (row stride {@code strideBytes}) into {@code out}. */
    static void bgraToArgb(ByteBuffer bgra, int strideBytes, int width, int height, int[] out) {
        IntBuffer ints = bgra.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(0).asIntBuffer();
        int strideInts = strideBytes / 4;
        for (int row = 0; row < height; row++) {
            ints.get(row * strideInts, out, row * width, width);
        }
    }
}
