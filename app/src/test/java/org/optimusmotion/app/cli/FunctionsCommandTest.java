package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.optimusmotion.optimizer.functions.TestFunctions;
import picocli.CommandLine;

/** {@code optimus functions list|eval}: output format and error exit codes. */
class FunctionsCommandTest {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @TempDir
    Path tmp;

    /** Exit code, stdout and stderr of one command line run. */
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void listShowsEveryFunction() {
        Run r = run("functions", "list");
        assertEquals(0, r.exitCode(), r.err());
        for (var f : TestFunctions.all()) {
            assertTrue(r.out().contains(f.name() + " "), f.name());
        }
        assertTrue(r.out().contains("[-32.768, 32.768]"));
    }

    @Test
    void evalPrintsOneJsonObjectWithFullPrecision() throws IOException {
        Run r = run("functions", "eval", "--name", "rosenbrock", "--x", "-1.2;1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(1, lines.length, r.out());
        assertTrue(lines[0].startsWith("{\"name\":\"rosenbrock\",\"n\":2,\"f\":"), lines[0]);
        JsonNode node = JSON.readTree(lines[0]);
        double[] g = new double[2];
        double f = TestFunctions.ROSENBROCK.value(new double[] {-1.2, 1}, g);
        // the printed decimal must parse back to exactly the same doubles
        assertEquals(f, node.get("f").asDouble(), 0.0);
        assertEquals(g[0], node.get("grad").get(0).asDouble(), 0.0);
        assertEquals(g[1], node.get("grad").get(1).asDouble(), 0.0);
        assertEquals(2, node.get("n").asInt());
    }

    @Test
    void batchPrintsOneLinePerPointInOrderAndSkipsBlankLines() throws IOException {
        Path file = tmp.resolve("points.txt");
        Files.writeString(file, "sphere,1;2;3\n\n  \nackley,0.1;-0.2\nperm0,0.5; 0.25 ;1e-3\n", StandardCharsets.UTF_8);
        Run r = run("functions", "eval", "--batch", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(3, lines.length, r.out());
        assertEquals("{\"name\":\"sphere\",\"n\":3,\"f\":14.0,\"grad\":[2.0,4.0,6.0]}", lines[0]);
        assertEquals("ackley", JSON.readTree(lines[1]).get("name").asText());
        JsonNode perm = JSON.readTree(lines[2]);
        assertEquals(3, perm.get("n").asInt());
        assertEquals(TestFunctions.PERM0.value(new double[] {0.5, 0.25, 1e-3}, null), perm.get("f").asDouble(), 0.0);
    }

    @Test
    void badInputGivesOneLineAndExitCode2() throws IOException {
        assertUserError(run("functions", "eval", "--name", "nope", "--x", "1"), "unknown test function 'nope'");
        assertUserError(run("functions", "eval", "--name", "nope", "--x", "1"), "sum_different_powers");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", ""), "empty vector");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;;2"), "component 2 is empty");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;NaN"), "NaN and infinite");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;-Infinity"), "NaN and infinite");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;1e999"), "overflows");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;abc"), "'abc' is not a number");
        assertUserError(run("functions", "eval", "--name", "sphere", "--x", "1;0x10"), "is not a number");
        assertUserError(run("functions", "eval", "--name", "powell", "--x", "1;2;3"), "at least 4 components");
        assertUserError(run("functions", "eval", "--name", "sphere"), "needs --name NAME and --x");
        assertUserError(run("functions", "eval", "--batch", tmp.resolve("missing.txt").toString()), "does not exist");
        assertUserError(run("functions", "eval", "--batch", tmp.toString()), "cannot read batch file");

        Path bad = tmp.resolve("bad.txt");
        Files.writeString(bad, "sphere,1;2\n\nrosenbrock,1\n", StandardCharsets.UTF_8);
        Run r = run("functions", "eval", "--batch", bad.toString());
        assertUserError(r, bad + ":3: rosenbrock needs at least 2 components");
        Files.writeString(bad, "sphere 1;2\n", StandardCharsets.UTF_8);
        assertUserError(run("functions", "eval", "--batch", bad.toString()), bad + ":1: expected NAME,x1");
        Files.writeString(bad, "sphere,1\nlevy,2;inf\n", StandardCharsets.UTF_8);
        assertUserError(run("functions", "eval", "--batch", bad.toString()), bad + ":2: component 2");
    }

    private static void assertUserError(Run r, String expectedFragment) {
        assertEquals(UserError.EXIT_CODE, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertTrue(r.err().contains(expectedFragment), () -> "expected '" + expectedFragment + "' in: " + r.err());
        assertEquals(1, r.err().strip().split("\n").length, "one-line message expected: " + r.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("functions", "eval", "--frobnicate");
        assertTrue(r.exitCode() != 0);
    }
}
