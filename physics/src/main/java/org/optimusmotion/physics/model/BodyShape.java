package org.optimusmotion.physics.model;

import java.util.Arrays;

/**
 * The subject a body model is scaled to: standing height (m), body mass (kg) and an optional
 * per-segment length scale on top of the height scaling (for fitting segment lengths to a subject's
 * bone lengths; {@code null} means all ones). Immutable; the array is copied in and out.
 *
 * @param heightM             standing height in metres, in [0.5, 2.5]
 * @param massKg              body mass in kilograms, in [10, 300]
 * @param segmentLengthScales one factor per segment in asset order, each in [0.5, 2], or {@code null}
 */
public record BodyShape(double heightM, double massKg, double[] segmentLengthScales) {

    /** Default subject: 1.75 m, 70 kg, unscaled segments. */
    public static final BodyShape DEFAULT = new BodyShape(1.75, 70.0, null);

    /** Smallest and largest allowed per-segment length factor. */
    public static final double MIN_SEGMENT_SCALE = 0.5;
    public static final double MAX_SEGMENT_SCALE = 2.0;

    public BodyShape {
        if (!(heightM >= 0.5 && heightM <= 2.5)) {
            throw new IllegalArgumentException("heightM = " + heightM + " must be in [0.5, 2.5]");
        }
        if (!(massKg >= 10 && massKg <= 300)) {
            throw new IllegalArgumentException("massKg = " + massKg + " must be in [10, 300]");
        }
        if (segmentLengthScales != null) {
            segmentLengthScales = segmentLengthScales.clone();
            for (int i = 0; i < segmentLengthScales.length; i++) {
                double s = segmentLengthScales[i];
                if (!(s >= MIN_SEGMENT_SCALE && s <= MAX_SEGMENT_SCALE)) {
                    throw new IllegalArgumentException("segmentLengthScales[" + i + "] = " + s + " must be in ["
                            + MIN_SEGMENT_SCALE + ", " + MAX_SEGMENT_SCALE + "]");
                }
            }
        }
    }

    /** Scale of segment {@code s} (1 when no scales are given). */
    public double segmentScale(int s) {
        return segmentLengthScales == null ? 1.0 : segmentLengthScales[s];
    }

    /** A copy of the per-segment scales, or {@code null}. */
    @Override
    public double[] segmentLengthScales() {
        return segmentLengthScales == null ? null : segmentLengthScales.clone();
    }

    /** The same subject with other segment scales. */
    public BodyShape withSegmentLengthScales(double[] scales) {
        return new BodyShape(heightM, massKg, scales);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BodyShape b && b.heightM == heightM && b.massKg == massKg
                && Arrays.equals(b.segmentLengthScales, segmentLengthScales);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(heightM) + Double.hashCode(massKg)) + Arrays.hashCode(segmentLengthScales);
    }

    @Override
    public String toString() {
        return "BodyShape[heightM=" + heightM + ", massKg=" + massKg + ", segmentLengthScales="
                + Arrays.toString(segmentLengthScales) + "]";
    }
}
