package org.optimusmotion.app.render;

import java.util.Objects;

/**
 * The ground: a lit square in the horizontal plane {@code z = heightM} (the world is Z-up), centred
 * on ({@code centreX}, {@code centreY}), with grid lines every {@code cellM} metres. Immutable.
 *
 * @param heightM height of the plane, metres
 * @param centreX centre of the square along X, metres
 * @param centreY centre of the square along Y, metres
 * @param halfExtentM half the side of the square, metres, &gt; 0
 * @param cellM grid spacing, metres, in (0, 2 * halfExtentM]
 * @param fill colour of the plane
 * @param lines colour of the grid lines
 */
public record GroundGrid(double heightM, double centreX, double centreY, double halfExtentM, double cellM,
        Rgba fill, Rgba lines) {

    public GroundGrid {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(lines, "lines");
        if (!Double.isFinite(heightM) || !Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("GroundGrid height and centre must be finite");
        }
        if (!(halfExtentM > 0) || !Double.isFinite(halfExtentM)) {
            throw new IllegalArgumentException("GroundGrid.halfExtentM must be finite and > 0, got " + halfExtentM);
        }
        if (!(cellM > 0) || cellM > 2 * halfExtentM) {
            throw new IllegalArgumentException(
                    "GroundGrid.cellM must be in (0, " + 2 * halfExtentM + "], got " + cellM);
        }
    }

    /** A grey 10 m x 10 m floor at z = 0 with 0.5 m cells. */
    public static GroundGrid defaultFloor() {
        return new GroundGrid(0, 0, 0, 5, 0.5, Rgba.rgb255(150, 150, 150), Rgba.rgb255(95, 95, 95));
    }
}
