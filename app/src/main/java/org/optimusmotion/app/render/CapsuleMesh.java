package org.optimusmotion.app.render;

/**
 * The one template mesh every capsule and sphere is drawn from, generated once. Each vertex stores a
 * unit direction {@code d} in the capsule's local frame (z along the axis) and which end it belongs
 * to ({@code e} = 0 at endpoint a, 1 at b); the vertex shader places it at
 * {@code mix(a, b, e) + radius * (d.x u + d.y v + d.z w)}, where w is the unit axis and u, v complete
 * an orthonormal frame. The normal is {@code d} itself, so caps stay round for any length and radius.
 *
 * <p>Layout: rows of {@code segments + 1} vertices (the seam is duplicated), from the south pole of
 * the a-cap up to its equator, then the b-cap's equator up to its north pole; the quad strip between
 * the two equators is the cylinder. Immutable.
 */
final class CapsuleMesh {

    /** Floats per vertex: direction (3) and end (1). */
    static final int FLOATS_PER_VERTEX = 4;

    private final float[] vertices;
    private final int[] indices;

    /**
     * @param segments vertices around the axis, &ge; 3
     * @param ringsPerCap latitude steps from equator to pole on each cap, &ge; 1
     */
    CapsuleMesh(int segments, int ringsPerCap) {
        if (segments < 3 || ringsPerCap < 1) {
            throw new IllegalArgumentException("CapsuleMesh needs segments >= 3 and ringsPerCap >= 1, got "
                    + segments + ", " + ringsPerCap);
        }
        int rows = 2 * (ringsPerCap + 1);
        int perRow = segments + 1;
        vertices = new float[rows * perRow * FLOATS_PER_VERTEX];
        int k = 0;
        for (int row = 0; row < rows; row++) {
            boolean capB = row > ringsPerCap;
            // latitude from -90 deg (a-cap pole) to 0, then 0 to +90 deg (b-cap pole).
            int step = capB ? row - (ringsPerCap + 1) : row;
            double lat = capB ? 0.5 * Math.PI * step / ringsPerCap : -0.5 * Math.PI * (ringsPerCap - step) / ringsPerCap;
            double cosLat = Math.cos(lat);
            double sinLat = Math.sin(lat);
            for (int s = 0; s < perRow; s++) {
                double lon = 2 * Math.PI * s / segments;
                vertices[k++] = (float) (cosLat * Math.cos(lon));
                vertices[k++] = (float) (cosLat * Math.sin(lon));
                vertices[k++] = (float) sinLat;
                vertices[k++] = capB ? 1f : 0f;
            }
        }
        indices = new int[(rows - 1) * segments * 6];
        int i = 0;
        for (int row = 0; row < rows - 1; row++) {
            for (int s = 0; s < segments; s++) {
                int p = row * perRow + s;
                int q = p + perRow;
                // counter-clockwise seen from outside: p, p+1, q and q, p+1, q+1.
                indices[i++] = p;
                indices[i++] = p + 1;
                indices[i++] = q;
                indices[i++] = q;
                indices[i++] = p + 1;
                indices[i++] = q + 1;
            }
        }
    }

    /** Interleaved vertex data, {@link #FLOATS_PER_VERTEX} floats per vertex (do not modify). */
    float[] vertices() {
        return vertices;
    }

    /** Triangle indices, three per triangle (do not modify). */
    int[] indices() {
        return indices;
    }

    int vertexCount() {
        return vertices.length / FLOATS_PER_VERTEX;
    }
}
