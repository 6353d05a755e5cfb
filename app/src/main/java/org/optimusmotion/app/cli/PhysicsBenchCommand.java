package org.optimusmotion.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.optimusmotion.physics.check.SimulatorBenchmark;
import org.optimusmotion.physics.model.HumanoidLoader;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus physics bench}: forward steps per second (one core), gradient cost over forward cost
 * on the same one-second rollout, and, when MuJoCo is installed, MuJoCo's humanoid stepped in the
 * same run by {@code scripts/mujoco_bench.c} (built by {@code scripts/build-mujoco-bench.sh}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time forward simulation and gradients of the humanoid; compare with MuJoCo when installed.")
public final class PhysicsBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Debian's libmujoco-samples location of the humanoid. */
    static final String MUJOCO_HUMANOID = "/usr/share/mujoco/model/humanoid/humanoid.xml";

    @Option(names = "--json", description = "Write the report as JSON to this file.")
    Path json;

    @Option(names = "--frames", defaultValue = "31", description = "Video frames per timed rollout (default: ${DEFAULT-VALUE} = 1 s at 30 fps).")
    int frames;

    @Option(names = "--repeats", defaultValue = "20", description = "Timed rollouts (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--mujoco-steps", defaultValue = "20000", description = "MuJoCo steps to time (default: ${DEFAULT-VALUE}).")
    int mujocoSteps;

    @Option(names = "--scripts", defaultValue = "scripts", description = "Folder with build-mujoco-bench.sh (default: ${DEFAULT-VALUE}).")
    Path scripts;

    @Option(names = "--no-mujoco", description = "Skip the MuJoCo comparison.")
    boolean noMujoco;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (frames < 2 || repeats < 1) {
            throw new UserError("--frames must be >= 2 and --repeats >= 1");
        }
        Model m = HumanoidLoader.loadDefault();
        SimOptions o = SimOptions.DEFAULT;
        SimulatorBenchmark.Report r = SimulatorBenchmark.run(m, o, frames, repeats, 1L);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps_per_second", r.stepsPerSecond());
        out.put("gradient_over_forward_time", r.gradientOverForward());
        out.put("dof", r.dof());
        out.put("timestep_seconds", r.timestepSeconds());
        out.put("steps_per_rollout", r.stepsPerRollout());
        out.put("simulated_seconds_per_rollout", r.simulatedSecondsPerRollout());
        out.put("forward_seconds_per_rollout", r.forwardSecondsPerRollout());
        out.put("forward_and_gradient_seconds_per_rollout", r.gradientSecondsPerRollout());
        out.put("contact_steps_per_rollout", r.contactSteps());
        String line = String.format(java.util.Locale.ROOT, "ours: %d DoF, %.0f steps/s, gradient/forward %.2f, forward+gradient of %.2f s simulated: %.4f s",
                r.dof(), r.stepsPerSecond(), r.gradientOverForward(), r.simulatedSecondsPerRollout(), r.gradientSecondsPerRollout());
        spec.commandLine().getOut().println(line);
        if (noMujoco) {
            out.put("mujoco_skipped", "--no-mujoco");
        } else {
            JsonNode mj = runMujoco(out);
            if (mj != null) {
                double mjRate = mj.path("steps_per_second").asDouble();
                double fd = mj.path("transition_fd_seconds").asDouble();
                double mjDt = mj.path("timestep").asDouble();
                out.put("mujoco_steps_per_second", mjRate);
                out.put("mujoco_model", MUJOCO_HUMANOID);
                out.put("mujoco_nv", mj.path("nv").asInt());
                out.put("mujoco_timestep_seconds", mjDt);
                out.put("mujoco_version", mj.path("mujoco_version").asInt());
                out.put("steps_per_second_over_mujoco", r.stepsPerSecond() / mjRate);
                out.put("mujoco_transition_fd_seconds_per_step", fd);
                // MuJoCo's derivative of one simulated second: one transitionFD per MuJoCo step.
                double mjOneSecond = fd * (1.0 / mjDt);
                out.put("mujoco_transition_fd_seconds_per_simulated_second", mjOneSecond);
                double ours = r.gradientSecondsPerRollout() / r.simulatedSecondsPerRollout();
                out.put("gradient_seconds_per_simulated_second", ours);
                out.put("mujoco_fd_over_our_gradient_per_simulated_second", mjOneSecond / ours);
                spec.commandLine().getOut().printf(java.util.Locale.ROOT, "mujoco: nv %d, %.0f steps/s (ratio ours/mujoco %.2f), transitionFD %.2f ms/step%n",
                        mj.path("nv").asInt(), mjRate, r.stepsPerSecond() / mjRate, 1e3 * fd);
            }
        }
        if (json != null) {
            JsonFiles.writeAtomically(json, out);
        }
        return 0;
    }

    /** Builds (if needed) and runs the MuJoCo benchmark; returns its JSON or records why it was skipped. */
    private JsonNode runMujoco(Map<String, Object> out) throws IOException, InterruptedException {
        if (!Files.isRegularFile(Path.of(MUJOCO_HUMANOID))) {
            out.put("mujoco_skipped", "MuJoCo samples not installed (" + MUJOCO_HUMANOID + " missing; apt-get install -y libmujoco-dev libmujoco-samples)");
            return null;
        }
        Path build = scripts.resolve("build-mujoco-bench.sh");
        if (!Files.isRegularFile(build)) {
            out.put("mujoco_skipped", "build script " + build + " not found (run from the repository root or pass --scripts)");
            return null;
        }
        Path binary = Files.createTempDirectory("optimus-mujoco-bench").resolve("mujoco_bench");
        Process b = new ProcessBuilder("bash", build.toString(), binary.toString()).redirectErrorStream(true).start();
        String buildLog = new String(b.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!b.waitFor(120, TimeUnit.SECONDS) || b.exitValue() != 0) {
            out.put("mujoco_skipped", "could not build the MuJoCo benchmark: " + buildLog.strip());
            return null;
        }
        Process p = new ProcessBuilder(binary.toString(), MUJOCO_HUMANOID, Integer.toString(mujocoSteps)).start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            out.put("mujoco_skipped", "MuJoCo benchmark failed: " + stderr.strip());
            return null;
        }
        Files.deleteIfExists(binary);
        Files.deleteIfExists(binary.getParent());
        return new ObjectMapper().readTree(stdout);
    }
}
