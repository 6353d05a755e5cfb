package org.optimusmotion.app.gui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import org.optimusmotion.app.gui.optimize.FitState;
import org.optimusmotion.app.gui.optimize.FitViewModel;
import org.optimusmotion.app.gui.task.FxTaskExecutor;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * The scripted measurement behind {@code ./optimus gui --measure FILE}: once the case is open, start
 * the fits; after {@link LaunchOptions#MEASURE_WARMUP_SECONDS} of fitting, measure for
 * {@link LaunchOptions#measureSeconds()} (or until fit A ends), write a {@link ResponsivenessReport}
 * to FILE and stderr, quit. With {@code --measure-idle} no fit is started: the same window with the
 * app idle, a control for the machine's own scheduling noise. UI thread only.
 */
final class ResponsivenessMeasurement {

    private final MainViewModel vm;
    private final FxTaskExecutor executor;
    private final PulseMonitor pulses;
    private final LaunchOptions options;
    private final SchedulerProbe probe = SchedulerProbe.start();
    private long windowStartNanos = -1;
    private double loadAtStart = -1;
    private boolean done;

    private ResponsivenessMeasurement(MainViewModel vm, FxTaskExecutor executor, PulseMonitor pulses, LaunchOptions options) {
        this.vm = vm;
        this.executor = executor;
        this.pulses = pulses;
        this.options = options;
    }

    /** Wires the measurement into the app; call before the case opens. */
    static void schedule(MainViewModel vm, FxTaskExecutor executor, PulseMonitor pulses, LaunchOptions options) {
        ResponsivenessMeasurement m = new ResponsivenessMeasurement(vm, executor, pulses, options);
        FitViewModel fit = vm.fitA();
        vm.motionCaseProperty().addListener((obs, old, now) -> {
            if (now == null) {
                return;
            }
            if (options.measureIdle()) {
                m.beginAfterWarmUp();
            } else {
                vm.startFits();
            }
        });
        fit.stateProperty().addListener((obs, old, now) -> {
            if (now == FitState.RUNNING && !options.measureIdle()) {
                m.beginAfterWarmUp();
            } else if (!now.active() && now != FitState.IDLE) {
                m.finish(); // the fit ended first: report the part measured
            }
        });
    }

    private void beginAfterWarmUp() {
        if (windowStartNanos >= 0) {
            return;
        }
        windowStartNanos = Long.MAX_VALUE; // scheduled
        executor.runOnUiAfter(() -> {
            pulses.reset();
            executor.resetStatistics();
            probe.sleeps().reset();
            loadAtStart = ResponsivenessReport.loadAverage();
            windowStartNanos = System.nanoTime();
            executor.runOnUiAfter(this::finish, Math.round(1000 * options.measureSeconds()));
        }, Math.round(1000 * LaunchOptions.MEASURE_WARMUP_SECONDS));
    }

    private void finish() {
        if (done || windowStartNanos < 0 || windowStartNanos == Long.MAX_VALUE) {
            return;
        }
        done = true;
        double seconds = (System.nanoTime() - windowStartNanos) * 1e-9;
        FitViewModel fit = vm.fitA();
        String caseName = vm.motionCaseProperty().get() == null ? "no case" : vm.motionCaseProperty().get().name();
        String title = options.measureIdle() ? "the app idle (no fit running) on " + caseName
                : String.format(Locale.ROOT, "during a fit: %s with %s, budget %d, on %s", fit.methodProperty().get(),
                        fit.optimizerProperty().get().label(), fit.budgetProperty().get(), caseName);
        ResponsivenessReport report = ResponsivenessReport.of(title, seconds, loadAtStart, pulses, executor.uiActionWallStats(),
                executor.uiActionCpuStats(), probe.sleeps());
        probe.close();
        Path file = options.measure().get();
        try {
            AtomicFiles.writeString(file, report.text());
        } catch (IOException e) {
            System.err.println("optimus gui: cannot write " + file + ": " + e.getMessage());
        }
        System.err.print(report.text());
        vm.shutdown();
        Platform.exit();
    }
}
