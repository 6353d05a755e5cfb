package org.optimusmotion.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code optimus physics ...}: checks and benchmarks of the differentiable simulator. */
@Command(name = "physics",
        mixinStandardHelpOptions = true,
        description = "Checks and benchmarks of the differentiable body simulator.",
        subcommands = {PhysicsGradcheckCommand.class, PhysicsBenchCommand.class})
public final class PhysicsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
