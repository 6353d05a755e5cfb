package org.optimusmotion.app.gui.viewer;

import java.util.List;
import org.optimusmotion.physics.model.Keypoint;

/**
 * What is drawn over one video frame, in image pixels: the input 2D keypoints and, per fit slot, the
 * fitted body's keypoints projected through the camera. Arrays are {@code (Keypoint.COUNT x 2)} with
 * NaN for a keypoint that is missing or behind the camera; a slot without a body is null. Immutable by
 * convention (arrays are not written after construction).
 *
 * @param imageWidth width of the image the coordinates refer to, pixels
 * @param imageHeight height of that image, pixels
 * @param input 2D input keypoints, or null
 * @param bodies one entry per fit slot, null where there is no body
 */
public record VideoOverlay(int imageWidth, int imageHeight, double[] input, List<double[]> bodies) {

    /** Keypoints per skeleton ({@code Keypoint.COUNT}): the arrays hold twice as many numbers. */
    public static final int KEYPOINTS = Keypoint.COUNT;
}
