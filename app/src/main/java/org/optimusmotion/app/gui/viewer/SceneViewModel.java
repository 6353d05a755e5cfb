package org.optimusmotion.app.gui.viewer;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import org.optimusmotion.app.body.PoseDrawer;
import org.optimusmotion.app.body.BodyScenes;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.gui.task.BackgroundTask;
import org.optimusmotion.app.gui.task.TaskExecutor;
import org.optimusmotion.app.render.PinholeCamera;
import org.optimusmotion.app.render.RenderScene;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.app.render.Vec3;
import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * One 3D view: the fitted body of one fit slot at the timeline's frame (capsules), its foot contacts
 * (red markers on the ground), the ground, and the input track as a ghost, seen through an {@link OrbitCamera}. Any change requests a render; renders
 * run through the task executor one at a time with the newest request winning, and the finished image
 * arrives in {@link #imageProperty()}. UI thread only, except the render loop, which touches only
 * its own {@link PoseDrawer} and immutable requests.
 */
public final class SceneViewModel {

    /** Largest rendered width, pixels: bigger views are scaled up (render time grows with pixels). */
    public static final int MAX_RENDER_WIDTH = 960;

    private static final Rgba GHOST = Rgba.rgb255(40, 170, 70);
    /** Edges of the scene's boxes and meshes. */
    private static final Rgba SCENE_GEOMETRY = Rgba.rgb255(120, 135, 160);

    private final TaskExecutor executor;
    private final SceneRenderer renderer;
    private final Model model;
    private final Rgba bodyColor;
    private final ObservableObjectValue<MotionCase> motionCase;
    private final ObservableObjectValue<FitPose> pose;
    private final ObservableIntegerValue frame;
    private final BooleanProperty showInput = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<ArgbFrame> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OrbitCamera> camera = new ReadOnlyObjectWrapper<>(
            new OrbitCamera(-Math.PI / 2, Math.toRadians(15), 4.5, new Vec3(0, 0, 0.9)));
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int width = 640;
    private int height = 400;

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicBoolean rendering = new AtomicBoolean();

    /** Everything one render needs, captured on the UI thread. */
    private record Request(MotionCase motionCase, FitPose pose, int frame, OrbitCamera camera, int width, int height,
            boolean showInput) {
    }

    /**
     * @param renderer draws scenes; {@link SceneRenderer#unavailableReason()} non-empty disables the view
     * @param bodyColor colour of this slot's body
     */
    public SceneViewModel(TaskExecutor executor, SceneRenderer renderer, Model model, Rgba bodyColor,
            ObservableObjectValue<MotionCase> motionCase, ObservableObjectValue<FitPose> pose, ObservableIntegerValue frame) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.model = Objects.requireNonNull(model, "model");
        this.bodyColor = bodyColor;
        this.motionCase = motionCase;
        this.pose = pose;
        this.frame = frame;
        message.set(renderer.unavailableReason());
        motionCase.addListener((obs, old, now) -> {
            if (now != null) {
                camera.set(initialCamera(now));
            }
            requestRender();
        });
        pose.addListener((obs, old, now) -> requestRender());
        frame.addListener((obs, old, now) -> requestRender());
        showInput.addListener((obs, old, now) -> requestRender());
        camera.addListener((obs, old, now) -> requestRender());
    }

    /** The view's size in pixels; renders are capped at {@link #MAX_RENDER_WIDTH} wide. */
    public void setViewport(double viewWidth, double viewHeight) {
        if (viewWidth < 2 || viewHeight < 2) {
            return;
        }
        double scale = Math.min(1, MAX_RENDER_WIDTH / viewWidth);
        int w = Math.max(2, (int) Math.round(viewWidth * scale));
        int h = Math.max(2, (int) Math.round(viewHeight * scale));
        if (w != width || h != height) {
            width = w;
            height = h;
            requestRender();
        }
    }

    public void orbit(double dxPx, double dyPx) {
        camera.set(camera.get().orbit(dxPx, dyPx));
    }

    public void pan(double dxPx, double dyPx) {
        camera.set(camera.get().pan(dxPx, dyPx, height));
    }

    public void zoom(double factor) {
        camera.set(camera.get().zoom(factor));
    }

    /** Back to the view that looks like the video's camera. */
    public void resetView() {
        if (motionCase.get() != null) {
            camera.set(initialCamera(motionCase.get()));
        }
    }

    /** Points the orbit camera at the middle of the clip, from the side the video was filmed. */
    static OrbitCamera initialCamera(MotionCase c) {
        KeypointSequence3D track = c.keypoints3d().or(c::groundTruth).orElse(null);
        double cx = 0;
        double cy = 0;
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        int n = 0;
        if (track != null) {
            int pelvis = Keypoint.PELVIS.ordinal();
            for (int f = 0; f < track.frameCount(); f++) {
                if (track.isValid(f, pelvis)) {
                    double x = track.get(f, pelvis, 0);
                    double y = track.get(f, pelvis, 1);
                    cx += x;
                    cy += y;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                    n++;
                }
            }
        }
        if (n > 0) {
            cx /= n;
            cy /= n;
        }
        double extent = n > 0 ? Math.hypot(maxX - minX, maxY - minY) : 0;
        double yaw = -Math.PI / 2;
        if (c.camera().isPresent()) {
            double[] centre = c.camera().get().centreM();
            yaw = Math.atan2(centre[1] - cy, centre[0] - cx);
        }
        return new OrbitCamera(yaw, Math.toRadians(14), Math.max(3.5, 1.2 * extent + 2.5), new Vec3(cx, cy, 0.85));
    }

    private void requestRender() {
        if (!renderer.unavailableReason().isEmpty()) {
            return;
        }
        pending.set(new Request(motionCase.get(), pose.get(), frame.get(), camera.get(), width, height, showInput.get()));
        if (rendering.compareAndSet(false, true)) {
            BackgroundTask.wrap(() -> {
                renderLoop();
                return null;
            }).onFailure(t -> message.set("3D view stopped: " + t.getMessage())).executeWith(executor);
        }
    }

    /** Renders until no request is pending; newest request wins. Runs off the UI thread. */
    private void renderLoop() {
        PoseDrawer drawer = new PoseDrawer(model);
        try {
            while (true) {
                Request r = pending.getAndSet(null);
                if (r == null) {
                    rendering.set(false);
                    // A request that arrived between the empty poll and the flag reset starts no loop: take it here.
                    if (pending.get() == null || !rendering.compareAndSet(false, true)) {
                        return;
                    }
                    continue;
                }
                ArgbFrame frameImage = render(r, drawer);
                if (frameImage != null) {
                    executor.runOnUi(() -> image.set(frameImage));
                }
            }
        } catch (RuntimeException e) {
            rendering.set(false);
            throw e;
        }
    }

    /** The finished picture, or null when the renderer closed meanwhile. */
    private ArgbFrame render(Request r, PoseDrawer drawer) {
        PinholeCamera cam = r.camera().toPinhole(r.width(), r.height());
        Vec3 target = r.camera().target();
        RenderScene.Builder scene = RenderScene.builder(cam).ground(BodyScenes.floorAround(target.x(), target.y()));
        if (r.motionCase() != null) {
            BodyScenes.addSceneGeometry(scene, r.motionCase().scene(), SCENE_GEOMETRY);
        }
        if (r.motionCase() != null && r.showInput() && r.motionCase().keypoints3d().isPresent()) {
            KeypointSequence3D input = r.motionCase().keypoints3d().get();
            int f = Math.min(r.frame(), input.frameCount() - 1);
            BodyScenes.addKeypointGhost(scene, input.positionsRef(), 3 * Keypoint.COUNT * f, input.validRef(),
                    Keypoint.COUNT * f, GHOST);
        }
        if (r.pose() != null) {
            drawer.addTo(scene, r.pose(), r.frame(), bodyColor);
            PoseDrawer.addContacts(scene, r.pose(), r.frame(), MotionMetrics.CONTACT_HEIGHT_M);
        }
        int[] pixels = new int[r.width() * r.height()];
        if (!renderer.render(scene.build(), pixels)) {
            return null; // closed while the app quits
        }
        ArgbFrame.makeOpaque(pixels, pixels.length);
        return new ArgbFrame(r.width(), r.height(), pixels, r.frame());
    }

    /** The newest finished render, or null before the first. */
    public ReadOnlyObjectProperty<ArgbFrame> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OrbitCamera> cameraProperty() {
        return camera.getReadOnlyProperty();
    }

    /** Why the view shows nothing (renderer unavailable), or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the input track is drawn as a ghost. */
    public BooleanProperty showInputProperty() {
        return showInput;
    }
}
