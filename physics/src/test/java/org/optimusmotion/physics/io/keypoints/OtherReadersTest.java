package org.optimusmotion.physics.io.keypoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/** COCO and MediaPipe readers and the path-based dispatch. */
class OtherReadersTest {

    @TempDir
    Path dir;

    private static String cocoKeypoints(double dx, int v) {
        StringBuilder b = new StringBuilder("[");
        for (int j = 0; j < 17; j++) {
            b.append(j > 0 ? "," : "").append(10 * j + dx).append(',').append(100 + j).append(',').append(v);
        }
        return b.append(']').toString();
    }

    @Test
    void cocoDatasetFileUsesImagesAsFramesAndVisibilityFlags() throws IOException {
        Path f = dir.resolve("coco.json");
        Files.writeString(f, "{\"images\":[{\"id\":7,\"width\":640,\"height\":480},{\"id\":3,\"width\":640,\"height\":480},"
                + "{\"id\":9,\"width\":640,\"height\":480}],\"annotations\":["
                + "{\"image_id\":3,\"keypoints\":" + cocoKeypoints(0, 2) + "},"
                + "{\"image_id\":7,\"keypoints\":" + cocoKeypoints(1, 0) + "}]}");
        KeypointSequence2D t = KeypointFiles.read2D(f, 30, 0, 0);
        assertEquals(3, t.frameCount());
        assertEquals(640, t.imageWidth());
        // COCO: left_hip 11, right_hip 12.
        assertEquals(115, t.get(0, Keypoint.PELVIS.ordinal(), 0), 1e-9);
        assertEquals(1, t.confidence(0, Keypoint.PELVIS.ordinal()));
        assertEquals(0, t.confidence(1, Keypoint.PELVIS.ordinal()));
        assertEquals(0, t.confidence(2, Keypoint.PELVIS.ordinal()));
        assertEquals(0, t.confidence(0, Keypoint.LEFT_TOE.ordinal()), "COCO-17 has no toes");
        // Head = mid-ears (3, 4), neck = mean(thorax, head).
        assertEquals(35, t.get(0, Keypoint.HEAD.ordinal(), 0), 1e-9);
        assertEquals((55 + 35) / 2.0, t.get(0, Keypoint.NECK.ordinal(), 0), 1e-9);
    }

    @Test
    void cocoResultsListKeepsTheBestScoringPersonPerImage() throws IOException {
        Path f = dir.resolve("results.json");
        Files.writeString(f, "[{\"image_id\":1,\"category_id\":1,\"keypoints\":" + cocoKeypoints(0, 1) + "},"
                + "{\"image_id\":1,\"category_id\":1,\"keypoints\":" + cocoKeypoints(500, 0).replace(",0,", ",0.2,").replace(",0]", ",0.2]") + "},"
                + "{\"image_id\":2,\"category_id\":1,\"keypoints\":" + cocoKeypoints(3, 1) + "}]");
        KeypointSequence2D t = KeypointFiles.read2D(f, 30, 100, 100);
        assertEquals(2, t.frameCount());
        assertEquals(115, t.get(0, Keypoint.PELVIS.ordinal(), 0), 1e-9);
    }

