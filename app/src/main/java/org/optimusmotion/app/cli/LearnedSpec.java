package org.optimusmotion.app.cli;

import java.util.Locale;

import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * A learned optimizer spec split into what names the weights ({@code optimus}, {@code optimus:weights=FILE})
 * and its trailing step-rule options {@code descent=N} and {@code restart=R}, each after ':' or ','
 * (',' after a file name, whose path may hold ':'). An option left out keeps the caller's default.
 *
 * @param base            the spec without its options
 * @param descentHalvings {@code descent=N}, or null
 * @param restartPeriod   {@code restart=R}, or null
 */
record LearnedSpec(String base, Integer descentHalvings, Integer restartPeriod) {

    private static final String DESCENT = "descent=";
    private static final String RESTART = "restart=";

    /** Splits {@code spec}; a {@link UserError} naming it for an option out of range or given twice. */
    static LearnedSpec parse(String spec) {
        String rest = spec.trim();
        Integer descent = null;
        Integer restart = null;
        while (true) {
            int sep = Math.max(rest.lastIndexOf(':'), rest.lastIndexOf(','));
            if (sep <= 0) {
                break;
            }
            String option = rest.substring(sep + 1).trim();
            String lower = option.toLowerCase(Locale.ROOT);
            if (lower.startsWith(DESCENT)) {
                if (descent != null) {
                    throw new UserError(spec + ": descent= is given twice");
                }
                descent = integer(spec, option, 0, LearnedOptimizer.MAX_STEP_TRIALS);
            } else if (lower.startsWith(RESTART)) {
                if (restart != null) {
                    throw new UserError(spec + ": restart= is given twice");
                }
                restart = integer(spec, option, 0, Integer.MAX_VALUE);
            } else {
                break;
            }
            rest = rest.substring(0, sep);
        }
        return new LearnedSpec(rest, descent, restart);
    }

    /** The step rule: the options given, the rest from {@code defaults}. */
    StepRule rule(StepRule defaults) {
        return new StepRule(descentHalvings != null ? descentHalvings : defaults.descentHalvings(),
                restartPeriod != null ? restartPeriod : defaults.restartPeriod());
    }

    private static int integer(String spec, String option, int min, int max) {
        String value = option.substring(option.indexOf('=') + 1).trim();
        try {
            int v = Integer.parseInt(value);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        String range = max == Integer.MAX_VALUE ? "an integer >= " + min + " (0: never)"
                : "an integer in [" + min + ", " + max + "]";
        throw new UserError(spec + ": " + option + " must be " + range);
    }
}
