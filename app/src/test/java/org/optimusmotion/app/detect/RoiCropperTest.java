package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoiCropperTest {

    /** An 8 × 8 image whose pixel (x, y) has red = 10x, green = 10y, blue = 7. */
    private static int[] gradient() {
        int[] argb = new int[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                argb[y * 8 + x] = 0xff000000 | (10 * x) << 16 | (10 * y) << 8 | 7;
            }
        }
        return argb;
    }

    @Test
    void aRoiCoveringTheImageReproducesItsPixelsPlanarInZeroToOne() {
        RoiCropper cropper = new RoiCropper(8);
        float[] planes = cropper.crop(gradient(), 8, 8, new Roi(4, 4, 8, 0));
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int i = y * 8 + x;
                assertEquals(10 * x / 255f, planes[i], 1e-6f, "red at " + x + "," + y);
                assertEquals(10 * y / 255f, planes[64 + i], 1e-6f, "green at " + x + "," + y);
                assertEquals(7 / 255f, planes[128 + i], 1e-6f, "blue at " + x + "," + y);
            }
        }
    }

    @Test
    void outsideTheImageIsBlack() {
        RoiCropper cropper = new RoiCropper(4);
        float[] planes = cropper.crop(gradient(), 8, 8, new Roi(100, 100, 8, 0));
        for (float v : planes) {
            assertEquals(0f, v, 0f);
        }
    }

    @Test
    void aQuarterTurnReadsTheImageSideways() {
        RoiCropper cropper = new RoiCropper(8);
        // Rotated by +90°: the crop's x axis points down the image, its y axis to the left.
        float[] planes = cropper.crop(gradient(), 8, 8, new Roi(4, 4, 8, Math.PI / 2));
        // Crop pixel (col 0, row 0) sits at image (x = 7, y = 0): red 70, green 0.
        assertEquals(70 / 255f, planes[0], 1e-5f);
        assertEquals(0f, planes[64], 1e-5f);
        // Crop pixel (col 7, row 0) sits at image (7, 7).
        assertEquals(70 / 255f, planes[7], 1e-5f);
        assertEquals(70 / 255f, planes[64 + 7], 1e-5f);
    }
}
