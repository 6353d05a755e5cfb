package org.optimusmotion.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import org.optimusmotion.app.detect.DetectionJob;
import org.optimusmotion.app.detect.DetectionTrack;
import org.optimusmotion.app.detect.ModelUnavailableException;
import org.optimusmotion.app.detect.VideoPoseDetector;
import org.optimusmotion.app.gui.task.BackgroundTask;
import org.optimusmotion.app.gui.task.LatestWins;
import org.optimusmotion.app.gui.task.TaskExecutor;
import org.optimusmotion.app.video.VideoFileException;

/**
 * "Detect keypoints from video...": runs a {@link DetectionJob} off the UI thread (cancellable, with
 * progress), then opens the folder it wrote, with the video, as a case to fit. UI thread only.
 */
public final class DetectionViewModel {

    /** Runs a job; {@link DetectionJob#run} in the app, a stand-in in tests. */
    @FunctionalInterface
    public interface Runner {
        DetectionJob.Result run(DetectionJob job, VideoPoseDetector.Listener listener, BooleanSupplier cancelled) throws Exception;
    }

    private final TaskExecutor executor;
    private final Runner runner;
    private final BiConsumer<MessageKind, String> messages;
    private final Consumer<List<Path>> openCase;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final LatestWins<Double> progressUpdates;
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * @param messages shows a message in the window
     * @param openCase opens the given paths as a case (the output folder and the video)
     */
    public DetectionViewModel(TaskExecutor executor, Runner runner, BiConsumer<MessageKind, String> messages,
            Consumer<List<Path>> openCase) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.openCase = Objects.requireNonNull(openCase, "openCase");
        this.progressUpdates = new LatestWins<>(executor, this::showProgress);
    }

    /** Detects in {@code video} with the defaults, writing into {@link DetectionJob#defaultOutputFolder}. */
    public void detect(Path video) {
        detect(DetectionJob.withDefaults(video, DetectionJob.defaultOutputFolder(video)));
    }

    /** Runs {@code job}; ignored while another detection runs. */
    public void detect(DetectionJob job) {
        if (running.get()) {
            messages.accept(MessageKind.WARNING, "A detection is already running.");
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        cancel = cancelled;
        running.set(true);
        progress.set(0);
        messages.accept(MessageKind.INFO, "Detecting keypoints in " + job.video().getFileName() + "...");
        BackgroundTask.wrap(() -> runner.run(job, (done, total, found) -> progressUpdates.offer((double) done / total),
                        cancelled::get))
                .onSuccess(result -> {
                    running.set(false);
                    finished(job, result);
                })
                .onFailure(t -> {
                    running.set(false);
                    messages.accept(MessageKind.ERROR, failureMessage(job, t));
                })
                .executeWith(executor);
    }

    private void showProgress(double fraction) {
        if (running.get()) {
            progress.set(fraction);
            messages.accept(MessageKind.INFO, String.format(Locale.ROOT, "Detecting keypoints... %.0f %% (File > Cancel detection stops"
                    + " and keeps the frames done)", 100 * fraction));
        }
    }

    /** Stops a running detection after the current frame; the frames done are written and opened. */
    public void cancel() {
        cancel.set(true);
    }

    private void finished(DetectionJob job, DetectionJob.Result result) {
        DetectionTrack track = result.track();
        progress.set(1);
        if (track.framesWithPerson() == 0) {
            messages.accept(MessageKind.WARNING, "No person found in " + job.video().getFileName()
                    + (result.cancelled() ? " before the detection was cancelled." : "."));
            return;
        }
        String summary = String.format(Locale.ROOT, "Person found in %d of %d frames (%.1f frames/s)%s; wrote %s.",
                track.framesWithPerson(), track.framesDone(), track.framesDone() / Math.max(result.seconds(), 1e-9),
                result.cancelled() ? ", cancelled" : "", job.outDir());
        messages.accept(MessageKind.INFO, summary);
        openCase.accept(List.of(job.outDir(), job.video()));
    }

    static String failureMessage(DetectionJob job, Throwable t) {
        if (t instanceof VideoFileException || t instanceof ModelUnavailableException) {
            return "Detection failed: " + t.getMessage();
        }
        return "Detection in " + job.video().getFileName() + " failed: " + t;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Fraction of frames done, 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
