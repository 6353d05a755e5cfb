package org.optimusmotion.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.OptimizerChoice;
import org.optimusmotion.app.fit.TestCases;
import org.optimusmotion.app.gui.optimize.FitState;
import org.optimusmotion.app.gui.optimize.LossPoint;
import org.optimusmotion.app.gui.task.DirectTaskExecutor;
import org.optimusmotion.app.gui.viewer.SceneRenderer;
import org.optimusmotion.physics.io.bvh.BvhMotion;
import org.optimusmotion.physics.io.bvh.BvhReader;
import org.optimusmotion.physics.model.HumanoidLoader;

/** The main ViewModel without a window: everything runs inline on the test thread (DirectTaskExecutor). */
class MainViewModelTest {

    @TempDir
    Path temp;

    private Preferences prefs;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("org/optimusmotion/test/" + System.nanoTime());
        vm = new MainViewModel(new DirectTaskExecutor(), FitMethod::service, SceneRenderer.unavailable("no 3D in this test"),
                HumanoidLoader.loadDefault(), new RecentFiles(prefs));
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theFootSkateChoicePersistsPerSlot() {
        assertFalse(vm.fitA().lessFootSkateProperty().get());
        vm.fitB().lessFootSkateProperty().set(true);
        MainViewModel reopened = new MainViewModel(new DirectTaskExecutor(), FitMethod::service,
                SceneRenderer.unavailable("no 3D in this test"), HumanoidLoader.loadDefault(), new RecentFiles(prefs));
        assertFalse(reopened.fitA().lessFootSkateProperty().get());
        assertTrue(reopened.fitB().lessFootSkateProperty().get());
    }

    @Test
    void openFitExportAndReadBack() throws Exception {
        Path sample = TestCases.sample();
        vm.open(List.of(sample));
        assertNotNull(vm.motionCaseProperty().get(), vm.messageProperty().get());
        assertEquals(MessageKind.INFO, vm.messageKindProperty().get());
        assertEquals(75, vm.timeline().frameCountProperty().get());
        assertEquals(List.of(sample.toAbsolutePath().normalize()), vm.recentFiles());
        assertNotNull(vm.video().imageProperty().get(), "frame 0 decoded");

        vm.fitA().optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.fitA().methodProperty().set(FitMethod.KINEMATIC);
        vm.fitA().budgetProperty().set(300);
        vm.startFits();
        assertEquals(FitState.DONE, vm.fitA().stateProperty().get(), vm.fitA().statusProperty().get());
        List<LossPoint> curve = vm.fitA().lossPoints();
        assertTrue(curve.size() > 5);
        assertTrue(curve.get(curve.size() - 1).loss() < 0.05 * curve.get(0).loss(), "the loss falls: " + curve);
        assertNotNull(vm.fitA().metricsProperty().get());
        assertNotNull(vm.video().overlayProperty().get().bodies().get(0), "the fitted body is drawn over the video");
        assertNull(vm.fitB().poseProperty().get(), "fit B only runs in compare mode");

        Path bvh = temp.resolve("fit.bvh");
        vm.exportBvh(bvh, 0);
        assertEquals(MessageKind.INFO, vm.messageKindProperty().get(), vm.messageProperty().get());
        BvhMotion motion = new BvhReader().read(bvh);
        assertEquals(75, motion.frameCount());

        vm.exportMetrics(temp.resolve("metrics.csv"), MetricsFormat.CSV);
        List<String> csv = Files.readAllLines(temp.resolve("metrics.csv"));
        assertTrue(csv.get(0).startsWith("metric,A L-BFGS"), csv.get(0));
        assertEquals(7, csv.size());
        vm.exportOverlayVideo(temp.resolve("overlay.mp4"));
        assertEquals(MessageKind.WARNING, vm.messageKindProperty().get(), "no renderer in this test: said, not thrown");
        vm.exportMetrics(temp.resolve("metrics.json"), MetricsFormat.JSON);
        assertTrue(Files.readString(temp.resolve("metrics.json")).contains("\"mpjpe_g_mm\""));
    }

