package org.optimusmotion.app.gui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.optimusmotion.app.gui.task.DurationStats;

/**
 * What a responsiveness measurement found, as text for people (written by {@code ./optimus gui
 * --measure FILE} and the UI test): pulse gaps, the UI thread's own work per pulse, app callbacks on
 * the UI thread, with the load of the machine and the JavaFX platform, so numbers from different
 * machines and runs can be told apart. Immutable.
 *
 * @param title what was measured, e.g. "during a fit: reconstruction with L-BFGS, budget 5000, on sample"
 * @param seconds length of the measured window, seconds
 * @param loadAtStart one-minute load average when the window began (negative when unknown)
 * @param loadAtEnd one-minute load average when it ended
 */
public record ResponsivenessReport(String title, double seconds, double loadAtStart, double loadAtEnd, String platform,
        String gaps, String pulseWorkCpu, String pulseWorkWall, String callbackWall, String callbackCpu, String schedulerSleeps,
        double maxGapMillis, double maxAppCpuMillis) {

    /** The bar of the requirement: the UI thread is never blocked for longer, milliseconds. */
    public static final double LIMIT_MILLIS = 50;

    /** Collects the statistics now (any thread). */
    public static ResponsivenessReport of(String title, double seconds, double loadAtStart, PulseMonitor pulses,
            DurationStats callbackWall, DurationStats callbackCpu, DurationStats schedulerSleeps) {
        double maxAppCpu = Math.max(pulses.pulseWorkCpu().maxMillis(), callbackCpu.maxMillis());
        return new ResponsivenessReport(title, seconds, loadAtStart, loadAverage(), currentPlatform(),
                pulses.gaps().summary(LIMIT_MILLIS), pulses.pulseWorkCpu().summary(LIMIT_MILLIS),
                pulses.pulseWorkWall().summary(LIMIT_MILLIS), callbackWall.summary(LIMIT_MILLIS),
                callbackCpu.summary(LIMIT_MILLIS), schedulerSleeps.summary(LIMIT_MILLIS), pulses.gaps().maxMillis(), maxAppCpu);
    }

    /** The one-minute load average, or -1 where the OS does not say. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** Glass platform and Prism pipeline in use, e.g. "glass gtk, prism SWPipeline" (best effort). */
    static String currentPlatform() {
        String glass = System.getProperty("glass.platform", "default (gtk on Linux)");
        String prism;
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            prism = pipeline == null ? "unknown" : pipeline.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            prism = "unknown (" + System.getProperty("prism.order", "default order") + ")";
        }
        return "glass " + glass + ", prism " + prism + ", region caching " + regionCaching();
    }

    /** What Prism actually uses (read when the toolkit started, so a property set later does not count). */
    private static String regionCaching() {
        try {
            boolean disabled = Class.forName("com.sun.prism.impl.PrismSettings").getField("disableRegionCaching").getBoolean(null);
            return disabled ? "off" : "on";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return Boolean.getBoolean("prism.disableRegionCaching") ? "off (property)" : "on (property)";
        }
    }

    /** The report as a few lines of text. */
    public String text() {
        return String.format(Locale.ROOT, """
                UI responsiveness: %s
                window measured: %.1f s; load average (1 min) %.2f at start, %.2f at end; %d cores; %s
                gaps between pulses (what the user sees):          %s
                UI thread work per pulse (animations, CSS, layout), CPU:  %s
                UI thread work per pulse, wall:                     %s
                app callbacks on the UI thread, wall:               %s
                app callbacks on the UI thread, CPU:                %s
                control, an idle thread sleeping %d ms (OS scheduling): %s
                """, title, seconds, loadAtStart, loadAtEnd, Runtime.getRuntime().availableProcessors(), platform, gaps,
                pulseWorkCpu, pulseWorkWall, callbackWall, callbackCpu, SchedulerProbe.PERIOD_MILLIS, schedulerSleeps);
    }
}
