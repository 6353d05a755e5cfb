package org.optimusmotion.physics.io.keypoints;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;
import org.optimusmotion.physics.motion.KeypointSequence3D;

class KeypointCsvTest {

    private static final int K = Keypoint.COUNT;

    @TempDir
    Path dir;

    @Test
    void twoDimensionalCsvRoundTrips() throws IOException {
        SplittableRandom rnd = new SplittableRandom(5);
        double[] xy = new double[4 * K * 2];
        double[] c = new double[4 * K];
        for (int i = 0; i < c.length; i++) {
            c[i] = i % 7 == 0 ? 0 : Math.round(rnd.nextDouble() * 1e4) / 1e4;
            xy[2 * i] = c[i] == 0 ? 0 : Math.round(rnd.nextDouble(0, 1920) * 1e4) / 1e4;
            xy[2 * i + 1] = c[i] == 0 ? 0 : Math.round(rnd.nextDouble(0, 1080) * 1e4) / 1e4;
        }
        KeypointSequence2D t = new KeypointSequence2D(29.97, 1920, 1080, xy, c);
        Path f = dir.resolve("k2d.csv");
        new Keypoints2DCsv().write(f, t);
        KeypointSequence2D back = KeypointFiles.read2D(f, 0, 0, 0);
        assertEquals(29.97, back.fps());
        assertEquals(1080, back.imageHeight());
        assertArrayEquals(t.xyRef(), back.xyRef(), 1e-9);
        assertArrayEquals(t.confidenceRef(), back.confidenceRef(), 1e-9);
    }

    @Test
    void threeDimensionalCsvRoundTripsAndKeepsTrailingEmptyFrames() throws IOException {
        SplittableRandom rnd = new SplittableRandom(6);
        double[] p = new double[3 * K * 3];
        boolean[] v = new boolean[3 * K];
        for (int i = 0; i < 2 * K; i++) {
            v[i] = i % 5 != 0;
            for (int a = 0; a < 3; a++) {
                p[3 * i + a] = v[i] ? Math.round(rnd.nextDouble(-2, 2) * 1e6) / 1e6 : 0;
            }
        }
        KeypointSequence3D t = new KeypointSequence3D(50, p, v);
        Path f = dir.resolve("k3d.csv");
        new Keypoints3DCsv().write(f, t);
        KeypointSequence3D back = new Keypoints3DCsv().read(f, 0);
        assertEquals(3, back.frameCount());
        assertArrayEquals(t.positionsRef(), back.positionsRef(), 1e-12);
        assertArrayEquals(t.validRef(), back.validRef());
        assertFalse(back.isValid(2, 3));
    }

    @Test
    void millimetreUnitsAreConverted() throws IOException {
        Path f = write("# fps=10\n# units=mm\nframe,keypoint,x,y,z\n0,pelvis,1000,0,950\n");
        KeypointSequence3D t = new Keypoints3DCsv().read(f, 0);
        assertEquals(0.95, t.get(0, Keypoint.PELVIS, 2), 1e-12);
        assertFalse(t.isValid(0, Keypoint.HEAD.ordinal()));
    }

    @Test
    void unknownKeypointNameNamesTheLine() throws IOException {
        String msg = bad3d("# fps=10\nframe,keypoint,x,y,z\n0,pelvis,0,0,0\n0,left_tail,1,2,3\n");
        assertTrue(msg.endsWith("line 4: unknown keypoint name 'left_tail' (expected one of pelvis, right_hip, ..., left_toe)"), msg);
    }

    @Test
    void wrongNumberOfValuesNamesTheLine() throws IOException {
        String msg = bad3d("# fps=10\nframe,keypoint,x,y,z\n0,pelvis,0,0\n");
        assertTrue(msg.endsWith("line 3: expected 5 values (frame,keypoint,x,y,z), found 4"), msg);
    }

    @Test
    void nanIsRejected() throws IOException {
        String msg = bad3d("# fps=10\nframe,keypoint,x,y,z\n0,pelvis,0,NaN,0\n");
        assertTrue(msg.endsWith("line 3: y: non-finite value 'NaN'"), msg);
    }

    @Test
    void frameCountThatDisagreesWithRowsIsRejected() throws IOException {
        String msg = bad3d("# fps=10\n# frames=2\nframe,keypoint,x,y,z\n5,pelvis,0,0,0\n");
        assertTrue(msg.endsWith("rows reach frame 5 but '# frames=2' says there are 2 frames"), msg);
    }

    @Test
    void missingFpsIsRejected() throws IOException {
        String msg = bad3d("frame,keypoint,x,y,z\n0,pelvis,0,0,0\n");
        assertTrue(msg.endsWith("missing '# fps=...' line"), msg);
    }

    @Test
    void duplicateRowIsRejected() throws IOException {
        String msg = bad3d("# fps=10\nframe,keypoint,x,y,z\n0,pelvis,0,0,0\n0,pelvis,0,0,1\n");
        assertTrue(msg.endsWith("line 4: second row for frame 0 pelvis"), msg);
    }

    @Test
    void wrongHeaderIsRejected() throws IOException {
        String msg = bad3d("# fps=10\nframe,joint,x,y,z\n");
        assertTrue(msg.contains("line 2: expected the header 'frame,keypoint,x,y,z'"), msg);
    }

    @Test
    void twoDimensionalConfidenceOutOfRangeIsRejected() throws IOException {
        Path f = write("# fps=10\nframe,keypoint,x,y,confidence\n0,pelvis,1,2,1.5\n");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new Keypoints2DCsv().read(f, 0));
        assertTrue(e.getMessage().endsWith("line 3: confidence 1.5 outside [0, 1]"), e.getMessage());
    }

    private Path write(String text) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, text);
        return f;
    }

    private String bad3d(String text) throws IOException {
        Path f = write(text);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> new Keypoints3DCsv().read(f, 0));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e.getMessage();
    }
}
