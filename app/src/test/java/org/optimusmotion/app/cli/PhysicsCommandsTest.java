package org.optimusmotion.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PhysicsCommandsTest {

    private static int run(StringWriter out, String... args) {
        CommandLine cmd = OptimusCommand.newCommandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(out));
        return cmd.execute(args);
    }

    @Test
    void gradcheckWritesTheReport(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("gradcheck.json");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "physics", "gradcheck", "--frames", "2", "--seed", "4", "--json", json.toString()), out.toString());
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertEquals(43 * 2 + 2 * 37, r.get("parameters").asInt());
        assertTrue(r.get("max_relative_error").asDouble() < 1e-5, r.toString());
        assertTrue(r.get("contact_steps").asInt() > 0, r.toString());
        assertTrue(r.get("seconds").asDouble() > 0);
    }

    @Test
    void benchWritesTheReportWithoutMujoco(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("bench.json");
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "physics", "bench", "--frames", "3", "--repeats", "1", "--no-mujoco", "--json", json.toString()),
                out.toString());
        JsonNode r = new ObjectMapper().readTree(json.toFile());
        assertTrue(r.get("steps_per_second").asDouble() > 0);
        // timings of one tiny rollout are noise: only check that they are there and positive
        assertTrue(r.get("gradient_over_forward_time").asDouble() > 0);
        assertEquals(43, r.get("dof").asInt());
        assertTrue(r.has("mujoco_skipped"));
    }

    @Test
    void badFrameCountIsAUserError() {
        StringWriter out = new StringWriter();
        assertEquals(UserError.EXIT_CODE, run(out, "physics", "gradcheck", "--frames", "1"));
        assertTrue(out.toString().contains("--frames"), out.toString());
    }
}
