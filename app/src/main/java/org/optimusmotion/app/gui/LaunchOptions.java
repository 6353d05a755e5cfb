package org.optimusmotion.app.gui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.optimusmotion.app.fit.FitMethod;
import org.optimusmotion.app.fit.OptimizerChoice;

/**
 * Options of the desktop app ({@code ./optimus gui [options] [CASE]}), mostly for scripted
 * screenshots: {@code --compare}, {@code --optimizer-a NAME}, {@code --optimizer-b NAME},
 * {@code --method reconstruction|kinematic|physics_rollout}, {@code --budget N}, {@code --size WxH},
 * {@code --screenshot FILE.png} (start the fits, capture the window when fit A has spent
 * {@code --at} of its budget, default 0.5, then quit), {@code --frame N} (show frame N once open),
 * {@code --measure FILE} (start the fits, measure the UI thread's responsiveness for
 * {@code --measure-seconds} seconds, default 20, after {@value #MEASURE_WARMUP_SECONDS} s of warm-up,
 * write a {@link ResponsivenessReport} to FILE, then quit; with {@code --measure-idle} the same
 * without starting a fit, as a control).
 *
 * @param caseToOpen a case folder or file, or empty for the bundled sample
 */
public record LaunchOptions(Optional<Path> caseToOpen, boolean compare, Optional<OptimizerChoice> optimizerA,
        Optional<OptimizerChoice> optimizerB, Optional<FitMethod> method, Optional<Long> budget, int width, int height,
        Optional<Path> screenshot, double screenshotAt, int frame, Optional<Path> measure, double measureSeconds, boolean measureIdle) {

    /** Seconds of a running fit before {@code --measure} starts counting (class loading, JIT, first layouts). */
    public static final double MEASURE_WARMUP_SECONDS = 3;

    /** Parses the raw arguments; unknown options throw {@link IllegalArgumentException} with a message. */
    public static LaunchOptions parse(List<String> args) {
        Path open = null;
        boolean compare = false;
        OptimizerChoice a = null;
        OptimizerChoice b = null;
        FitMethod method = null;
        Long budget = null;
        int width = 1500;
        int height = 950;
        Path screenshot = null;
        double at = 0.5;
        int frame = 0;
        Path measure = null;
        double measureSeconds = 20;
        boolean measureIdle = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--compare" -> compare = true;
                case "--optimizer-a" -> a = OptimizerChoice.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
                case "--optimizer-b" -> b = OptimizerChoice.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
                case "--method" -> method = FitMethod.valueOf(value(args, ++i, arg).toUpperCase(Locale.ROOT));
                case "--budget" -> budget = Long.parseLong(value(args, ++i, arg));
                case "--screenshot" -> screenshot = Path.of(value(args, ++i, arg));
                case "--at" -> at = Double.parseDouble(value(args, ++i, arg));
                case "--frame" -> frame = Integer.parseInt(value(args, ++i, arg));
                case "--measure" -> measure = Path.of(value(args, ++i, arg));
                case "--measure-idle" -> measureIdle = true;
                case "--measure-seconds" -> {
                    measureSeconds = Double.parseDouble(value(args, ++i, arg));
                    if (!(measureSeconds > 0)) {
                        throw new IllegalArgumentException("--measure-seconds must be > 0, got " + measureSeconds);
                    }
                }
                case "--size" -> {
                    String[] wh = value(args, ++i, arg).toLowerCase(Locale.ROOT).split("x");
                    width = Integer.parseInt(wh[0]);
                    height = Integer.parseInt(wh[1]);
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    open = Path.of(arg);
                }
            }
        }
        return new LaunchOptions(Optional.ofNullable(open), compare, Optional.ofNullable(a), Optional.ofNullable(b),
                Optional.ofNullable(method), Optional.ofNullable(budget), width, height, Optional.ofNullable(screenshot), at, frame,
                Optional.ofNullable(measure), measureSeconds, measureIdle);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
