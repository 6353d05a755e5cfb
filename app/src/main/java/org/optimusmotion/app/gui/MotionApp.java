package org.optimusmotion.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.gui.optimize.FitState;
import org.optimusmotion.app.gui.optimize.FitViewModel;
import org.optimusmotion.app.gui.task.FxTaskExecutor;
import org.optimusmotion.app.gui.viewer.SceneRenderer;
import org.optimusmotion.physics.model.HumanoidLoader;

/**
 * The desktop application: wires the services (task executor, offscreen renderer, fit services,
 * preferences) into the {@link MainViewModel}, shows the {@link MainView}, and opens the bundled sample
 * (or the case named on the command line). Launched through {@link #launchApp} by the launcher, which
 * is not itself an {@link Application}.
 */
public final class MotionApp extends Application {

    private FxTaskExecutor executor;
    private SceneRenderer renderer;
    private MainViewModel vm;
    private RecentFiles preferences;
    private boolean scratchPreferences;
    private final PulseMonitor pulses = new PulseMonitor();

    /** Starts the JavaFX toolkit and shows the main window; returns when the window closes. */
    public static void launchApp(String[] args) {
        FxPlatformSettings.applyDefaults();
        Application.launch(MotionApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("optimus gui: " + e.getMessage());
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor();
        renderer = SceneRenderer.start();
        // Scripted runs start from the defaults and do not overwrite what the user chose last time.
        scratchPreferences = options.screenshot().isPresent() || options.measure().isPresent();
        preferences = scratchPreferences ? RecentFiles.scratch() : RecentFiles.forUser();
        vm = new MainViewModel(executor, FitMethod::service, renderer, HumanoidLoader.loadDefault(), preferences);
        MainView view = new MainView(vm, stage, pulses);
        apply(options);

        Scene scene = new Scene(view, options.width(), options.height());
        stage.setTitle("Optimus Motion");
        stage.setScene(scene);
        view.installQuitGuard(stage);
        stage.show();
        pulses.attach(scene);
        pulses.start();
        if (Boolean.getBoolean("optimus.debugPulses") || Integer.getInteger("optimus.debugPulsesMillis") != null) {
            startStallReporter();
        }
        // Measure responsiveness during fits, not while the window and the case load.
        for (FitViewModel fit : List.of(vm.fitA(), vm.fitB())) {
            fit.stateProperty().addListener((obs, old, now) -> {
                if (now == FitState.RUNNING && old != FitState.PAUSED) {
                    pulses.reset();
                }
            });
        }

        if (options.screenshot().isPresent()) {
            scheduleScreenshot(scene, options);
        }
        if (options.measure().isPresent()) {
            ResponsivenessMeasurement.schedule(vm, executor, pulses, options);
        }
        if (options.caseToOpen().isPresent()) {
            vm.open(List.of(options.caseToOpen().get()));
        } else {
            vm.openSample();
        }
    }

    private void apply(LaunchOptions o) {
        vm.compareProperty().set(o.compare());
        o.optimizerA().ifPresent(c -> vm.fitA().optimizerProperty().set(c));
        o.optimizerB().ifPresent(c -> vm.fitB().optimizerProperty().set(c));
        o.method().ifPresent(m -> {
            vm.fitA().methodProperty().set(m);
            vm.fitB().methodProperty().set(m);
        });
        o.budget().ifPresent(b -> vm.fitA().budgetProperty().set(b));
    }

    /** Scripted capture: start the fits when the case is open, capture at the given progress, quit. */
    private void scheduleScreenshot(Scene scene, LaunchOptions o) {
        FitViewModel fit = vm.fitA();
        vm.motionCaseProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.timeline().frameProperty().set(o.frame());
                vm.startFits();
            }
        });
        boolean[] taken = {false};
        Runnable capture = () -> {
            if (taken[0]) {
                return;
            }
            taken[0] = true;
            // Let the newest renders and the chart reach the screen first.
            executor.runOnUiAfter(() -> {
                writeSnapshot(scene, o.screenshot().get());
                System.err.printf("optimus gui: screenshot %s; UI thread longest pause %.1f ms%n", o.screenshot().get(),
                        pulses.maxGapMillis());
                vm.shutdown();
                Platform.exit();
            }, 700);
        };
        fit.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() >= o.screenshotAt()) {
                capture.run();
            }
        });
        fit.stateProperty().addListener((obs, old, now) -> {
            if (!now.active() && now != FitState.IDLE) {
                capture.run();
            }
        });
    }

    /**
     * Diagnostics ({@code -Doptimus.debugPulses=true}, or {@code -Doptimus.debugPulsesMillis=N} for
     * another threshold than 100 ms): when no pulse came for that long, prints what the JavaFX thread
     * and JavaFX's render thread are doing, once per stall, to stderr.
     */
    private void startStallReporter() {
        Thread fx = Thread.currentThread();
        long thresholdNanos = Integer.getInteger("optimus.debugPulsesMillis", 100) * 1_000_000L;
        Thread watchdog = new Thread(() -> {
            long reported = 0;
            while (true) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
                long last = pulses.lastPulseWallNanos();
                if (System.nanoTime() - last > thresholdNanos && last != reported) {
                    reported = last;
                    StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT,
                            "optimus gui: no pulse for %d ms; load %.2f%n", thresholdNanos / 1_000_000,
                            ResponsivenessReport.loadAverage()));
                    for (java.util.Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                        if (e.getKey() == fx || e.getKey().getName().startsWith("QuantumRenderer")) {
                            sb.append("  ").append(e.getKey().getName()).append(" (").append(e.getKey().getState()).append("):\n");
                            StackTraceElement[] stack = e.getValue();
                            for (int i = 0; i < Math.min(14, stack.length); i++) {
                                sb.append("    ").append(stack[i]).append('\n');
                            }
                        }
                    }
                    System.err.print(sb);
                }
            }
        }, "optimus-stall-reporter");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void writeSnapshot(Scene scene, Path file) {
        WritableImage shot = scene.snapshot(null);
        int w = (int) shot.getWidth();
        int h = (int) shot.getHeight();
        int[] argb = new int[w * h];
        shot.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            System.err.println("optimus gui: cannot write " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        pulses.stop();
        if (vm != null) {
            vm.shutdown();
        }
        if (executor != null) {
            executor.close();
        }
        if (renderer != null) {
            renderer.close();
        }
        if (scratchPreferences) {
            preferences.discard();
        }
    }
}
