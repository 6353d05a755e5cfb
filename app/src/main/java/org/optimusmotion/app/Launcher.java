package org.optimusmotion.app;

import org.optimusmotion.app.cli.OptimusCommand;
import org.optimusmotion.app.gui.MotionApp;

/**
 * Entry point of {@code ./optimus}: no arguments opens the desktop app, any argument runs the
 * command-line interface. Deliberately not a JavaFX {@code Application}, so that the JavaFX jars can
 * sit on the class path and the command line never initialises a toolkit.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            MotionApp.launchApp(args);
        } else {
            System.exit(OptimusCommand.execute(args));
        }
    }
}
