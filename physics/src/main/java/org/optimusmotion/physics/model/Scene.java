package org.optimusmotion.physics.model;

import java.util.List;

/**
 * Static scene geometry besides the ground plane: axis-aligned boxes (steps, platforms, obstacles)
 * that the body's contact spheres touch through the same soft contact as the ground. Immutable,
 * thread-safe.
 */
public final class Scene {

    /** No geometry besides the ground plane. */
    public static final Scene EMPTY = new Scene(List.of());

    /**
     * An axis-aligned box.
     *
     * @param centerM      centre, world, m
     * @param halfExtentsM half sizes along x, y, z, m, each > 0
     */
    public record Box(double[] centerM, double[] halfExtentsM) {
        public Box {
            if (centerM == null || centerM.length != 3 || halfExtentsM == null || halfExtentsM.length != 3) {
                throw new IllegalArgumentException("a box needs 3 centre coordinates and 3 half extents");
            }
            for (int k = 0; k < 3; k++) {
                if (!Double.isFinite(centerM[k]) || !(halfExtentsM[k] > 0) || !Double.isFinite(halfExtentsM[k])) {
                    throw new IllegalArgumentException("box centre " + java.util.Arrays.toString(centerM) + " must be finite and half extents "
                            + java.util.Arrays.toString(halfExtentsM) + " finite and > 0");
                }
            }
            centerM = centerM.clone();
            halfExtentsM = halfExtentsM.clone();
        }

        /** A step: a box standing on the ground from x0 to x1 (all y within +-halfWidthM), heightM tall. */
        public static Box step(double x0, double x1, double halfWidthM, double heightM) {
            return new Box(new double[] {0.5 * (x0 + x1), 0, 0.5 * heightM}, new double[] {0.5 * (x1 - x0), halfWidthM, 0.5 * heightM});
        }

        @Override
        public double[] centerM() {
            return centerM.clone();
        }

        @Override
        public double[] halfExtentsM() {
            return halfExtentsM.clone();
        }
    }

    private final List<Box> boxes;
    private final double[] flat;

    /** A scene of these boxes (the list is copied). */
    public Scene(List<Box> boxes) {
        this.boxes = List.copyOf(boxes);
        flat = new double[6 * this.boxes.size()];
        for (int b = 0; b < this.boxes.size(); b++) {
            System.arraycopy(this.boxes.get(b).centerM, 0, flat, 6 * b, 3);
            System.arraycopy(this.boxes.get(b).halfExtentsM, 0, flat, 6 * b + 3, 3);
        }
    }

    /** The boxes. */
    public List<Box> boxes() {
        return boxes;
    }

    /** Number of boxes. */
    public int boxCount() {
        return boxes.size();
    }

    /** Flat box data, (boxes x 6): centre (3), half extents (3), m. Live array, read-only. */
    public double[] boxesRef() {
        return flat;
    }
}