    @Test
    void theTimelineDrivesTheVideoAndTheOverlay() throws Exception {
        vm.open(List.of(TestCases.sample()));
        assertEquals(0, vm.video().imageProperty().get().frameIndex());
        vm.timeline().step(1);
        assertEquals(1, vm.video().imageProperty().get().frameIndex());
        vm.timeline().frameProperty().set(74);
        assertEquals(74, vm.video().imageProperty().get().frameIndex());
        vm.timeline().step(1);
        assertEquals(0, vm.timeline().frameProperty().get(), "stepping past the end wraps");
        vm.timeline().play();
        vm.timeline().advance(0.5);
        assertEquals(15, vm.timeline().frameProperty().get(), "half a second at 30 fps");
        assertEquals(15, vm.video().imageProperty().get().frameIndex());
        // The overlay's input keypoints follow the frame too.
        double x = vm.video().overlayProperty().get().input()[0];
        vm.timeline().step(10);
        assertTrue(Math.abs(vm.video().overlayProperty().get().input()[0] - x) > 1, "the pelvis moved in the image");
    }

    @Test
    void compareModeRunsBothFitsOnTheSameClip() throws Exception {
        vm.open(List.of(TestCases.sample()));
        vm.compareProperty().set(true);
        vm.fitA().budgetProperty().set(200);
        vm.fitA().methodProperty().set(FitMethod.KINEMATIC);
        // The whole-clip kinematic fit has n > 2000 parameters, beyond Optimus's dense preconditioner.
        vm.fitA().optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.fitB().methodProperty().set(FitMethod.KINEMATIC);
        vm.fitB().optimizerProperty().set(OptimizerChoice.ADAM);
        vm.startFits();
        assertEquals(FitState.DONE, vm.fitA().stateProperty().get(), vm.messageProperty().get());
        assertEquals(FitState.DONE, vm.fitB().stateProperty().get(), vm.messageProperty().get());
        assertEquals(200, vm.fitB().budgetProperty().get(), "one budget for both");
        assertTrue(vm.metrics().rows().get(0).value(1).matches("[0-9.]+"), vm.metrics().rows().get(0).toString());
    }

    @Test
    void theReconstructionRunsBehindTheSameSeam() throws Exception {
        vm.open(List.of(TestCases.sample()));
        assertEquals(FitMethod.RECONSTRUCTION, vm.fitA().methodProperty().get(), "the default method");
        vm.fitA().optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.fitA().budgetProperty().set(80);
        vm.startFits();
        assertEquals(FitState.DONE, vm.fitA().stateProperty().get(), vm.fitA().statusProperty().get());
        assertTrue(vm.fitA().poseProperty().get().hasJointAngles(), "the result carries the fitted body's joint angles");
        assertEquals(75, vm.fitA().poseProperty().get().frames());
        assertNotNull(vm.fitA().metricsProperty().get());
    }

    @Test
    void problemsBecomeMessagesNotExceptions() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        vm.open(List.of(empty));
        assertEquals(MessageKind.ERROR, vm.messageKindProperty().get());
        assertTrue(vm.messageProperty().get().contains("No keypoint track"), vm.messageProperty().get());
        assertNull(vm.motionCaseProperty().get());

        vm.exportBvh(temp.resolve("x.bvh"), 0);
        assertEquals(MessageKind.WARNING, vm.messageKindProperty().get());
        assertTrue(Files.notExists(temp.resolve("x.bvh")));

        vm.open(List.of(TestCases.sample()));
        vm.fitA().optimizerProperty().set(OptimizerChoice.OPTIMUS);
        if (!OptimizerChoice.OPTIMUS.available()) {
            vm.startFits();
            assertEquals(FitState.FAILED, vm.fitA().stateProperty().get());
            assertEquals(MessageKind.ERROR, vm.messageKindProperty().get());
        }
    }
}
