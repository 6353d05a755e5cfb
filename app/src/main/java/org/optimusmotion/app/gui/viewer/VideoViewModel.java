package org.optimusmotion.app.gui.viewer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableObjectValue;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.gui.task.BackgroundTask;
import org.optimusmotion.app.gui.task.TaskExecutor;
import org.optimusmotion.app.video.VideoReader;
import org.optimusmotion.physics.camera.Camera;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * The video at the timeline's frame with its overlay. Frames are decoded through the task executor
 * (one decoder loop at a time, newest requested frame wins; the {@link VideoReader} lives only inside
 * that loop's lock); the overlay (a few dozen projected points) is computed on the UI thread.
 */
public final class VideoViewModel {

    private final TaskExecutor executor;
    private final ObservableObjectValue<MotionCase> motionCase;
    private final ObservableIntegerValue frame;
    private final List<? extends ObservableObjectValue<FitPose>> poses;
    private final ReadOnlyObjectWrapper<ArgbFrame> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VideoOverlay> overlay = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final Object decoderLock = new Object();
    private final AtomicInteger requestedFrame = new AtomicInteger(-1);
    private final AtomicBoolean decoding = new AtomicBoolean();
    private final AtomicReference<MotionCase> decoderCase = new AtomicReference<>();
    private VideoReader reader;
    private MotionCase readerCase;

    public VideoViewModel(TaskExecutor executor, ObservableObjectValue<MotionCase> motionCase, ObservableIntegerValue frame,
            List<? extends ObservableObjectValue<FitPose>> poses) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.motionCase = motionCase;
        this.frame = frame;
        this.poses = List.copyOf(poses);
        motionCase.addListener((obs, old, now) -> {
            image.set(null);
            decoderCase.set(now);
            message.set(now == null ? "Open a case folder, or drop a video and its tracks here."
                    : now.video().isEmpty() ? "No video in this case: keypoints only." : "");
            refresh();
        });
        frame.addListener((obs, old, now) -> refresh());
        for (ObservableObjectValue<FitPose> p : this.poses) {
            p.addListener((obs, old, now) -> updateOverlay());
        }
        message.set("Open a case folder, or drop a video and its tracks here.");
    }

    /** Re-reads the frame and overlay after the visible fits changed. */
    public void refresh() {
        updateOverlay();
        MotionCase c = motionCase.get();
        if (c == null || c.video().isEmpty()) {
            return;
        }
        requestedFrame.set(Math.min(frame.get(), c.video().get().frameCount() - 1));
        if (decoding.compareAndSet(false, true)) {
            BackgroundTask.wrap(() -> {
                decodeLoop();
                return null;
            }).onFailure(t -> message.set("Cannot read the video: " + t.getMessage())).executeWith(executor);
        }
    }

    /** Decodes until no frame is requested; off the UI thread. */
    private void decodeLoop() throws Exception {
        try {
            synchronized (decoderLock) {
                while (true) {
                    int index = requestedFrame.getAndSet(-1);
                    if (index < 0) {
                        decoding.set(false);
                        if (requestedFrame.get() < 0 || !decoding.compareAndSet(false, true)) {
                            return;
                        }
                        continue;
                    }
                    MotionCase c = decoderCase.get();
                    if (c == null || c.video().isEmpty()) {
                        continue;
                    }
                    if (readerCase != c) {
                        closeReader();
                        reader = VideoReader.open(c.video().get().file());
                        readerCase = c;
                    }
                    int w = reader.info().width();
                    int h = reader.info().height();
                    int[] pixels = new int[w * h];
                    reader.readFrame(Math.min(index, reader.info().frameCount() - 1), pixels);
                    ArgbFrame.makeOpaque(pixels, pixels.length);
                    ArgbFrame f = new ArgbFrame(w, h, pixels, index);
                    executor.runOnUi(() -> {
                        if (motionCase.get() == c) {
                            image.set(f);
                        }
                    });
                }
            }
        } catch (Exception | Error e) {
            decoding.set(false);
            throw e;
        }
    }

    private void closeReader() {
        if (reader != null) {
            reader.close();
            reader = null;
            readerCase = null;
        }
    }

    private void updateOverlay() {
        MotionCase c = motionCase.get();
        if (c == null) {
            overlay.set(null);
            return;
        }
        int f = Math.max(0, Math.min(frame.get(), c.frameCount() - 1));
        int w = c.camera().map(Camera::widthPx).orElse(c.video().map(v -> v.width()).orElse(0));
        int h = c.camera().map(Camera::heightPx).orElse(c.video().map(v -> v.height()).orElse(0));
        double[] input = null;
        if (c.keypoints2d().isPresent()) {
            KeypointSequence2D k2 = c.keypoints2d().get();
            input = new double[2 * Keypoint.COUNT];
            for (int k = 0; k < Keypoint.COUNT; k++) {
                boolean ok = k2.confidence(f, k) > 0;
                input[2 * k] = ok ? k2.get(f, k, 0) : Double.NaN;
                input[2 * k + 1] = ok ? k2.get(f, k, 1) : Double.NaN;
            }
            if (w == 0) {
                w = k2.imageWidth();
                h = k2.imageHeight();
            }
        }
        List<double[]> bodies = new ArrayList<>();
        for (ObservableObjectValue<FitPose> p : poses) {
            bodies.add(c.camera().isPresent() && p.get() != null ? project(p.get(), f, c.camera().get()) : null);
        }
        overlay.set(w > 0 && h > 0 ? new VideoOverlay(w, h, input, bodies) : null);
    }

    private static double[] project(FitPose pose, int frame, Camera camera) {
        int f = Math.min(frame, pose.frames() - 1);
        double[] out = new double[2 * Keypoint.COUNT];
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < Keypoint.COUNT; k++) {
            camera.project(pose.keypointsRef(), 3 * (f * Keypoint.COUNT + k), out, 2 * k);
        }
        return out;
    }

    /** The decoded frame, or null (no video, or not decoded yet). */
    public ReadOnlyObjectProperty<ArgbFrame> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VideoOverlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    /** A hint shown instead of the video, or "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
