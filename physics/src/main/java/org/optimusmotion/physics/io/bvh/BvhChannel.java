package org.optimusmotion.physics.io.bvh;

import java.util.Locale;

/** One BVH channel: a translation or rotation about a parent-frame axis, named as in the file. */
public enum BvhChannel {
    XPOSITION("Xposition", 0, false),
    YPOSITION("Yposition", 1, false),
    ZPOSITION("Zposition", 2, false),
    XROTATION("Xrotation", 0, true),
    YROTATION("Yrotation", 1, true),
    ZROTATION("Zrotation", 2, true);

    private final String fileName;
    private final int axis;
    private final boolean rotation;

    BvhChannel(String fileName, int axis, boolean rotation) {
        this.fileName = fileName;
        this.axis = axis;
        this.rotation = rotation;
    }

    /** Name as written in files, e.g. {@code Zrotation}. */
    public String fileName() {
        return fileName;
    }

    /** Axis index: 0 = X, 1 = Y, 2 = Z. */
    public int axis() {
        return axis;
    }

    /** Whether this is a rotation (degrees in files) rather than a translation (length units). */
    public boolean isRotation() {
        return rotation;
    }

    /** Parses a channel name case-insensitively; returns {@code null} if unknown. */
    public static BvhChannel parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (BvhChannel c : values()) {
            if (c.fileName.toLowerCase(Locale.ROOT).equals(lower)) {
                return c;
            }
        }
        return null;
    }
}
