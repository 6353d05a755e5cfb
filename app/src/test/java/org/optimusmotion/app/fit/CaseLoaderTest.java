package org.optimusmotion.app.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraJson;
import org.optimusmotion.physics.io.keypoints.Keypoints2DCsv;

class CaseLoaderTest {

    @TempDir
    Path temp;

    @Test
    void bundledSampleHasEveryPiece() throws Exception {
        MotionCase c = new CaseLoader().load(TestCases.sample());
        assertEquals(75, c.frameCount());
        assertEquals(30, c.fps(), 1e-9);
        assertTrue(c.video().isPresent() && c.camera().isPresent() && c.keypoints2d().isPresent()
                && c.keypoints3d().isPresent() && c.groundTruth().isPresent());
        assertEquals(c.camera().get().widthPx(), c.video().get().width());
        assertTrue(c.notes().isEmpty(), c.notes().toString());
    }

    @Test
    void aFolderWithoutTracksIsExplainedNotThrownAsAStackTrace() throws IOException {
        Path folder = copyOf(List.of(CaseLayout.VIDEO, CaseLayout.CAMERA));
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseLoader().load(folder));
        assertTrue(e.getMessage().contains("No keypoint track") && e.getMessage().contains(CaseLayout.KEYPOINTS_3D),
                e.getMessage());
    }

    @Test
    void aCameraForAnotherImageSizeIsAnError() throws Exception {
        Path folder = copyOf(List.of(CaseLayout.VIDEO, CaseLayout.KEYPOINTS_3D));
        Camera c = new CameraJson().read(TestCases.sample().resolve(CaseLayout.CAMERA));
        new CameraJson().write(folder.resolve(CaseLayout.CAMERA), new Camera(c.fx(), c.fy(), c.cx(), c.cy(), 1920, 1080, 0, 0,
                c.rotation(), c.translationM()));
        CaseLoadException e = assertThrows(CaseLoadException.class, () -> new CaseLoader().load(folder));
        assertTrue(e.getMessage().contains("1920x1080") && e.getMessage().contains("640x360"), e.getMessage());
    }

    @Test
    void tracksOfDifferentLengthsAreTrimmedWithANote() throws Exception {
        Path folder = copyOf(List.of(CaseLayout.KEYPOINTS_3D, CaseLayout.CAMERA));
        Keypoints2DCsv csv = new Keypoints2DCsv();
        csv.write(folder.resolve(CaseLayout.KEYPOINTS_2D),
                csv.read(TestCases.sample().resolve(CaseLayout.KEYPOINTS_2D), 30).slice(0, 50));
        MotionCase c = new CaseLoader().load(folder);
        assertEquals(50, c.frameCount());
        assertEquals(50, c.keypoints3d().get().frameCount());
        assertFalse(c.notes().isEmpty());
    }

    @Test
    void looseFilesOpenTogether() throws Exception {
        Path sample = TestCases.sample();
        MotionCase c = new CaseLoader().load(List.of(sample.resolve(CaseLayout.KEYPOINTS_3D), sample.resolve(CaseLayout.CAMERA)));
        assertTrue(c.keypoints3d().isPresent() && c.camera().isPresent() && c.video().isEmpty());
    }

    private Path copyOf(List<String> names) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("case"));
        for (String n : names) {
            Files.copy(TestCases.sample().resolve(n), folder.resolve(n));
        }
        return folder;
    }
}
