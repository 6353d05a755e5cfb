package org.optimusmotion.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optimusmotion.app.detect.DetectionJob;
import org.optimusmotion.app.fit.BundledSample;
import org.optimusmotion.app.fit.CaseLoadException;
import org.optimusmotion.app.fit.CaseLoader;
import org.optimusmotion.app.fit.FitExports;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.FitService;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.fit.OptimizerChoice;
import org.optimusmotion.app.fit.ReconstructionWeights;
import org.optimusmotion.app.gui.metrics.MetricsViewModel;
import org.optimusmotion.app.gui.optimize.FitViewModel;
import org.optimusmotion.app.gui.task.BackgroundTask;
import org.optimusmotion.app.gui.task.TaskExecutor;
import org.optimusmotion.app.gui.timeline.TimelineViewModel;
import org.optimusmotion.app.gui.viewer.SceneRenderer;
import org.optimusmotion.app.gui.viewer.SceneViewModel;
import org.optimusmotion.app.gui.viewer.VideoViewModel;
import org.optimusmotion.app.overlay.OverlayVideoWriter;
import org.optimusmotion.app.render.Rgba;
import org.optimusmotion.physics.model.Model;

/**
 * The main window's state: the open case, the two fit slots (the second used in compare mode), the
 * shared timeline, the video and 3D views, the metrics table, recent files and the message bar.
 * Opening and exporting run through the task executor; failures become messages, never exceptions.
 * UI thread only. Built from injected services, so tests can run it without a window.
 */
public final class MainViewModel {

    /** Body colours of the fit slots (A blue, B orange), shared by the views. */
    public static final List<Rgba> SLOT_COLORS = List.of(Rgba.rgb255(52, 110, 215), Rgba.rgb255(235, 130, 40));

    private final TaskExecutor executor;
    private final RecentFiles recent;
    private final SceneRenderer renderer;
    private final Model model;
    private final CaseLoader loader = new CaseLoader();

    private final ReadOnlyObjectWrapper<MotionCase> motionCase = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageKind> messageKind = new ReadOnlyObjectWrapper<>(MessageKind.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper optimusWeights = new ReadOnlyStringWrapper("Optimus weights: reading...");
    private final BooleanProperty compare = new SimpleBooleanProperty(false);
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    private final FitViewModel fitA;
    private final FitViewModel fitB;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final VideoViewModel video;
    private final SceneViewModel sceneA;
    private final SceneViewModel sceneB;
    private final MetricsViewModel metrics;
    private final DetectionViewModel detection;

    public MainViewModel(TaskExecutor executor, Function<FitMethod, FitService> services, SceneRenderer renderer,
            Model model, RecentFiles recent) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.recent = Objects.requireNonNull(recent, "recent");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.model = Objects.requireNonNull(model, "model");
        fitA = new FitViewModel("A", executor, services);
        fitB = new FitViewModel("B", executor, services);
        fitB.optimizerProperty().set(OptimizerChoice.ADAM);
        restorePreferences();
        video = new VideoViewModel(executor, motionCase.getReadOnlyProperty(), timeline.frameProperty(),
                List.of(fitA.poseProperty(), fitB.poseProperty()));
        sceneA = new SceneViewModel(executor, renderer, model, SLOT_COLORS.get(0), motionCase.getReadOnlyProperty(),
                fitA.poseProperty(), timeline.frameProperty());
        sceneB = new SceneViewModel(executor, renderer, model, SLOT_COLORS.get(1), motionCase.getReadOnlyProperty(),
                fitB.poseProperty(), timeline.frameProperty());
        metrics = new MetricsViewModel(List.of(fitA.metricsProperty(), fitB.metricsProperty()));
        detection = new DetectionViewModel(executor, DetectionJob::run, this::show, this::open);
        recentFiles.setAll(recent.list());
        // Which weights Optimus uses (read once, ~90 ms: off the UI thread).
        BackgroundTask.wrap(ReconstructionWeights::statusLine).onSuccess(optimusWeights::set).executeWith(executor);
        fitA.optimizerProperty().addListener((obs, old, now) -> recent.put("optimizerA", now.name()));
        fitB.optimizerProperty().addListener((obs, old, now) -> recent.put("optimizerB", now.name()));
        fitA.budgetProperty().addListener((obs, old, now) -> recent.put("budget", Long.toString(now.longValue())));
        for (FitViewModel fit : List.of(fitA, fitB)) {
            fit.lessFootSkateProperty().addListener((obs, old, now) -> recent.put("lessFootSkate" + fit.slotName(), now.toString()));
        }
        fitA.budgetProperty().addListener((obs, old, now) -> fitB.budgetProperty().set(now.longValue()));
        for (FitViewModel fit : List.of(fitA, fitB)) {
            // "Opened ... press Start" is stale once a fit runs.
            fit.stateProperty().addListener((obs, old, now) -> {
                if (now == org.optimusmotion.app.gui.optimize.FitState.RUNNING && messageKind.get() == MessageKind.INFO) {
                    dismissMessage();
                }
            });
            fit.errorProperty().addListener((obs, old, now) -> {
                if (!now.isEmpty()) {
                    show(MessageKind.ERROR, "Fit " + fit.slotName() + ": " + now);
                }
            });
        }
    }

