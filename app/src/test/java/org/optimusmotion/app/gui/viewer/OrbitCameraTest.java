package org.optimusmotion.app.gui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.app.render.ImagePoint;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.Vec3;

class OrbitCameraTest {

    private static final OrbitCamera CAMERA = new OrbitCamera(-Math.PI / 2, 0.2, 4, new Vec3(0, 0, 1));

    @Test
    void theTargetIsInTheMiddleOfTheImage() {
        ImagePoint p = CAMERA.toPinhole(640, 480).project(CAMERA.target());
        assertEquals(319.5, p.u(), 1e-9);
        assertEquals(239.5, p.v(), 1e-9);
    }

    @Test
    void panningMovesTheSceneWithTheMouse() {
        Vec3 point = CAMERA.target();
        double before = CAMERA.toPinhole(640, 480).project(point).u();
        PinholeCamera panned = CAMERA.pan(50, 0, 480).toPinhole(640, 480);
        assertEquals(before + 50, panned.project(point).u(), 1e-6, "a point under the mouse follows it");
        double v = CAMERA.pan(0, 30, 480).toPinhole(640, 480).project(point).v();
        assertEquals(239.5 + 30, v, 1.5, "dragging down moves the scene down (pitch makes it approximate)");
    }

    @Test
    void zoomAndPitchAreClamped() {
        assertEquals(OrbitCamera.MIN_DISTANCE_M, CAMERA.zoom(1e-6).distanceM());
        assertEquals(OrbitCamera.MAX_PITCH, CAMERA.orbit(0, 1e6).pitchRad());
        assertTrue(CAMERA.orbit(10, 0).yawRad() < CAMERA.yawRad());
    }
}
