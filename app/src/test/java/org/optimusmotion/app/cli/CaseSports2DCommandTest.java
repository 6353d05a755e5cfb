package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.fit.CaseLoader;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.fit.TestCases;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.camera.CameraEstimate;
import org.optimusmotion.physics.io.SceneFiles;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.motion.KeypointSequence3D;
import org.optimusmotion.physics.reconstruct.CaseFiles;
import picocli.CommandLine;

class CaseSports2DCommandTest {

    @TempDir
    Path dir;

    @Test
    void scalingAboutTheCameraKeepsEveryProjectionAndScalesTheDistance() {
        Camera camera = CameraEstimate.lookingAt(640, 480, new double[] {0, -6, 1.5}, new double[] {0.3, 0, 1});
        SplittableRandom random = new SplittableRandom(7);
        int frames = 3;
        double[] p = new double[frames * Keypoint.COUNT * 3];
        for (int i = 0; i < p.length; i++) {
            p[i] = random.nextDouble(-0.8, 0.8) + (i % 3 == 2 ? 1.0 : 0.0);
        }
        KeypointSequence3D track = KeypointSequence3D.allValid(30, p);
        KeypointSequence3D scaled = CaseSports2DCommand.scaledAboutCamera(track, camera.centreM(), 1.25);
        double[] before = new double[2];
        double[] after = new double[2];
        double[] c = camera.centreM();
        double[] q = scaled.positionsRef();
        for (int i = 0; i < p.length; i += 3) {
            assertTrue(camera.project(p, i, before, 0));
            assertTrue(camera.project(q, i, after, 0));
            assertArrayEquals(before, after, 1e-6, "projection of point " + i / 3);
            double d0 = Math.sqrt(sq(p[i] - c[0]) + sq(p[i + 1] - c[1]) + sq(p[i + 2] - c[2]));
            double d1 = Math.sqrt(sq(q[i] - c[0]) + sq(q[i + 1] - c[1]) + sq(q[i + 2] - c[2]));
            assertEquals(1.25 * d0, d1, 1e-9);
        }
    }

    @Test
    void theSceneHoldsTheMeasuredBoxStandingOnTheGround() throws Exception {
        Path file = dir.resolve(CaseFiles.SCENE);
        JsonFiles.writeAtomically(file, CaseSports2DCommand.scene());
        Scene scene = SceneFiles.read(file);
        assertEquals(1, scene.boxCount());
        Scene.Box box = scene.boxes().get(0);
        assertEquals(0.0, box.centerM()[2] - box.halfExtentsM()[2], 1e-9, "bottom on z = 0");
        assertEquals(1.90, box.centerM()[2] + box.halfExtentsM()[2], 1e-9, "top height");
        assertEquals(-1.22, box.centerM()[0] + box.halfExtentsM()[0], 1e-9, "front face");
    }

    @Test
    void theAppReadsACaseScene() throws Exception {
        Path sample = TestCases.sample();
        Path copy = Files.createDirectories(dir.resolve("case"));
        try (var files = Files.list(sample)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        assertEquals(0, new CaseLoader().load(copy).scene().boxCount());
        JsonFiles.writeAtomically(copy.resolve(CaseFiles.SCENE), CaseSports2DCommand.scene());
        MotionCase withBox = new CaseLoader().load(copy);
        assertEquals(1, withBox.scene().boxCount());
    }

    @Test
    void aFolderWithoutTheDemoIsAUserError() {
        StringWriter err = new StringWriter();
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("case", "sports2d", "--data", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("demo.mp4"), err.toString());
    }

    private static double sq(double x) {
        return x * x;
    }
}
