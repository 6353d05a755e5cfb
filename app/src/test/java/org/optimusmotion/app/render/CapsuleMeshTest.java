package org.optimusmotion.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapsuleMeshTest {

    @Test
    void directionsAreUnitAndCapsSitOnTheirSideOfTheEquator() {
        CapsuleMesh mesh = new CapsuleMesh(24, 8);
        float[] v = mesh.vertices();
        for (int i = 0; i < mesh.vertexCount(); i++) {
            double x = v[4 * i];
            double y = v[4 * i + 1];
            double z = v[4 * i + 2];
            assertEquals(1.0, Math.sqrt(x * x + y * y + z * z), 1e-6, "vertex " + i);
            float end = v[4 * i + 3];
            assertTrue(end == 0f ? z <= 1e-6 : z >= -1e-6, "cap a below, cap b above the equator, vertex " + i);
        }
    }

    @Test
    void trianglesIndexValidVerticesAndCoverBothCapsAndTheCylinder() {
        CapsuleMesh mesh = new CapsuleMesh(12, 4);
        int[] idx = mesh.indices();
        assertEquals(0, idx.length % 3);
        assertEquals((2 * (4 + 1) - 1) * 12 * 2, idx.length / 3);
        boolean sawCylinder = false;
        float[] v = mesh.vertices();
        for (int t = 0; t < idx.length; t += 3) {
            float ends = 0;
            for (int k = 0; k < 3; k++) {
                assertTrue(idx[t + k] >= 0 && idx[t + k] < mesh.vertexCount());
                ends += v[4 * idx[t + k] + 3];
            }
            sawCylinder |= ends > 0 && ends < 3;
        }
        assertTrue(sawCylinder, "some triangles join the two caps: the cylinder");
    }
}
