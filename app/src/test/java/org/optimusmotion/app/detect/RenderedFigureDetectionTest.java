package org.optimusmotion.app.detect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optimusmotion.app.render.GroundGrid;
import org.optimusmotion.app.render.ImagePoint;
import org.optimusmotion.app.render.OffscreenRenderer;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Vec3;

/**
 * The whole detector on frames the project renders itself: a capsule mannequin with a face, facing
 * the camera, arms held away from the body. The landmarks must land near the projected joints; an empty scene
 * must give no person.
 */
class RenderedFigureDetectionTest {

    private static final int W = 480;
    private static final int H = 640;
    private static final PinholeCamera CAMERA = PinholeCamera.lookAt(new Vec3(0, -3.2, 1.0), new Vec3(0, 0, 0.9), 45, W, H);
    private static OffscreenRenderer renderer;
    private static PoseTracker tracker;

    @BeforeAll
    static void start() throws Exception {
        FetchedModels.assumeAvailable(PoseModel.LITE);
        renderer = new OffscreenRenderer();
        tracker = new PoseTracker(new LandmarkNet(PoseModel.LITE), new PersonFinder(), 30);
    }

    @AfterAll
    static void stop() {
        if (tracker != null) {
            tracker.close();
        }
        if (renderer != null) {
            renderer.close();
        }
    }

    private static RenderScene scene(boolean withFigure) {
        RenderScene.Builder s = RenderScene.builder(CAMERA).ground(GroundGrid.defaultFloor());
        return withFigure ? Mannequin.addTo(s, 0).build() : s.build();
    }

    @Test
    void landmarksLandOnTheRenderedJoints() {
        tracker.reset();
        int[] argb = new int[W * H];
        renderer.render(scene(true), argb);
        LandmarkOutput out = new LandmarkOutput();
        assertTrue(tracker.track(argb, W, H, out), "a person is found");
        assertTrue(out.presence > 0.8, "presence " + out.presence);
        double bodyPx = CAMERA.project(new Vec3(0, 0, 0)).v() - CAMERA.project(new Vec3(0, 0, 1.75)).v();
        StringBuilder errors = new StringBuilder();
        double worst = 0;
        for (Map.Entry<Integer, Vec3> joint : Mannequin.joints(0).entrySet()) {
            ImagePoint p = CAMERA.project(joint.getValue());
            int k = joint.getKey();
            // The renderer counts pixel centres from 0, the detector from 0.5.
            double error = Math.hypot(out.imageXy[2 * k] - (p.u() + 0.5), out.imageXy[2 * k + 1] - (p.v() + 0.5));
            worst = Math.max(worst, error);
            errors.append(k).append(": ").append(Math.round(error)).append(" px  ");
        }
        assertTrue(worst < 0.08 * bodyPx, "worst joint error " + worst + " px on a " + bodyPx + " px body: " + errors);
        // The figure's left (+X) is on the image's right: MediaPipe's left landmarks must be there too.
        assertTrue(out.imageXy[2 * 11] > out.imageXy[2 * 12], "left shoulder right of the right shoulder in the image");
    }

    @Test
    void anEmptySceneHasNobody() {
        tracker.reset();
        int[] argb = new int[W * H];
        renderer.render(scene(false), argb);
        assertFalse(tracker.track(argb, W, H, new LandmarkOutput()));
    }
}
