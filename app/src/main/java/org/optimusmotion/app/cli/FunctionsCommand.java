package org.optimusmotion.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.optimusmotion.optimizer.functions.TestFunction;
import org.optimusmotion.optimizer.functions.TestFunctions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus functions list|eval}: the classic test functions from the command line, for
 * inspection and for cross-checking values and gradients against other implementations (SciPy/NumPy).
 *
 * <p>{@code eval} prints one JSON object per evaluated point, on one line:
 * {@code {"name":"rosenbrock","n":2,"f":24.2,"grad":[-215.6,-88.0]}}. Numbers are the shortest decimal
 * strings that round-trip to the same double; a non-finite value (overflow far outside the domain) is
 * written as the bare token {@code NaN}, {@code Infinity} or {@code -Infinity}, which Python's
 * {@code json} module reads.
 */
@Command(name = "functions",
        mixinStandardHelpOptions = true,
        description = "List the classic test functions or evaluate them (value and gradient) at given points.")
public final class FunctionsCommand implements Runnable {

    private static final JsonFactory JSON = jsonFactory();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints the table of functions: name, formula, standard domain, minimum. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Table of the test functions: name, formula (1-based i), standard domain, minimum.")
    int list() {
        PrintWriter out = spec.commandLine().getOut();
        int nameWidth = "name".length();
        int domainWidth = "domain".length();
        for (TestFunction f : TestFunctions.all()) {
            nameWidth = Math.max(nameWidth, f.name().length());
            domainWidth = Math.max(domainWidth, f.domainSummary().length());
        }
        String row = "%-" + nameWidth + "s  %-" + domainWidth + "s  %s%n";
        out.printf(row, "name", "domain", "minimum f* / formula");
        for (TestFunction f : TestFunctions.all()) {
            String minDim = f.minDimension() > 1 ? " (n >= " + f.minDimension() + ")" : "";
            out.printf(row, f.name(), f.domainSummary(), "f* = " + f.minimumSummary() + minDim);
            out.printf(row, "", "", "f(x) = " + f.formula());
        }
        out.flush();
        return 0;
    }

    /** Evaluates one point ({@code --name}, {@code --x}) or every line of a batch file. */
    @Command(name = "eval", mixinStandardHelpOptions = true,
            description = {"Prints {\"name\":..., \"n\":..., \"f\":..., \"grad\":[...]} on one line per point.",
                    "Either --name NAME --x \"x1;x2;...;xn\", or --batch FILE with one NAME,x1;x2;...;xn per line"
                            + " (blank lines skipped)."})
    int eval(@Option(names = "--name", paramLabel = "NAME", description = "Function name (see 'functions list').")
             String name,
             @Option(names = "--x", paramLabel = "VECTOR", description = "Point as x1;x2;...;xn.") String vector,
             @Option(names = "--batch", paramLabel = "FILE", description = "File of NAME,x1;...;xn lines.")
             Path batch) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null) {
            if (name != null || vector != null) {
                throw new UserError("give either --batch FILE or --name NAME --x VECTOR, not both");
            }
            evalBatch(batch, out);
            return 0;
        }
        if (name == null || vector == null) {
            throw new UserError("eval needs --name NAME and --x \"x1;x2;...;xn\" (or --batch FILE)");
        }
        TestFunction f = function(name);
        double[] x = parseVector(vector);
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            writeEvaluation(gen, f, x);
        }
        out.flush();
        return 0;
    }

    private static void evalBatch(Path file, PrintWriter out) throws IOException {
        BufferedReader reader;
        try {
            reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("batch file '" + file + "' does not exist");
        } catch (IOException e) {
            throw new UserError("cannot read batch file '" + file + "': " + e.getMessage(), e);
        }
        try (reader; JsonGenerator gen = JSON.createGenerator(out)) {
            int lineNumber = 0;
            String line;
            while ((line = readLine(reader, file)) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                try {
                    if (comma < 0) {
                        throw new UserError("expected NAME,x1;x2;...;xn but found no comma");
                    }
                    TestFunction f = function(line.substring(0, comma).trim());
                    double[] x = parseVector(line.substring(comma + 1));
                    writeEvaluation(gen, f, x);
                } catch (UserError e) {
                    gen.flush();
                    throw new UserError(file + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        out.flush();
    }

    private static String readLine(BufferedReader reader, Path file) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UserError("cannot read batch file '" + file + "': " + e.getMessage(), e);
        }
    }

    /** Evaluates f at x and writes one JSON object followed by a newline. */
    private static void writeEvaluation(JsonGenerator gen, TestFunction f, double[] x) throws IOException {
        int n = x.length;
        if (n < f.minDimension()) {
            throw new UserError(f.name() + " needs at least " + f.minDimension() + " components, got " + n);
        }
        double[] grad = new double[n];
        double value = f.value(x, grad);
        gen.writeStartObject();
        gen.writeStringField("name", f.name());
        gen.writeNumberField("n", n);
        gen.writeNumberField("f", value);
        gen.writeFieldName("grad");
        gen.writeArray(grad, 0, n);
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    /** Shortest round-trip doubles, bare NaN/Infinity tokens, no separator between root values. */
    private static JsonFactory jsonFactory() {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        builder.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER);
        builder.disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS);
        builder.disable(StreamWriteFeature.AUTO_CLOSE_TARGET);
        builder.rootValueSeparator((String) null);
        return builder.build();
    }

    private static TestFunction function(String name) {
        try {
            return TestFunctions.byName(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * Parses {@code x1;x2;...;xn}: decimal numbers (optionally with exponent), surrounding blanks
     * allowed; rejects empty vectors or components, other characters, NaN and infinities.
     */
    static double[] parseVector(String text) {
        if (text.isBlank()) {
            throw new UserError("empty vector; expected x1;x2;...;xn");
        }
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ';') {
                n++;
            }
        }
        double[] x = new double[n];
        int start = 0;
        for (int k = 0; k < n; k++) {
            int end = text.indexOf(';', start);
            if (end < 0) {
                end = text.length();
            }
            x[k] = parseComponent(text.substring(start, end).trim(), k + 1);
            start = end + 1;
        }
        return x;
    }

    private static double parseComponent(String token, int position) {
        if (token.isEmpty()) {
            throw new UserError("component " + position + " is empty; expected x1;x2;...;xn");
        }
        String lower = token.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            throw new UserError("component " + position + " is '" + token + "': NaN and infinite values are not allowed");
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean allowed = (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
            if (!allowed) {
                throw new UserError("component " + position + " '" + token + "' is not a number");
            }
        }
        double v;
        try {
            v = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new UserError("component " + position + " '" + token + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new UserError("component " + position + " '" + token + "' overflows to " + v);
        }
        return v;
    }
}
