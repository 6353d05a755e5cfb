package org.optimusmotion.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.optimusmotion.physics.check.RolloutGradcheck;
import org.optimusmotion.physics.model.HumanoidLoader;
import java.util.List;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;
import org.optimusmotion.physics.model.SimOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus physics gradcheck}: the rollout gradient of a keypoint loss with respect to all of
 * s0 and q-hat against central finite differences, on a random physical motion with ground contact.
 */
@Command(name = "gradcheck", mixinStandardHelpOptions = true,
        description = "Compare the rollout gradient (all of s0 and q-hat) with finite differences on a random motion "
                + "of the humanoid touching the ground.")
public final class PhysicsGradcheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--frames", defaultValue = "12", description = "Video frames of the rollout (default: ${DEFAULT-VALUE}: 86 + 12 x 37 = 530 parameters).")
    int frames;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random motion (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "Write the report as JSON to this file.")
    Path json;

    @Option(names = "--step-height", defaultValue = "0", description = "Also put a step of this height (m) just in front of "
            + "the toes (x from 0.13 m to 0.53 m), so that box contacts are checked too (default: none).")
    double stepHeight;

    @Override
    public Integer call() {
        if (frames < 2 || frames > 300) {
            throw new UserError("--frames " + frames + " must be in [2, 300]");
        }
        if (stepHeight < 0 || stepHeight > 0.5) {
            throw new UserError("--step-height " + stepHeight + " must be in [0, 0.5] m");
        }
        Model m = HumanoidLoader.loadDefault();
        SimOptions o = stepHeight > 0
                ? SimOptions.DEFAULT.withScene(new Scene(List.of(Scene.Box.step(0.13, 0.53, 0.5, stepHeight))))
                : SimOptions.DEFAULT;
        RolloutGradcheck.Report r = RolloutGradcheck.run(m, o, frames, seed);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("max_relative_error", r.maxRelativeError());
        out.put("parameters", r.parameters());
        out.put("non_zero_gradients", r.nonZeroGradients());
        out.put("max_abs_gradient", r.maxAbsGradient());
        out.put("relative_error_floor", r.floor());
        out.put("relative_error_definition", "|g - g_fd| / max(|g|, |g_fd|, floor), floor = "
                + RolloutGradcheck.DEFAULT_FLOOR_FRACTION + " * max|g|; g_fd: 4th-order central differences at 10 steps from h down to h/31623 (middle of the best-agreeing consecutive triple), h = "
                + RolloutGradcheck.DEFAULT_STEP);
        out.put("worst_parameter", r.worstParameter());
        out.put("analytic_at_worst", r.analyticAtWorst());
        out.put("numeric_at_worst", r.numericAtWorst());
        out.put("frames", r.frames());
        out.put("steps", r.steps());
        out.put("contact_steps", r.contactSteps());
        out.put("mean_active_contacts", r.meanActiveContacts());
        out.put("loss", r.loss());
        out.put("dof", m.dof());
        out.put("timestep_seconds", o.timestepSeconds());
        out.put("seed", seed);
        out.put("step_height_m", stepHeight);
        out.put("seconds", r.seconds());
        if (json != null) {
            JsonFiles.writeAtomically(json, out);
        }
        spec.commandLine().getOut().printf(java.util.Locale.ROOT,
                "gradcheck: %d parameters, max relative error %.3e (worst %s: %.6e vs %.6e), contacts active in %d of %d steps, %.1f s%n",
                r.parameters(), r.maxRelativeError(), r.worstParameter(), r.analyticAtWorst(), r.numericAtWorst(), r.contactSteps(),
                r.steps(), r.seconds());
        return 0;
    }
}
