package org.optimusmotion.app.gui.optimize;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.optimusmotion.app.fit.FitControl;
import org.optimusmotion.app.fit.FitException;
import org.optimusmotion.app.fit.FitExports;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.FitPose;
import org.optimusmotion.app.fit.FitProgress;
import org.optimusmotion.app.fit.FitRequest;
import org.optimusmotion.app.fit.FitResult;
import org.optimusmotion.app.fit.FitService;
import org.optimusmotion.app.fit.FitServices;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.fit.OptimizerChoice;
import org.optimusmotion.app.fit.ReconstructionWeights;
import org.optimusmotion.app.gui.task.BackgroundTask;
import org.optimusmotion.app.gui.task.LatestWins;
import org.optimusmotion.app.gui.task.TaskExecutor;
import org.optimusmotion.physics.metrics.MetricsReport;

/**
 * One fit slot: the optimizer, method and budget to use, and the state of the fit that runs with
 * them. The fit runs on the injected {@link TaskExecutor}; its progress reaches the read-only
 * properties through {@link LatestWins} (at most ~20 Hz, newest wins), and loss points are queued on
 * the fitting thread and drained on the UI thread at most every {@link #CURVE_INTERVAL_NANOS} (and
 * when the fit pauses or ends) so the curve keeps its shape. All properties belong
 * to the UI thread.
 */
public final class FitViewModel {

    /** Loss-curve points kept per fit, about: more only slow the chart down. */
    static final int CURVE_POINTS = 400;

    private final String slotName;
    private final TaskExecutor executor;
    private final Function<FitMethod, FitService> services;

