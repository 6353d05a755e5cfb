package org.optimusmotion.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Root of the command line. Each sub-command is its own class and calls the same services the GUI
 * uses.
 */
@Command(name = "optimus",
        mixinStandardHelpOptions = true,
        version = "Optimus Motion 0.1.0",
        description = "Physically plausible 3D motion from video, fitted with a learned optimizer.",
        subcommands = {
                CommandLine.HelpCommand.class,
                MetaTrainCommand.class,
                FunctionsCommand.class,
                BenchCommand.class,
                TuneCommand.class,
                RenderDemoCommand.class,
                EvaluateCommand.class,
                ConvertCommand.class,
                SampleCommand.class,
                SynthCommand.class,
                ReconstructCommand.class,
                CompareCommand.class,
                TriangulateCommand.class,
                CaseCommand.class,
                DetectCommand.class,
                PhysicsCommand.class,
        })
public final class OptimusCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** A configured command line: user errors print a one-line message, not a stack trace. */
    public static CommandLine newCommandLine() {
        CommandLine cmd = new CommandLine(new OptimusCommand());
        cmd.setExecutionExceptionHandler(new UserErrorHandler());
        return cmd;
    }
}
