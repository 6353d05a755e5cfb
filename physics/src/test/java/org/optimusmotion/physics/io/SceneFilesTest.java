package org.optimusmotion.physics.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.model.Scene;

class SceneFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsAxisAlignedBoxesRotatedBoxesAndMeshes() throws Exception {
        Path f = dir.resolve("scene.json");
        Files.writeString(f, """
                {"boxes": [{"center": [1, 0, 0.1], "halfExtents": [0.5, 0.5, 0.1]},
                           {"center": [3, 0, 0], "halfExtents": [0.5, 0.5, 0.2], "rotationDeg": [0, 10, 0]}],
                 "meshes": [{"vertices": [[0, 0, 0], [1, 0, 0.2], [0, 1, 0]], "triangles": [[0, 1, 2]]}]}
                """);
        Scene s = SceneFiles.read(f);
        assertEquals(1, s.boxCount());
        assertArrayEquals(new double[] {1, 0, 0.1}, s.boxes().get(0).centerM());
        assertEquals(2, s.meshCount());
        assertEquals(12, s.meshes().get(0).triangleCount());
        assertEquals(1, s.meshes().get(1).triangleCount());
        // the rotated box's top normal leans by 10 degrees
        double[] tri = s.meshTrianglesRef(0);
        double maxNz = 0;
        for (int t = 0; t < 12; t++) {
            maxNz = Math.max(maxNz, tri[12 * t + 11]);
        }
        assertEquals(Math.cos(Math.toRadians(10)), maxNz, 1e-12);
    }

    @Test
    void rotationMatchesTheAxisRotationAboutY() {
        assertArrayEquals(Scene.Mesh.rotationY(0.3), SceneFiles.rotation(0, 0.3, 0), 1e-15);
    }

    @Test
    void badContentNamesTheFileAndTheValue() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"meshes\": [{\"vertices\": [[0,0,0],[1,0,0],[0,1,0]], \"triangles\": [[0,1,3]]}]}");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> SceneFiles.read(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("meshes[0]") && e.getMessage().contains("index 3"), e.getMessage());
        Files.writeString(f, "{\"boxes\": [{\"center\": [0, 0], \"halfExtents\": [1, 1, 1]}]}");
        e = assertThrows(MotionFormatException.class, () -> SceneFiles.read(f));
        assertTrue(e.getMessage().contains("boxes[0].center"), e.getMessage());
        Files.writeString(f, "{\"meshes\": [{\"vertices\": [[0,0,0],[1,0,0],[2,0,0]], \"triangles\": [[0,1,2]]}]}");
        e = assertThrows(MotionFormatException.class, () -> SceneFiles.read(f));
        assertTrue(e.getMessage().contains("degenerate"), e.getMessage());
    }
}
