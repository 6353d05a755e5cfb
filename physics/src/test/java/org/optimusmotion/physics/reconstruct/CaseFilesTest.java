package org.optimusmotion.physics.reconstruct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.io.MotionFormatException;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;
import org.optimusmotion.physics.synth.SyntheticCase;

class CaseFilesTest {

    @TempDir
    Path dir;

    private Path writeCase(int frames) throws IOException {
        SyntheticCase c = ReconstructorTest.walkCase(frames, 2);
        Path d = dir.resolve("case");
        CaseFiles.write(d, c);
        return d;
    }

    @Test
    void writtenCaseReadsBack() throws IOException {
        Path d = writeCase(6);
        CaseFiles.CaseData data = CaseFiles.read(d);
        assertEquals(6, data.input().frameCount());
        assertNotNull(data.input().camera());
        assertNotNull(data.groundTruth());
        assertTrue(Files.exists(d.resolve(CaseFiles.INPUT_METRICS)));
    }

    @Test
    void sceneGeometryReachesTheSimulation() throws IOException {
        Path d = writeCase(4);
        assertEquals(0, CaseFiles.read(d).input().scene().boxCount(), "no scene.json: flat ground");
        Files.writeString(d.resolve(CaseFiles.SCENE),
                "{\"boxes\": [{\"center\": [1.0, 0.0, 0.2], \"halfExtents\": [0.3, 0.4, 0.2]}]}");
        CaseFiles.CaseData data = CaseFiles.read(d);
        assertEquals(1, data.input().scene().boxCount());
        assertEquals(0.2, data.input().scene().boxes().get(0).centerM()[2], 0);
        var options = Reconstructor.simOptions(data.input(), ReconstructionConfig.DEFAULT);
        assertTrue(options.scene() == data.input().scene(), "the reconstruction simulates the case's scene");
        Files.writeString(d.resolve(CaseFiles.SCENE), "{\"boxes\": [{\"center\": [1.0, 0.0], \"halfExtents\": [0.3, 0.4, 0.2]}]}");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("scene.json") && e.getMessage().contains("boxes[0].center"), e.getMessage());
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path d = writeCase(4);
        Files.delete(d.resolve(CaseFiles.CAMERA));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("camera.json") && e.getMessage().contains("missing"), e.getMessage());
        Files.delete(d.resolve(CaseFiles.KEYPOINTS_3D));
        e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints3d.csv") && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void disagreeingFrameCountsAreNamed() throws IOException {
        Path d = writeCase(6);
        CaseFiles.CaseData longer = CaseFiles.read(d);
        new Keypoints2DCsv().write(d.resolve(CaseFiles.KEYPOINTS_2D), longer.input().detections().slice(0, 4));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints2d.csv") && e.getMessage().contains("frame counts disagree"),
                e.getMessage());
    }

    @Test
    void nanIsRejectedWithFileAndLine() throws IOException {
        Path d = writeCase(3);
        Path k3 = d.resolve(CaseFiles.KEYPOINTS_3D);
        List<String> lines = Files.readAllLines(k3);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("1,left_knee,")) {
                lines.set(i, "1,left_knee,NaN,0.1,0.5");
            }
        }
        Files.write(k3, lines);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints3d.csv"), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("nan") || e.getMessage().contains("finite"), e.getMessage());
    }

    private static void replaceRow(Path file, String rowStart, String row) throws IOException {
        List<String> lines = Files.readAllLines(file);
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(rowStart)) {
                lines.set(i, row);
                found = true;
            }
        }
        assertTrue(found, rowStart);
        Files.write(file, lines);
    }

    @Test
    void aCoordinateKilometresAwayIsTakenForAUnitError() throws IOException {
        Path d = writeCase(3);
        replaceRow(d.resolve(CaseFiles.KEYPOINTS_3D), "2,left_knee,", "2,left_knee,1e300,0.1,0.5");
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints3d.csv frame 2: left_knee is 1.0E300 m from the origin"), e.getMessage());
    }

    @Test
    void aTrackWithoutAnyKeypointIsRefused() throws IOException {
        Path d = writeCase(3);
        Path k3 = d.resolve(CaseFiles.KEYPOINTS_3D);
        List<String> kept = Files.readAllLines(k3).stream().filter(l -> l.startsWith("#") || l.startsWith("frame,")).toList();
        Files.write(k3, kept);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().endsWith("keypoints3d.csv: no keypoint in any frame"), e.getMessage());
    }

    @Test
    void detectionsWithoutAnyConfidenceAreRefused() throws IOException {
        Path d = writeCase(3);
        Path k2 = d.resolve(CaseFiles.KEYPOINTS_2D);
        List<String> zeroed = Files.readAllLines(k2).stream()
                .map(l -> l.startsWith("#") || l.startsWith("frame,") ? l : l.substring(0, l.lastIndexOf(',')) + ",0")
                .toList();
        Files.write(k2, zeroed);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints2d.csv: no keypoint detected in any frame"), e.getMessage());
    }

    @Test
    void detectionsForAnotherImageSizeThanTheCamerasAreRefused() throws IOException {
        Path d = writeCase(3);
        Path k2 = d.resolve(CaseFiles.KEYPOINTS_2D);
        List<String> lines = Files.readAllLines(k2).stream()
                .map(l -> l.startsWith("# image_width=") ? "# image_width=640" : l).toList();
        Files.write(k2, lines);
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().contains("keypoints2d.csv: image size disagrees: 640x"), e.getMessage());
        assertTrue(e.getMessage().contains("camera.json"), e.getMessage());
    }

    @Test
    void aFolderOrABinaryFileWhereACsvBelongsIsNamed() throws IOException {
        Path d = writeCase(3);
        Path k3 = d.resolve(CaseFiles.KEYPOINTS_3D);
        Files.write(k3, new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe, 0, 1});
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().endsWith("keypoints3d.csv: is not UTF-8 text (a binary file?)"), e.getMessage());
        Files.delete(k3);
        Files.createDirectory(k3);
        e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().endsWith("keypoints3d.csv: is a folder, not a file"), e.getMessage());
    }

    @Test
    void aFileCutOffInTheMiddleIsCaughtByTheFramesItLost() throws IOException {
        Path d = writeCase(6);
        Path k3 = d.resolve(CaseFiles.KEYPOINTS_3D);
        String text = Files.readString(k3);
        // cut at a number boundary in frame 4: every row still parses
        int cut = text.indexOf("\n4,pelvis,");
        Files.writeString(k3, text.substring(0, cut + 1));
        MotionFormatException e = assertThrows(MotionFormatException.class, () -> CaseFiles.read(d));
        assertTrue(e.getMessage().endsWith("keypoints3d.csv: frames 4 to 5 (the last 2) have no keypoints: is the file truncated?"),
                e.getMessage());
    }
}
