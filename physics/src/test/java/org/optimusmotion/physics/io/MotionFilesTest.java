package org.optimusmotion.physics.io;

import org.optimusmotion.optimizer.io.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.TestData;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class MotionFilesTest {

    @TempDir
    Path dir;

    @Test
    void tellsThreeDimensionalFromTwoDimensionalTracks() throws IOException {
        Path csv3 = dir.resolve("a.csv");
        Files.writeString(csv3, "# fps=10\nframe,keypoint,x,y,z\n0,pelvis,0,0,1\n");
        Path csv2 = dir.resolve("b.csv");
        Files.writeString(csv2, "# fps=10\nframe,keypoint,x,y,confidence\n");
        assertTrue(MotionFiles.is3D(csv3));
        assertFalse(MotionFiles.is3D(csv2));
        assertTrue(MotionFiles.is3D(dir.resolve("x.bvh")));
        assertTrue(MotionFiles.is3D(dir.resolve("x.trc")));
        assertFalse(MotionFiles.is3D(dir));
        KeypointSequence3D t = MotionFiles.read3D(csv3, 0);
        assertEquals(1, t.get(0, Keypoint.PELVIS, 2));
    }

    @Test
    void readsBvhThroughTheSkeletonDetection() throws IOException {
        KeypointSequence3D t = MotionFiles.read3D(
                TestData.resource("/org/optimusmotion/physics/io/bvh/mini_cc_base.bvh"), 0);
        assertEquals(2, t.frameCount());
        assertEquals(60, t.fps(), 0);
    }

    @Test
    void unrecognisedBvhSkeletonIsAFormatErrorNamingTheFile() {
        Path f = TestData.resource("/org/optimusmotion/physics/io/bvh/syntax_features.bvh");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> MotionFiles.read3D(f, 0));
        assertTrue(e.getMessage().startsWith(f + ": unknown BVH skeleton"), e.getMessage());
    }

    @Test
    void failedAtomicWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicFiles.writeText(target, out -> {
            out.write("partial");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(target), s.toList());
        }
    }
}
