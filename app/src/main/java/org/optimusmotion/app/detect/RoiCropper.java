package org.optimusmotion.app.detect;

/**
 * Samples a {@link Roi} of an ARGB frame into the landmark model's input: {@code side × side} RGB
 * values in [0, 1], planar (channel-major, {@code NCHW}: all R, then all G, then all B), bilinear, zero
 * outside the image (MediaPipe's {@code ImageToTensorCalculator} with {@code output_tensor_float_range
 * [0, 1]} and zero border). Allocation-free after construction; not thread-safe.
 */
public final class RoiCropper {

    private final int side;
    private final float[] planes;

    /** @param side crop side in pixels (256 for BlazePose landmarks), > 0 */
    public RoiCropper(int side) {
        if (side <= 0) {
            throw new IllegalArgumentException("side must be > 0, got " + side);
        }
        this.side = side;
        this.planes = new float[3 * side * side];
    }

    public int side() {
        return side;
    }

    /**
     * Crops {@code roi} from {@code argb} ({@code width × height}, row-major {@code 0xAARRGGBB}).
     *
     * @return the internal buffer {@code (3 × side × side)}, overwritten by the next call
     */
    public float[] crop(int[] argb, int width, int height, Roi roi) {
        double cos = Math.cos(roi.rotationRad());
        double sin = Math.sin(roi.rotationRad());
        int plane = side * side;
        final float norm = 1f / 255f;
        for (int row = 0; row < side; row++) {
            double v = (row + 0.5) / side - 0.5;
            for (int col = 0; col < side; col++) {
                double u = (col + 0.5) / side - 0.5;
                // Pixel centres are at integer + 0.5: shift by 0.5 to index the sample grid.
                double x = roi.centerXPx() + roi.sizePx() * (u * cos - v * sin) - 0.5;
                double y = roi.centerYPx() + roi.sizePx() * (u * sin + v * cos) - 0.5;
                int x0 = (int) Math.floor(x);
                int y0 = (int) Math.floor(y);
                float fx = (float) (x - x0);
                float fy = (float) (y - y0);
                float r = 0;
                float g = 0;
                float b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    int yy = y0 + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    float wy = dy == 0 ? 1 - fy : fy;
                    for (int dx = 0; dx < 2; dx++) {
                        int xx = x0 + dx;
                        if (xx < 0 || xx >= width) {
                            continue;
                        }
                        float w = wy * (dx == 0 ? 1 - fx : fx);
                        int p = argb[yy * width + xx];
                        r += w * ((p >> 16) & 0xff);
                        g += w * ((p >> 8) & 0xff);
                        b += w * (p & 0xff);
                    }
                }
                int i = row * side + col;
                planes[i] = r * norm;
                planes[plane + i] = g * norm;
                planes[2 * plane + i] = b * norm;
            }
        }
        return planes;
    }
}
