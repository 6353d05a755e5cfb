package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RosenbrockPeerCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void printsOneJsonLinePerOptimizerWithThePeerFields() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "bench", "rosenbrock-peer", "--n", "2");
        assertEquals(0, code, err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(2, lines.length, out.toString());
        for (String line : lines) {
            JsonNode node = JSON.readTree(line);
            for (String field : new String[] {"side", "optimizer", "n", "iterations", "evaluations", "seconds",
                    "seconds_per_iteration", "final_f", "stop"}) {
                assertTrue(node.has(field), field + " missing in " + line);
            }
            assertEquals(2, node.get("n").asInt());
            assertTrue(node.get("final_f").asDouble() < 1e-10, line);
            assertTrue(node.get("evaluations").asLong() > node.get("iterations").asLong(), line);
        }
    }

    @Test
    void badOptimizerSpecIsAUserError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "bench", "rosenbrock-peer", "--n", "2", "--optimizers", "newton");
        assertEquals(UserError.EXIT_CODE, code);
        assertEquals("error: unknown optimizer 'newton'; valid: gd, gdm, adam, bfgs, lbfgs", err.toString().strip());
    }
}
