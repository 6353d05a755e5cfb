package org.optimusmotion.app.body;

import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.physics.camera.Camera;

/** Converts the physics {@link Camera} (calibration files) to the renderer's {@link PinholeCamera}. */
public final class CameraConversion {

    private CameraConversion() {
    }

    /**
     * The same intrinsics and pose as a renderer camera. Radial distortion ({@code k1, k2}) is dropped:
     * the renderer draws an ideal pinhole, so overlays on strongly distorted video drift at the edges.
     */
    public static PinholeCamera toPinhole(Camera camera) {
        return new PinholeCamera(camera.fx(), camera.fy(), camera.cx(), camera.cy(), camera.widthPx(), camera.heightPx(),
                camera.rotation(), camera.translationM());
    }

    /** The renderer camera as a distortion-free physics camera. */
    public static Camera toCamera(PinholeCamera p) {
        return new Camera(p.fx(), p.fy(), p.cx(), p.cy(), p.width(), p.height(), 0, 0, p.rotationRowMajor(),
                p.translationM());
    }
}
