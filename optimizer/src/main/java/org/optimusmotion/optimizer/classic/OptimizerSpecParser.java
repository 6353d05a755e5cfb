package org.optimusmotion.optimizer.classic;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

/**
 * Parses a command-line optimizer spec into a typed optimizer record:
 * <pre>
 *   NAME[:KEY=VALUE[,KEY=VALUE...]]
 *   gd:lr=0.01
 *   gdm:lr=0.001,m=0.9
 *   adam:lr=0.01,b1=0.9,b2=0.999,eps=1e-8
 *   bfgs:gtol=1e-5
 *   lbfgs:m=10,gtol=1e-5
 * </pre>
 * Missing keys take the defaults of {@link OptimizerKind#withDefaults()}. Unknown names or keys and
 * values that are not numbers or out of range are rejected with an {@link IllegalArgumentException}
 * that names the spec and the problem.
 */
public final class OptimizerSpecParser {

    private OptimizerSpecParser() {
    }

    /** Parses one spec (see the class comment). */
    public static Optimizer parse(String spec) {
        String trimmed = spec.trim();
        int colon = trimmed.indexOf(':');
        OptimizerKind kind = OptimizerKind.fromCliName(colon < 0 ? trimmed : trimmed.substring(0, colon));
        Map<String, Double> values = colon < 0 ? Map.of() : keyValues(spec, trimmed.substring(colon + 1));
        try {
            return switch (kind) {
                case GD -> {
                    allowOnly(spec, values, Set.of("lr"));
                    yield new GradientDescent(values.getOrDefault("lr", GradientDescent.DEFAULT_LEARNING_RATE));
                }
                case GDM -> {
                    allowOnly(spec, values, Set.of("lr", "m"));
                    yield new GradientDescentMomentum(
                            values.getOrDefault("lr", GradientDescentMomentum.DEFAULT_LEARNING_RATE),
                            values.getOrDefault("m", GradientDescentMomentum.DEFAULT_MOMENTUM));
                }
                case ADAM -> {
                    allowOnly(spec, values, Set.of("lr", "b1", "b2", "eps"));
                    yield new Adam(values.getOrDefault("lr", Adam.DEFAULT_LEARNING_RATE),
                            values.getOrDefault("b1", Adam.DEFAULT_BETA1),
                            values.getOrDefault("b2", Adam.DEFAULT_BETA2),
                            values.getOrDefault("eps", Adam.DEFAULT_EPSILON));
                }
                case BFGS -> {
                    allowOnly(spec, values, Set.of("gtol"));
                    yield new Bfgs(StrongWolfeLineSearch.defaults(),
                            values.getOrDefault("gtol", Bfgs.DEFAULT_GRADIENT_TOLERANCE));
                }
                case LBFGS -> {
                    allowOnly(spec, values, Set.of("m", "gtol"));
                    double memory = values.getOrDefault("m", (double) Lbfgs.DEFAULT_MEMORY);
                    if (memory != Math.rint(memory) || memory < 1 || memory > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("m must be a positive integer, was " + memory);
                    }
                    yield new Lbfgs((int) memory, StrongWolfeLineSearch.defaults(),
                            values.getOrDefault("gtol", Bfgs.DEFAULT_GRADIENT_TOLERANCE));
                }
            };
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("optimizer spec")) {
                throw e;
            }
            throw new IllegalArgumentException("optimizer spec '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, Double> keyValues(String spec, String list) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String pair : list.split(",")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("optimizer spec '" + spec + "': expected KEY=VALUE, got '" + pair + "'");
            }
            String key = pair.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT);
            String raw = pair.substring(eq + 1).trim();
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("optimizer spec '" + spec + "': " + key + "='" + raw
                        + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("optimizer spec '" + spec + "': " + key + " must be finite, was " + raw);
            }
            if (values.put(key, value) != null) {
                throw new IllegalArgumentException("optimizer spec '" + spec + "': key " + key + " given twice");
            }
        }
        return values;
    }

    private static void allowOnly(String spec, Map<String, Double> values, Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("optimizer spec '" + spec + "': unknown key '" + key
                        + "'; allowed: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }
}