    private final ObjectProperty<OptimizerChoice> optimizer = new SimpleObjectProperty<>(OptimizerChoice.preferredDefault());
    private final ObjectProperty<FitMethod> method = new SimpleObjectProperty<>(FitServices.defaultMethod());
    private final LongProperty budget = new SimpleLongProperty(FitRequest.DEFAULT_EVALUATIONS);
    private final BooleanProperty lessFootSkate = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<FitState> state = new ReadOnlyObjectWrapper<>(FitState.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FitPose> pose = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<MetricsReport> metrics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper bestLoss = new ReadOnlyDoubleWrapper(Double.NaN);
    private final ReadOnlyBooleanWrapper canStart = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<LossPoint> lossPoints = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> lossPointsView = FXCollections.unmodifiableObservableList(lossPoints);

    /** Metrics are refreshed at most this often during a fit, nanoseconds. */
    private static final long METRICS_INTERVAL_NANOS = 1_000_000_000L;
    /**
     * The loss chart gets new points at most this often during a fit, nanoseconds (5 Hz: each update
     * re-lays out and repaints the whole plot, the eye needs no more for a curve).
     */
    static final long CURVE_INTERVAL_NANOS = 200_000_000L;

    private MotionCase motionCase;
    private long lastMetricsNanos;
    private long lastCurveNanos;
    /** Curve points queued by the running fit's thread, drained on the UI thread; empty queue when idle. */
    private ConcurrentLinkedQueue<LossPoint> pendingPoints = new ConcurrentLinkedQueue<>();
    private FitControl control;
    /** Generation of the current fit: updates of an older (cancelled) fit are ignored. */
    private int generation;

    /**
     * @param slotName "A" or "B", used in messages
     * @param services the service for each method (injected so tests can use a fake)
     */
    public FitViewModel(String slotName, TaskExecutor executor, Function<FitMethod, FitService> services) {
        this.slotName = Objects.requireNonNull(slotName, "slotName");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.services = Objects.requireNonNull(services, "services");
        optimizer.addListener((obs, old, now) -> updateCanStart());
        state.addListener((obs, old, now) -> updateCanStart());
    }

    /** The clip to fit; resets the slot (cancelling a fit in progress). Null for none. */
    public void setCase(MotionCase c) {
        cancel();
        motionCase = c;
        generation++;
        lossPoints.clear();
        pose.set(null);
        metrics.set(null);
        bestLoss.set(Double.NaN);
        progress.set(0);
        error.set("");
        state.set(FitState.IDLE);
        status.set(c == null ? "Open a case to fit" : "Ready");
        updateCanStart();
    }

    /** Starts a fit with the current optimizer, method and budget; ignored while one runs. */
    public void start() {
        if (motionCase == null || state.get().active()) {
            return;
        }
        FitRequest request;
        try {
            request = new FitRequest(motionCase, optimizer.get(), budget.get(), lessFootSkate.get());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        if (!optimizer.get().available()) {
            fail(optimizer.get().label() + " is not available in this build; choose another optimizer.");
            return;
        }
        FitService service = services.apply(method.get());
        int myGeneration = ++generation;
        FitControl myControl = new FitControl();
        control = myControl;
        lossPoints.clear();
        pose.set(null);
        metrics.set(null);
        error.set("");
        progress.set(0);
        state.set(FitState.RUNNING);
        lastMetricsNanos = System.nanoTime();
        status.set("Starting " + optimizerName() + "...");
        ConcurrentLinkedQueue<LossPoint> pending = new ConcurrentLinkedQueue<>();
        pendingPoints = pending;
        lastCurveNanos = System.nanoTime();
        LatestWins<Update> updates = new LatestWins<>(executor, u -> apply(myGeneration, u, pending));
        long stride = Math.max(1, request.maxEvaluations() / CURVE_POINTS);
        MotionCase fitted = motionCase;
        BackgroundTask.wrap(() -> service.fit(request, new ProgressCollector(updates, pending, stride), myControl))
                .onSuccess(result -> finished(myGeneration, fitted, result, pending))
                .onFailure(failure -> failed(myGeneration, failure))
                .executeWith(executor);
    }

    public void pause() {
        if (state.get() == FitState.RUNNING) {
            control.pause();
            state.set(FitState.PAUSED);
            drain(pendingPoints);
            computeMetrics();
        }
    }

    public void resume() {
        if (state.get() == FitState.PAUSED) {
            control.resume();
            state.set(FitState.RUNNING);
        }
    }

    /** Stops the fit at its next iteration; the best body so far stays. */
    public void cancel() {
        if (control != null && state.get().active()) {
            control.cancel();
            status.set("Cancelling...");
        }
    }

    // Fitting thread -> UI thread.

    /** The newest progress and best pose, handed over by {@link LatestWins}. */
    private record Update(FitProgress progress, FitPose pose) {
    }

    /** Runs on the fitting thread: queues curve points and offers the newest progress. */
    private static final class ProgressCollector implements org.optimusmotion.app.fit.FitListener {
        private final LatestWins<Update> updates;
        private final ConcurrentLinkedQueue<LossPoint> pending;
        private final long stride;
        private long lastPointEvaluations = Long.MIN_VALUE;
        private double lastPointLoss = Double.POSITIVE_INFINITY;
        private FitPose latestPose;

        ProgressCollector(LatestWins<Update> updates, ConcurrentLinkedQueue<LossPoint> pending, long stride) {
            this.updates = updates;
            this.pending = pending;
            this.stride = stride;
        }

        @Override
        public void onProgress(FitProgress p) {
            if (p.pose() != null) {
                latestPose = p.pose();
            }
            double loss = p.bestLoss();
            // A point per `stride` evaluations, or sooner when the loss dropped by 2 %.
            if (Double.isFinite(loss) && (p.evaluations() - lastPointEvaluations >= stride || loss < 0.98 * lastPointLoss)) {
                pending.add(new LossPoint(p.evaluations(), loss));
                lastPointEvaluations = p.evaluations();
                lastPointLoss = loss;
            }
            updates.offer(new Update(p, latestPose));
        }
    }

    private void apply(int fitGeneration, Update u, ConcurrentLinkedQueue<LossPoint> pending) {
        if (fitGeneration != generation) {
            return;
        }
        if (System.nanoTime() - lastCurveNanos >= CURVE_INTERVAL_NANOS) {
            lastCurveNanos = System.nanoTime();
            drain(pending);
        }
        FitProgress p = u.progress();
        if (u.pose() != null) {
            pose.set(u.pose());
        }
        bestLoss.set(p.bestLoss());
        progress.set(p.fractionDone());
        if (System.nanoTime() - lastMetricsNanos > METRICS_INTERVAL_NANOS) {
            lastMetricsNanos = System.nanoTime();
            computeMetrics();
        }
        if (state.get() == FitState.RUNNING) {
            status.set(String.format(Locale.ROOT, "%s · %d / %d evaluations · loss %.4g · %s left",
                    optimizerName(), p.evaluations(), p.maxEvaluations(), p.bestLoss(), duration(p.secondsLeft())));
        }
    }

    private void drain(ConcurrentLinkedQueue<LossPoint> pending) {
        LossPoint point;
        java.util.List<LossPoint> batch = new java.util.ArrayList<>();
        while ((point = pending.poll()) != null) {
            batch.add(point);
        }
        if (!batch.isEmpty()) {
            lossPoints.addAll(batch);
        }
    }

    private void finished(int fitGeneration, MotionCase fitted, FitResult result, ConcurrentLinkedQueue<LossPoint> pending) {
        if (fitGeneration != generation) {
            return;
        }
        drain(pending);
        // The result's loss closes the best-so-far curve; a reconstruction reports per-window losses, and
        // its final loss (of the whole clip) is another quantity that would draw a false spike.
        if (lossPoints.isEmpty() || result.loss() <= lossPoints.get(lossPoints.size() - 1).loss()) {
            lossPoints.add(new LossPoint(result.evaluations(), result.loss()));
        }
        pose.set(result.pose());
        bestLoss.set(result.loss());
        boolean cancelled = control.isCancelled();
        // A finished fit fills the bar even when it converged under its budget; a cancelled one shows what it spent.
        progress.set(cancelled ? Math.min(1, result.evaluations() / (double) budget.get()) : 1.0);
        state.set(cancelled ? FitState.CANCELLED : FitState.DONE);
        String loss = Double.isFinite(result.loss()) ? String.format(Locale.ROOT, "%.4g", result.loss()) : "not finite";
        status.set(String.format(Locale.ROOT, "%s %s · %d evaluations in %s · loss %s (%s)",
                optimizerName(), cancelled ? "cancelled" : "done", result.evaluations(),
                duration(result.elapsedSeconds()), loss, result.stopReason().name().toLowerCase(Locale.ROOT))
                + (result.warning() == null ? "" : " · " + result.warning()));
        computeMetrics();
    }

    private void failed(int fitGeneration, Throwable failure) {
        if (fitGeneration != generation) {
            return;
        }
        if (failure instanceof FitException && control != null && control.isCancelled()) {
            // The user stopped it before it had anything to keep (a reconstruction's first window): not an error.
            state.set(FitState.CANCELLED);
            status.set(optimizerName() + " cancelled: " + failure.getMessage());
            return;
        }
        fail(failure instanceof FitException ? failure.getMessage()
                : "Fit " + slotName + " stopped with an internal error: " + failure);
    }

    private void fail(String message) {
        state.set(FitState.FAILED);
        error.set(message);
        status.set("Failed: " + message);
    }

    private void computeMetrics() {
        FitPose p = pose.get();
        MotionCase c = motionCase;
        if (p == null || c == null) {
            return;
        }
        int myGeneration = generation;
        BackgroundTask.wrap(() -> FitExports.metrics(c, p))
                .onSuccess(m -> {
                    if (myGeneration == generation) {
                        metrics.set(m);
                    }
                })
                .onFailure(t -> error.set("Metrics could not be computed: " + t.getMessage()))
                .executeWith(executor);
    }

    private void updateCanStart() {
        canStart.set(motionCase != null && !state.get().active() && optimizer.get() != null && optimizer.get().available());
    }

    /** The optimizer's label, with the weights file for Optimus once known (never reads it here). */
    private String optimizerName() {
        OptimizerChoice choice = optimizer.get();
        if (choice == OptimizerChoice.OPTIMUS) {
            return ReconstructionWeights.ifAlreadyRead().map(w -> choice.label() + " [" + w.fileName() + "]").orElse(choice.label());
        }
        return choice.label();
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "--";
        }
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d:%02d min", s / 60, s % 60);
    }

    // Properties.

    public String slotName() {
        return slotName;
    }

    public ObjectProperty<OptimizerChoice> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<FitMethod> methodProperty() {
        return method;
    }

    /** Whether the physics reconstruction adds the foot-skate term ({@link FitRequest#lessFootSkate()}). */
    public BooleanProperty lessFootSkateProperty() {
        return lessFootSkate;
    }

    /** Evaluation budget, in [1, {@link FitRequest#MAX_EVALUATIONS}]. */
    public LongProperty budgetProperty() {
        return budget;
    }

    public ReadOnlyObjectProperty<FitState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Fraction of the budget spent, [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** One line: optimizer, evaluations, loss, time left. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last fit failed, or "". */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The best body so far, or null. */
    public ReadOnlyObjectProperty<FitPose> poseProperty() {
        return pose.getReadOnlyProperty();
    }

    /** Metrics of the best body so far (refreshed about once a second, and when the fit pauses or ends), or null. */
    public ReadOnlyObjectProperty<MetricsReport> metricsProperty() {
        return metrics.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty bestLossProperty() {
        return bestLoss.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canStartProperty() {
        return canStart.getReadOnlyProperty();
    }

    /** The loss curve (best loss against evaluations), read-only. */
    public ObservableList<LossPoint> lossPoints() {
        return lossPointsView;
    }

    public boolean isActive() {
        return state.get().active();
    }
}
