package org.optimusmotion.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code optimus case SOURCE ...}: builds case folders (docs/synthetic-cases.md) from real data sets. */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Builds a case folder for reconstruct/compare from a real data set.",
        subcommands = {CasePose2SimCommand.class, CaseSports2DCommand.class})
public final class CaseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
