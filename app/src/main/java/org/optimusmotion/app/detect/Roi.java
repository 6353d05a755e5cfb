package org.optimusmotion.app.detect;

/**
 * A square, rotated region of a video frame that the landmark model looks at (MediaPipe's
 * {@code NormalizedRect}, here in pixels). Crop coordinates {@code (a, b)} in [0, 1]² (a right, b down
 * in the crop) map to the image by
 * <pre>
 *   x = cx + s·((a − ½) cos θ − (b − ½) sin θ),   y = cy + s·((a − ½) sin θ + (b − ½) cos θ)
 * </pre>
 * (MediaPipe's {@code LandmarkProjectionCalculator}, in pixels so that a rotation keeps the square square).
 *
 * @param centerXPx   centre, pixels from the left image edge
 * @param centerYPx   centre, pixels from the top image edge
 * @param sizePx      side of the square, pixels, > 0
 * @param rotationRad rotation of the crop's axes against the image's, radians, clockwise on screen (y down)
 */
public record Roi(double centerXPx, double centerYPx, double sizePx, double rotationRad) {

    /**
     * Margin around the alignment box (MediaPipe's {@code RectTransformationCalculator} after the
     * alignment points, box kept square). MediaPipe's graphs use 1.25 or 1.5 depending on version and
     * module; with these models 1.5 put the landmarks 92–241 px (median, four Pose2Sim views) from
     * OpenPose's against 18–27 px with 1.25.
     */
    public static final double ALIGNMENT_SCALE = 1.25;

    public Roi {
        if (!Double.isFinite(centerXPx) || !Double.isFinite(centerYPx)) {
            throw new IllegalArgumentException("ROI centre must be finite, got (" + centerXPx + ", " + centerYPx + ")");
        }
        if (!(sizePx > 0) || !Double.isFinite(sizePx)) {
            throw new IllegalArgumentException("ROI sizePx must be finite and > 0, got " + sizePx);
        }
        if (!Double.isFinite(rotationRad)) {
            throw new IllegalArgumentException("ROI rotationRad must be finite, got " + rotationRad);
        }
    }

    /**
     * The ROI of MediaPipe's {@code AlignmentPointsRectsCalculator} + {@code RectTransformationCalculator}:
     * centred on the hip centre, side {@code 2·|scale point − hip centre|·}{@link #ALIGNMENT_SCALE},
     * rotated so that the hip→scale-point vector points up in the crop
     * ({@code θ = π/2 − atan2(−(y1 − y0), x1 − x0)}, normalised to [−π, π)).
     */
    public static Roi fromAlignment(double hipXPx, double hipYPx, double scaleXPx, double scaleYPx) {
        double dx = scaleXPx - hipXPx;
        double dy = scaleYPx - hipYPx;
        double size = 2 * Math.hypot(dx, dy) * ALIGNMENT_SCALE;
        double angle = Math.PI / 2 - Math.atan2(-dy, dx);
        return new Roi(hipXPx, hipYPx, size, normalizeRadians(angle));
    }

    /** An upright square ROI around a person box: centred on the box, side {@code margin·max(w, h)}. */
    public static Roi aroundBox(double xPx, double yPx, double widthPx, double heightPx, double margin) {
        return new Roi(xPx + widthPx / 2, yPx + heightPx / 2, margin * Math.max(widthPx, heightPx), 0);
    }

    /** Writes the image pixel position of crop point {@code (a, b)} (both in [0, 1]) into {@code out[at..at+1]}. */
    public void toImage(double a, double b, double[] out, int at) {
        double cos = Math.cos(rotationRad);
        double sin = Math.sin(rotationRad);
        double u = a - 0.5;
        double v = b - 0.5;
        out[at] = centerXPx + sizePx * (u * cos - v * sin);
        out[at + 1] = centerYPx + sizePx * (u * sin + v * cos);
    }

    /** Rotates a vector given in the crop's axes into the image's axes (the in-plane part of world landmarks). */
    public void rotateToImage(double x, double y, double[] out, int at) {
        double cos = Math.cos(rotationRad);
        double sin = Math.sin(rotationRad);
        out[at] = x * cos - y * sin;
        out[at + 1] = x * sin + y * cos;
    }

    /** {@code angle} wrapped into [−π, π). */
    static double normalizeRadians(double angle) {
        return angle - 2 * Math.PI * Math.floor((angle + Math.PI) / (2 * Math.PI));
    }
}
