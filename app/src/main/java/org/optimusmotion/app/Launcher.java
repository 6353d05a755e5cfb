package org.optimusmotion.app;

import org.optimusmotion.app.cli.OptimusCommand;
import org.optimusmotion.app.gui.MotionApp;

/**
 * Entry point of {@code ./optimus}: no arguments opens the desktop app on the bundled sample,
 * {@code gui [options] [CASE]} opens it with options (see {@code gui.LaunchOptions}), any other
 * argument runs the command-line interface. Deliberately not a JavaFX {@code Application}, so that the JavaFX jars can
 * sit on the class path and the command line never initialises a toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            MotionApp.launchApp(args);
        } else if (args[0].equals("gui")) {
            MotionApp.launchApp(java.util.Arrays.copyOfRange(args, 1, args.length));
        } else {
            System.exit(OptimusCommand.execute(args));
        }
    }
}
