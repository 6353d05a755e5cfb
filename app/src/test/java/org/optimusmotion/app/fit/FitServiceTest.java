package org.optimusmotion.app.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.StopReason;
import org.optimusmotion.physics.reconstruct.ReconstructionConfig;

class FitServiceTest {

    @Test
    void kinematicFitBringsTheBodyOntoTheSample() throws Exception {
        MotionCase c = new CaseLoader().load(TestCases.sample());
        List<FitProgress> reports = new ArrayList<>();
        FitResult r = new KinematicFitService().fit(new FitRequest(c, OptimizerChoice.LBFGS, 400), reports::add, new FitControl());
        assertTrue(reports.size() > 10);
        assertTrue(r.loss() < 0.05 * reports.get(0).loss(), "loss " + reports.get(0).loss() + " -> " + r.loss());
        assertEquals(c.frameCount(), r.pose().frames());
        // The sample's 3D input has 15 mm noise: the fit should land within a few centimetres of the truth.
        double mpjpe = FitExports.metrics(c, r.pose()).mpjpeGlobalMm();
        assertTrue(mpjpe < 40, "MPJPE-G " + mpjpe + " mm");
    }

    @Test
    void cancelStopsAtTheNextIterationWithTheBestBodySoFar() throws Exception {
        MotionCase c = new CaseLoader().load(TestCases.sample());
        FitControl control = new FitControl();
        FitResult r = new KinematicFitService().fit(new FitRequest(c, OptimizerChoice.ADAM, 100_000), p -> {
            if (p.iteration() == 20) {
                control.cancel();
            }
        }, control);
        assertEquals(StopReason.CANCELLED, r.stopReason());
        assertTrue(r.iterations() <= 21, "iterations " + r.iterations());
        assertNotNull(r.pose());
    }

    @Test
    void lessFootSkateAddsTheFootSkateTermToTheReconstructionOnly() throws Exception {
        MotionCase c = new CaseLoader().load(TestCases.sample());
        ReconstructionConfig base = ReconstructionConfig.DEFAULT;
        assertEquals(0.0, base.weightFootSkate(), "off by default");
        assertEquals(base, ReconstructionFitService.objective(base, new FitRequest(c, OptimizerChoice.LBFGS, 100)));
        assertEquals(ReconstructionFitService.LESS_FOOT_SKATE_WEIGHT,
                ReconstructionFitService.objective(base, new FitRequest(c, OptimizerChoice.LBFGS, 100, true)).weightFootSkate());
    }

    @Test
    void aCaseWithoutA3dTrackIsAUserMessage() throws Exception {
        MotionCase full = new CaseLoader().load(TestCases.sample());
        MotionCase only2d = new MotionCase("2d", full.source(), full.video(), full.camera(), full.keypoints2d(),
                Optional.empty(), Optional.empty(), full.fps(), full.frameCount(), List.of());
        FitException e = assertThrows(FitException.class, () -> new KinematicFitService().fit(
                new FitRequest(only2d, OptimizerChoice.LBFGS, 10), FitListener.NONE, new FitControl()));
        assertTrue(e.getMessage().contains("3D keypoint track"), e.getMessage());
    }
}
