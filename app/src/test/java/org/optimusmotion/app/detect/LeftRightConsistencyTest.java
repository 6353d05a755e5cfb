package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LeftRightConsistencyTest {

    /** A frame with left landmarks (odd from 11) at x ≈ 100 and right ones (even) at x ≈ 300, pairs at equal heights. */
    private static LandmarkOutput frame(double shiftPx, boolean labelsExchanged) {
        LandmarkOutput out = new LandmarkOutput();
        for (int k = 0; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            boolean left = k >= 11 ? k % 2 == 1 : k >= 1 && k <= 3;
            boolean drawnLeft = labelsExchanged != left;
            int pair = Math.min(k, LeftRightConsistency.partner(k));
            out.imageXy[2 * k] = (drawnLeft ? 100 : 300) + pair + shiftPx;
            out.imageXy[2 * k + 1] = 10 * pair;
            out.visibility[k] = left ? 0.9 : 0.6;
            out.world[3 * k] = left ? 0.2 : -0.2;
        }
        return out;
    }

    @Test
    void aOneFrameFlipOfTheLabelsIsUndone() {
        LeftRightConsistency sides = new LeftRightConsistency();
        sides.apply(frame(0, false));
        LandmarkOutput flipped = frame(5, true);
        sides.apply(flipped);
        assertEquals(1, sides.swaps());
        LandmarkOutput expected = frame(5, false);
        for (int k = 11; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            assertEquals(expected.imageXy[2 * k], flipped.imageXy[2 * k], 1e-12, "x of landmark " + k);
        }
        // Visibility and world landmarks travel with their labels: after the swap the left ones hold what
        // the model said for the landmark now called left.
        assertEquals(0.6, flipped.visibility[11], 0);
        assertEquals(-0.2, flipped.world[3 * 11], 0);
    }

    @Test
    void steadyMotionIsLeftAlone() {
        LeftRightConsistency sides = new LeftRightConsistency();
        SplittableRandom random = new SplittableRandom(1);
        for (int f = 0; f < 20; f++) {
            sides.apply(frame(8 * f + random.nextDouble(), false));
        }
        assertEquals(0, sides.swaps());
    }

    @Test
    void partnersArePairsOfTheSameLandmark() {
        assertEquals(4, LeftRightConsistency.partner(1));
        assertEquals(3, LeftRightConsistency.partner(6));
        assertEquals(8, LeftRightConsistency.partner(7));
        assertEquals(31, LeftRightConsistency.partner(32));
        assertEquals(0, LeftRightConsistency.partner(0));
        for (int k = 0; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            assertEquals(k, LeftRightConsistency.partner(LeftRightConsistency.partner(k)));
        }
    }
}
