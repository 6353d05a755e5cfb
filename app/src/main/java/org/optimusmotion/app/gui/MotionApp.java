package org.optimusmotion.app.gui;

import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The desktop application. For now a window that says what the program will do; the fitting views
 * arrive with the app issue.
 */
public final class MotionApp extends Application {

    /** Starts the JavaFX toolkit and shows the main window; returns when the window closes. */
    public static void launchApp(String[] args) {
        Application.launch(MotionApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Label message = new Label("Optimus Motion\n\nThe fitting views are not built yet.\n"
                + "Run ./optimus --help for the command line.");
        message.setId("welcome");
        BorderPane root = new BorderPane(message);
        root.setPadding(new Insets(24));
        stage.setTitle("Optimus Motion");
        stage.setScene(new Scene(root, 640, 400));
        stage.show();
    }
}