    @Test
    void cocoWithWrongKeypointCountIsRejected() throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[{\"image_id\":1,\"keypoints\":[1,2,3]}]");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> KeypointFiles.read2D(f, 30, 0, 0));
        assertTrue(e.getMessage().contains("frame 0: annotation 0: keypoints must hold 51 values"), e.getMessage());
    }

    private static String mediaPipeLandmarks(double vis) {
        StringBuilder b = new StringBuilder("[");
        for (int j = 0; j < 33; j++) {
            b.append(j > 0 ? "," : "").append(String.format(Locale.ROOT,
                    "{\"x\":%.4f,\"y\":%.4f,\"z\":0.1,\"visibility\":%.2f}", 0.01 * j, 0.5, vis));
        }
        return b.append(']').toString();
    }

    @Test
    void mediaPipeJsonConvertsNormalisedCoordinatesToPixels() throws IOException {
        Path f = dir.resolve("mp.json");
        Files.writeString(f, "{\"fps\":25,\"image_width\":200,\"image_height\":100,\"frames\":["
                + "{\"landmarks\":" + mediaPipeLandmarks(0.75) + "},{\"landmarks\":[]}]}");
        KeypointSequence2D t = KeypointFiles.read2D(f, 30, 0, 0);
        assertEquals(25, t.fps());
        assertEquals(2, t.frameCount());
        // left_hip 23, right_hip 24 → x = 0.235 · 200.
        assertEquals(47, t.get(0, Keypoint.PELVIS.ordinal(), 0), 1e-9);
        assertEquals(50, t.get(0, Keypoint.PELVIS.ordinal(), 1), 1e-9);
        assertEquals(0.75, t.confidence(0, Keypoint.PELVIS.ordinal()), 1e-12);
        assertEquals(64, t.get(0, Keypoint.RIGHT_TOE.ordinal(), 0), 1e-9, "right_foot_index 32·0.01·200");
        assertEquals(0, t.confidence(1, Keypoint.PELVIS.ordinal()));
    }

    @Test
    void mediaPipeJsonWithoutImageSizeIsRejected() throws IOException {
        Path f = dir.resolve("mp.json");
        Files.writeString(f, "{\"frames\":[{\"landmarks\":" + mediaPipeLandmarks(1) + "}]}");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> KeypointFiles.read2D(f, 30, 0, 0));
        assertTrue(e.getMessage().contains("image size is needed"), e.getMessage());
    }

    @Test
    void mediaPipeCsvReadsWideRowsWithMissingCells() throws IOException {
        StringBuilder header = new StringBuilder("frame");
        StringBuilder row0 = new StringBuilder("0");
        StringBuilder row1 = new StringBuilder("1");
        for (String n : SkeletonMappings.MEDIAPIPE_33_JOINTS) {
            header.append(',').append(n).append("_x,").append(n).append("_y,").append(n).append("_z,")
                    .append(n).append("_visibility");
            row0.append(",0.5,0.25,0,0.9");
            row1.append(n.equals("left_hip") ? ",,,," : ",0.5,0.25,0,0.9");
        }
        Path f = dir.resolve("mp.csv");
        Files.writeString(f, header + "\n" + row0 + "\n" + row1 + "\n");
        KeypointSequence2D t = KeypointFiles.read2D(f, 30, 640, 480);
        assertEquals(2, t.frameCount());
        assertEquals(320, t.get(0, Keypoint.LEFT_HIP.ordinal(), 0), 1e-9);
        assertEquals(120, t.get(0, Keypoint.LEFT_HIP.ordinal(), 1), 1e-9);
        assertEquals(0, t.confidence(1, Keypoint.LEFT_HIP.ordinal()));
        assertEquals(0, t.confidence(1, Keypoint.PELVIS.ordinal()));
        assertTrue(t.confidence(1, Keypoint.RIGHT_HIP.ordinal()) > 0);
    }

    @Test
    void mediaPipeCsvRowWithWrongCellCountNamesTheLine() throws IOException {
        StringBuilder header = new StringBuilder("frame");
        for (String n : SkeletonMappings.MEDIAPIPE_33_JOINTS) {
            header.append(',').append(n).append("_x,").append(n).append("_y");
        }
        Path f = dir.resolve("mp.csv");
        Files.writeString(f, header + "\n0,1,2\n");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> KeypointFiles.read2D(f, 30, 10, 10));
        assertTrue(e.getMessage().endsWith("mp.csv line 2: expected 67 values, found 3"), e.getMessage());
    }

    @Test
    void unknownExtensionIsRejected() {
        MotionFormatException e = assertThrows(MotionFormatException.class,
                () -> KeypointFiles.read2D(dir.resolve("x.txt"), 30, 0, 0));
        assertFalse(e.getMessage().isEmpty());
    }
}
