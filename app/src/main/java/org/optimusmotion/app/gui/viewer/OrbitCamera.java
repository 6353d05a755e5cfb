package org.optimusmotion.app.gui.viewer;

import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.Vec3;

/**
 * The 3D view's camera as orbit parameters around a target point (world Z up):
 * {@code eye = target + distance (cos(pitch) cos(yaw), cos(pitch) sin(yaw), sin(pitch))}. Immutable;
 * mouse gestures return new cameras.
 *
 * @param yawRad azimuth of the eye around the target, radians
 * @param pitchRad elevation of the eye, radians, clamped to [MIN_PITCH, MAX_PITCH]
 * @param distanceM eye-to-target distance, metres, clamped to [MIN_DISTANCE_M, MAX_DISTANCE_M]
 * @param target the point looked at, world metres
 */
public record OrbitCamera(double yawRad, double pitchRad, double distanceM, Vec3 target) {

    public static final double MIN_PITCH = Math.toRadians(-10);
    public static final double MAX_PITCH = Math.toRadians(85);
    public static final double MIN_DISTANCE_M = 0.5;
    public static final double MAX_DISTANCE_M = 60;
    /** Vertical field of view of the 3D view, degrees. */
    public static final double FOV_DEG = 45;
    /** Radians of orbit per pixel dragged. */
    private static final double ORBIT_RAD_PER_PX = 0.008;

    public OrbitCamera {
        pitchRad = Math.max(MIN_PITCH, Math.min(MAX_PITCH, pitchRad));
        distanceM = Math.max(MIN_DISTANCE_M, Math.min(MAX_DISTANCE_M, distanceM));
    }

    /** Eye position, world metres. */
    public Vec3 eye() {
        double c = Math.cos(pitchRad);
        return target.plus(new Vec3(c * Math.cos(yawRad), c * Math.sin(yawRad), Math.sin(pitchRad)).times(distanceM));
    }

    /** Turns around the target by a mouse drag of {@code (dxPx, dyPx)}. */
    public OrbitCamera orbit(double dxPx, double dyPx) {
        return new OrbitCamera(yawRad - dxPx * ORBIT_RAD_PER_PX, pitchRad + dyPx * ORBIT_RAD_PER_PX, distanceM, target);
    }

    /** Moves target and eye parallel to the image plane by a drag of {@code (dxPx, dyPx)} in a view {@code heightPx} tall. */
    public OrbitCamera pan(double dxPx, double dyPx, int heightPx) {
        double metresPerPx = 2 * distanceM * Math.tan(Math.toRadians(FOV_DEG) / 2) / Math.max(1, heightPx);
        // Image right = forward x Z = (-sin yaw, cos yaw, 0) (PinholeCamera.lookAt); image up ~ world Z. Content follows the mouse.
        Vec3 right = new Vec3(-Math.sin(yawRad), Math.cos(yawRad), 0);
        Vec3 move = right.times(-dxPx * metresPerPx).plus(new Vec3(0, 0, dyPx * metresPerPx));
        return new OrbitCamera(yawRad, pitchRad, distanceM, target.plus(move));
    }

    /** Scales the distance by {@code factor} (&lt; 1 zooms in). */
    public OrbitCamera zoom(double factor) {
        return new OrbitCamera(yawRad, pitchRad, distanceM * factor, target);
    }

    /** The renderer camera for a {@code width x height} view. */
    public PinholeCamera toPinhole(int width, int height) {
        return PinholeCamera.lookAt(eye(), target, FOV_DEG, width, height);
    }
}
