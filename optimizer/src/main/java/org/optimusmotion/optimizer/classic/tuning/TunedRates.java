package org.optimusmotion.optimizer.classic.tuning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerKind;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * Tuned learning rates, function name → optimizer → rate, as produced by {@link LearningRateTuner} and
 * stored in a JSON file so that benchmarks read them instead of hard-coding them:
 * <pre>
 * {
 *   "description": "how the rates were tuned (command, grid, steps, seed)",
 *   "rates": {
 *     "rosenbrock": {"gd": 0.0001, "gdm": 0.0001, "adam": 0.01},
 *     ...
 *   }
 * }
 * </pre>
 * Function names are the command-line names ({@code rosenbrock}); optimizer keys are
 * {@link OptimizerKind#cliName()} of the kinds with a learning rate. Immutable value; {@link #with}
 * returns a changed copy. Files are written atomically.
 */
public final class TunedRates {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String description;
    private final Map<String, Map<OptimizerKind, Double>> rates;

    private TunedRates(String description, Map<String, Map<OptimizerKind, Double>> rates) {
        this.description = description == null ? "" : description;
        Map<String, Map<OptimizerKind, Double>> copy = new TreeMap<>();
        for (Map.Entry<String, Map<OptimizerKind, Double>> e : rates.entrySet()) {
            copy.put(e.getKey(), Collections.unmodifiableMap(new EnumMap<>(e.getValue())));
        }
        this.rates = Collections.unmodifiableMap(copy);
    }

    /** No rates; {@code description} says how the rates to come were tuned. */
    public static TunedRates empty(String description) {
        return new TunedRates(description, Map.of());
    }

    public String description() {
        return description;
    }

    /** Unmodifiable view: function → optimizer → rate, functions sorted by name. */
    public Map<String, Map<OptimizerKind, Double>> asMap() {
        return rates;
    }

    /** A copy with {@code rate} stored for ({@code function}, {@code kind}). */
    public TunedRates with(String function, OptimizerKind kind, double rate) {
        if (function == null || function.isBlank()) {
            throw new IllegalArgumentException("function name must not be blank");
        }
        checkEntry(function, kind, rate, "argument");
        Map<String, Map<OptimizerKind, Double>> copy = new TreeMap<>(rates);
        Map<OptimizerKind, Double> perFunction = new EnumMap<>(OptimizerKind.class);
        perFunction.putAll(rates.getOrDefault(function, Map.of()));
        perFunction.put(kind, rate);
        copy.put(function, perFunction);
        return new TunedRates(description, copy);
    }

    /** The tuned rate, if stored. */
    public OptionalDouble rate(String function, OptimizerKind kind) {
        Double r = rates.getOrDefault(function, Map.of()).get(kind);
        return r == null ? OptionalDouble.empty() : OptionalDouble.of(r);
    }

    /**
     * The optimizer of {@code kind} for {@code function}: with the tuned rate for GD/GD-M/Adam,
     * with defaults for BFGS/L-BFGS.
     *
     * @throws IllegalArgumentException if a rate is needed but not stored (naming both)
     */
    public Optimizer optimizerFor(OptimizerKind kind, String function) {
        if (!kind.usesLearningRate()) {
            return kind.withDefaults();
        }
        OptionalDouble r = rate(function, kind);
        if (r.isEmpty()) {
            throw new IllegalArgumentException("no tuned learning rate for " + kind.cliName() + " on function '"
                    + function + "'; tuned functions: " + rates.keySet());
        }
        return kind.withLearningRate(r.getAsDouble());
    }

    /** Writes the rates as JSON to {@code file}, atomically (temp file in the same folder, then move). */
    public void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", description);
        ObjectNode all = root.putObject("rates");
        for (Map.Entry<String, Map<OptimizerKind, Double>> e : rates.entrySet()) {
            ObjectNode perFunction = all.putObject(e.getKey());
            for (Map.Entry<OptimizerKind, Double> r : e.getValue().entrySet()) {
                perFunction.put(r.getKey().cliName(), r.getValue());
            }
        }
        AtomicFiles.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    /**
     * Reads a file written by {@link #write}.
     *
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the file and the offending entry when the content is invalid
     */
    public static TunedRates read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        return fromJson(root, file.toString());
    }

    /**
     * Reads rates from a stream (for example a class-path resource); {@code source} names it in errors.
     */
    public static TunedRates read(java.io.InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not valid JSON: " + e.getOriginalMessage());
        }
        return fromJson(root, source);
    }

    static TunedRates fromJson(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object at the top level");
        }
        String description = root.path("description").asText("");
        JsonNode all = root.get("rates");
        if (all == null || !all.isObject()) {
            throw new IllegalArgumentException(source + ": missing object \"rates\"");
        }
        Map<String, Map<OptimizerKind, Double>> rates = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> function = it.next();
            if (!function.getValue().isObject()) {
                throw new IllegalArgumentException(source + ": rates." + function.getKey() + " must be an object");
            }
            Map<OptimizerKind, Double> perFunction = new EnumMap<>(OptimizerKind.class);
            for (Iterator<Map.Entry<String, JsonNode>> r = function.getValue().fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = r.next();
                String where = source + ": rates." + function.getKey() + "." + entry.getKey();
                OptimizerKind kind;
                try {
                    kind = OptimizerKind.fromCliName(entry.getKey());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage());
                }
                if (!entry.getValue().isNumber()) {
                    throw new IllegalArgumentException(where + " must be a number, was " + entry.getValue());
                }
                double rate = entry.getValue().asDouble();
                checkEntry(function.getKey(), kind, rate, where);
                perFunction.put(kind, rate);
            }
            rates.put(function.getKey(), perFunction);
        }
        return new TunedRates(description, rates);
    }

    private static void checkEntry(String function, OptimizerKind kind, double rate, String where) {
        if (!kind.usesLearningRate()) {
            throw new IllegalArgumentException(where + ": " + kind.cliName() + " has no learning rate (function "
                    + function + ")");
        }
        if (!(rate > 0) || !Double.isFinite(rate)) {
            throw new IllegalArgumentException(where + ": rate must be finite and > 0, was " + rate);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TunedRates other && description.equals(other.description) && rates.equals(other.rates);
    }

    @Override
    public int hashCode() {
        return rates.hashCode() * 31 + description.hashCode();
    }

    @Override
    public String toString() {
        return "TunedRates" + rates;
    }
}