    private void restorePreferences() {
        try {
            fitA.optimizerProperty().set(OptimizerChoice.valueOf(recent.get("optimizerA", OptimizerChoice.preferredDefault().name())));
            fitB.optimizerProperty().set(OptimizerChoice.valueOf(recent.get("optimizerB", OptimizerChoice.BFGS.name())));
            long budget = Long.parseLong(recent.get("budget", Long.toString(fitA.budgetProperty().get())));
            fitA.budgetProperty().set(budget);
            fitB.budgetProperty().set(budget);
            for (FitViewModel fit : List.of(fitA, fitB)) {
                fit.lessFootSkateProperty().set(Boolean.parseBoolean(recent.get("lessFootSkate" + fit.slotName(), "false")));
            }
        } catch (IllegalArgumentException e) {
            // Preferences from another version: keep the defaults.
        }
        for (FitViewModel fit : List.of(fitA, fitB)) {
            if (!fit.optimizerProperty().get().available()) {
                fit.optimizerProperty().set(OptimizerChoice.preferredDefault());
            }
        }
    }

    /** Which weights file Optimus uses and its provenance (from the file's header), or why it has none. */
    public ReadOnlyStringProperty optimusWeightsProperty() {
        return optimusWeights.getReadOnlyProperty();
    }

    /** Opens a case folder, or files that belong together (video, tracks, camera). */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> copy = List.copyOf(paths);
        loading.set(true);
        show(MessageKind.INFO, "Opening " + copy.get(0).getFileName() + (copy.size() > 1 ? " and " + (copy.size() - 1) + " more" : "")
                + "...");
        BackgroundTask.wrap(() -> loader.load(copy))
                .onSuccess(c -> {
                    loading.set(false);
                    setCase(c);
                    if (copy.size() == 1) {
                        recentFiles.setAll(recent.add(copy.get(0)));
                    }
                })
                .onFailure(t -> {
                    loading.set(false);
                    show(MessageKind.ERROR, t instanceof CaseLoadException ? t.getMessage()
                            : "Could not open " + copy.get(0).getFileName() + ": " + t);
                })
                .executeWith(executor);
    }

    /** Opens the bundled sample. */
    public void openSample() {
        BackgroundTask.wrap(BundledSample::locate)
                .onSuccess(p -> {
                    if (p.isPresent()) {
                        open(List.of(p.get()));
                    } else {
                        show(MessageKind.WARNING, "The bundled sample is missing (assets/sample); regenerate it with "
                                + "./optimus sample --out assets/sample, or open a case folder.");
                    }
                })
                .onFailure(t -> show(MessageKind.ERROR, "Could not unpack the bundled sample: " + t.getMessage()))
                .executeWith(executor);
    }

    private void setCase(MotionCase c) {
        fitA.setCase(c);
        fitB.setCase(c);
        timeline.setClip(c.frameCount(), c.fps());
        List<String> notes = new ArrayList<>(c.notes());
        if (c.keypoints3d().isEmpty()) {
            notes.add("This case has no 3D track: every fit method needs a 3D kinematic estimate (keypoints3d.csv) besides the 2D track.");
        }
        if (notes.isEmpty()) {
            show(MessageKind.INFO, "Opened " + c.name() + ": " + c.frameCount() + " frames at "
                    + Math.round(c.fps()) + " fps. Press Start to fit.");
        } else {
            show(MessageKind.WARNING, "Opened " + c.name() + ". " + String.join(" ", notes));
        }
        // Last: listeners of the case (views, scripted starts) see the message already in place.
        motionCase.set(c);
    }

    /** Starts fit A, and fit B in compare mode. */
    public void startFits() {
        fitA.start();
        if (compare.get()) {
            fitB.start();
        }
    }

    public void pauseFits() {
        fitA.pause();
        fitB.pause();
    }

    public void resumeFits() {
        fitA.resume();
        fitB.resume();
    }

    public void cancelFits() {
        fitA.cancel();
        fitB.cancel();
    }

    /** Whether a fit is running or paused (quitting asks first). */
    public boolean anyFitActive() {
        return fitA.isActive() || fitB.isActive();
    }

    /** Writes the body of fit slot {@code slot} (0 = A, 1 = B) as BVH. */
    public void exportBvh(Path file, int slot) {
        FitViewModel fit = slot == 0 ? fitA : fitB;
        FitPose pose = fit.poseProperty().get();
        if (pose == null) {
            show(MessageKind.WARNING, "Fit " + fit.slotName() + " has no body yet: start a fit first.");
            return;
        }
        BackgroundTask.wrap(() -> {
            FitExports.writeBvh(file, pose);
            return file;
        }).onSuccess(f -> show(MessageKind.INFO, "Wrote " + f))
                .onFailure(t -> show(MessageKind.ERROR, "Could not write " + file + ": " + t.getMessage()))
                .executeWith(executor);
    }

    /** Writes the input video with the fitted bodies (A, and B in compare mode) drawn over it, as MP4. */
    public void exportOverlayVideo(Path file) {
        MotionCase c = motionCase.get();
        List<OverlayVideoWriter.ColoredPose> bodies = new ArrayList<>();
        List<FitViewModel> fits = compare.get() ? List.of(fitA, fitB) : List.of(fitA);
        for (int i = 0; i < fits.size(); i++) {
            FitPose pose = fits.get(i).poseProperty().get();
            if (pose != null) {
                bodies.add(new OverlayVideoWriter.ColoredPose(pose, SLOT_COLORS.get(i)));
            }
        }
        if (c == null || bodies.isEmpty()) {
            show(MessageKind.WARNING, "No fitted body yet: start a fit first.");
            return;
        }
        if (c.video().isEmpty() || c.camera().isEmpty()) {
            show(MessageKind.WARNING, "An overlay video needs the case's video and camera.json.");
            return;
        }
        if (!renderer.unavailableReason().isEmpty()) {
            show(MessageKind.WARNING, renderer.unavailableReason());
            return;
        }
        show(MessageKind.INFO, "Writing " + file.getFileName() + "...");
        OverlayVideoWriter writer = new OverlayVideoWriter(model, (scene, out) -> {
            if (!renderer.render(scene, out)) {
                throw new IllegalStateException("the 3D renderer closed");
            }
        });
        BackgroundTask.wrap(() -> {
            writer.write(file, c, bodies, frames -> { });
            return file;
        }).onSuccess(f -> show(MessageKind.INFO, "Wrote " + f))
                .onFailure(t -> show(MessageKind.ERROR, "Could not write " + file + ": " + t.getMessage()))
                .executeWith(executor);
    }

    /** Writes the metrics of the fits that have them (A, and B in compare mode). */
    public void exportMetrics(Path file, MetricsFormat format) {
        List<FitExports.NamedMetrics> columns = new ArrayList<>();
        for (FitViewModel fit : compare.get() ? List.of(fitA, fitB) : List.of(fitA)) {
            if (fit.metricsProperty().get() != null) {
                columns.add(new FitExports.NamedMetrics(fit.slotName() + " " + fit.optimizerProperty().get().label(),
                        fit.metricsProperty().get()));
            }
        }
        if (columns.isEmpty()) {
            show(MessageKind.WARNING, "No metrics yet: they are computed when a fit pauses or ends.");
            return;
        }
        BackgroundTask.wrap(() -> {
            write(file, format, columns);
            return file;
        }).onSuccess(f -> show(MessageKind.INFO, "Wrote " + f))
                .onFailure(t -> show(MessageKind.ERROR, "Could not write " + file + ": " + t.getMessage()))
                .executeWith(executor);
    }

    private static void write(Path file, MetricsFormat format, List<FitExports.NamedMetrics> columns) throws IOException {
        switch (format) {
            case JSON -> FitExports.writeMetricsJson(file, columns);
            case CSV -> FitExports.writeMetricsCsv(file, columns);
        }
    }

    /** Cancels running fits and detection (called when the window closes). */
    public void shutdown() {
        cancelFits();
        detection.cancel();
    }

    public void dismissMessage() {
        message.set("");
        messageKind.set(MessageKind.NONE);
    }

    /** Shows a message in the window's message bar. */
    public void show(MessageKind kind, String text) {
        messageKind.set(kind);
        message.set(text);
    }

    /** "A: L-BFGS" for slot 0, "B: Adam" for slot 1. */
    public StringBinding slotTitle(int slot) {
        FitViewModel fit = slot == 0 ? fitA : fitB;
        return Bindings.createStringBinding(() -> fit.slotName() + ": " + fit.optimizerProperty().get().label(),
                fit.optimizerProperty());
    }

    // Properties and child ViewModels.

    public ReadOnlyObjectProperty<MotionCase> motionCaseProperty() {
        return motionCase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageKind> messageKindProperty() {
        return messageKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Compare mode: two fits side by side. */
    public BooleanProperty compareProperty() {
        return compare;
    }

    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public FitViewModel fitA() {
        return fitA;
    }

    public FitViewModel fitB() {
        return fitB;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public VideoViewModel video() {
        return video;
    }

    public SceneViewModel sceneA() {
        return sceneA;
    }

    public SceneViewModel sceneB() {
        return sceneB;
    }

    public MetricsViewModel metrics() {
        return metrics;
    }

    /** Keypoint detection from a raw video ("Detect keypoints from video..."). */
    public DetectionViewModel detection() {
        return detection;
    }
}
