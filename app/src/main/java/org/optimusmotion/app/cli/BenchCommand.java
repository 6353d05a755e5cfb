package org.optimusmotion.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code optimus bench ...}: benchmarks and peer checks, one sub-command class each. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks and peer checks of the optimizers.",
        subcommands = {
                FunctionsBenchCommand.class,
                RosenbrockPeerCommand.class,
                ReconstructionBenchCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
