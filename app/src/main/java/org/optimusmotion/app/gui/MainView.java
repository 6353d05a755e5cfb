package org.optimusmotion.app.gui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.optimusmotion.app.gui.metrics.MetricsView;
import org.optimusmotion.app.gui.optimize.FitView;
import org.optimusmotion.app.gui.optimize.LossChartView;
import org.optimusmotion.app.gui.timeline.TimelineView;
import org.optimusmotion.app.gui.viewer.SceneView;
import org.optimusmotion.app.gui.viewer.VideoView;
import org.optimusmotion.app.render.Rgba;

/**
 * The main window's content: menu, video and 3D views (a second 3D view in compare mode), loss chart
 * and metrics table, timeline, fit controls and the message bar. Also accepts dropped folders and
 * files. Binds to a {@link MainViewModel}; dialogs (file choosers, the quit question) live here.
 */
public final class MainView extends BorderPane {

    /** Text of Help > Walkthrough (also in the README). */
    static final String WALKTHROUGH = """
            1. The sample clip opens by itself: a person walking, with the 2D keypoints (green dots) on the video \
            and the 3D input track (green ghost) in the 3D view.
            2. Press Start: the body (blue) is fitted to the track; watch the loss fall on the chart and the body \
            settle on the person in both views. Pause, resume or cancel at any time.
            3. Drag in the 3D view to orbit, right-drag (or shift-drag) to pan, scroll to zoom, double-click to reset.
            4. Play, step or scrub the timeline: the video and the 3D views follow together.
            5. View > Compare mode adds fit B (orange) with another optimizer: Start runs both on the same clip, \
            both curves share the chart and the metrics table gets a second column.
            6. File > Export BVH writes the fitted motion for Blender; Export overlay video draws the fit over the clip (MP4); \
            Export metrics writes JSON or CSV.
            7. File > Open case folder (or drop a folder or files on the window) opens your own clip: video.mp4, \
            camera.json, keypoints2d.csv, keypoints3d.csv and optionally ground_truth.csv.""";

    private final MainViewModel vm;
    private final Window owner;

    public MainView(MainViewModel vm, Window owner, PulseMonitor pulses) {
        this.vm = vm;
        this.owner = owner;
        setId("main-view");
        List<Color> colors = new ArrayList<>();
        for (Rgba c : MainViewModel.SLOT_COLORS) {
            colors.add(Color.color(c.r(), c.g(), c.b()));
        }

        setTop(menuBar());

        VideoView videoView = new VideoView(vm.video(), colors);
        SceneView sceneA = new SceneView(vm.sceneA(), vm.slotTitle(0), "scene-a");
        SceneView sceneB = new SceneView(vm.sceneB(), vm.slotTitle(1), "scene-b");
        SplitPane views = new SplitPane(videoView, sceneA);
        views.setId("views");
        vm.compareProperty().addListener((obs, old, now) -> {
            if (now && !views.getItems().contains(sceneB)) {
                views.getItems().add(sceneB);
                views.setDividerPositions(0.36, 0.68);
            } else if (!now) {
                views.getItems().remove(sceneB);
                views.setDividerPositions(0.5);
            }
        });

        LossChartView chart = new LossChartView(List.of(vm.fitA(), vm.fitB()), colors, vm.compareProperty());
        MetricsView metrics = new MetricsView(vm.metrics(), List.of(vm.slotTitle(0), vm.slotTitle(1)), vm.compareProperty());
        SplitPane analysis = new SplitPane(chart, metrics);
        analysis.setDividerPositions(0.66);
        SplitPane centre = new SplitPane(views, analysis);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);
        setCenter(centre);

        FitView fitA = new FitView(vm.fitA(), colors.get(0));
        FitView fitB = new FitView(vm.fitB(), colors.get(1));
        fitB.visibleProperty().bind(vm.compareProperty());
        fitB.managedProperty().bind(vm.compareProperty());
        VBox bottom = new VBox(new TimelineView(vm.timeline()), fitA, fitB, messageBar(), statusBar(pulses));
        setBottom(bottom);

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                List<Path> paths = new ArrayList<>();
                for (File f : e.getDragboard().getFiles()) {
                    paths.add(f.toPath());
                }
                vm.open(paths);
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private MenuBar menuBar() {
        MenuItem openFolder = new MenuItem("Open case folder...");
        openFolder.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        openFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open case folder");
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                vm.open(List.of(dir.toPath()));
            }
        });
        MenuItem openFiles = new MenuItem("Open video and tracks...");
        openFiles.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a video with its tracks and camera (select them together)");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Video, tracks, camera", "*.mp4", "*.mov", "*.avi", "*.mkv", "*.csv",
                            "*.bvh", "*.trc", "*.json"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            List<File> files = chooser.showOpenMultipleDialog(owner);
            if (files != null && !files.isEmpty()) {
                vm.open(files.stream().map(File::toPath).toList());
            }
        });
        MenuItem detect = new MenuItem("Detect keypoints from video...");
        detect.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Detect a person's keypoints in a video (written next to it, then opened)");
            chooser.getExtensionFilters().addAll(
                    new FileChooser.ExtensionFilter("Video", "*.mp4", "*.mov", "*.avi", "*.mkv", "*.webm"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File video = chooser.showOpenDialog(owner);
            if (video != null) {
                vm.detection().detect(video.toPath());
            }
        });
        detect.disableProperty().bind(vm.detection().runningProperty());
        MenuItem cancelDetect = new MenuItem("Cancel detection");
        cancelDetect.setOnAction(e -> vm.detection().cancel());
        cancelDetect.visibleProperty().bind(vm.detection().runningProperty());
        MenuItem openSample = new MenuItem("Open sample");
        openSample.setOnAction(e -> vm.openSample());
        Menu recent = new Menu("Open recent");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : vm.recentFiles()) {
                MenuItem item = new MenuItem(p.toString());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> vm.open(List.of(p)));
                recent.getItems().add(item);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();

        MenuItem bvhA = new MenuItem("Export BVH (fit A)...");
        bvhA.setOnAction(e -> chooseSave("Export BVH", "fit-a.bvh", "BVH motion", "*.bvh").ifPresent(p -> vm.exportBvh(p, 0)));
        MenuItem bvhB = new MenuItem("Export BVH (fit B)...");
        bvhB.setOnAction(e -> chooseSave("Export BVH", "fit-b.bvh", "BVH motion", "*.bvh").ifPresent(p -> vm.exportBvh(p, 1)));
        bvhB.visibleProperty().bind(vm.compareProperty());
        MenuItem overlay = new MenuItem("Export overlay video (MP4)...");
        overlay.setOnAction(e -> chooseSave("Export overlay video", "overlay.mp4", "MP4 video", "*.mp4")
                .ifPresent(vm::exportOverlayVideo));
        MenuItem metricsJson = new MenuItem("Export metrics JSON...");
        metricsJson.setOnAction(e -> chooseSave("Export metrics", "metrics.json", "JSON", "*.json")
                .ifPresent(p -> vm.exportMetrics(p, MetricsFormat.JSON)));
        MenuItem metricsCsv = new MenuItem("Export metrics CSV...");
        metricsCsv.setOnAction(e -> chooseSave("Export metrics", "metrics.csv", "CSV", "*.csv")
                .ifPresent(p -> vm.exportMetrics(p, MetricsFormat.CSV)));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (confirmQuit()) {
                owner.hide();
            }
        });
        Menu file = new Menu("File", null, openFolder, openFiles, detect, cancelDetect, openSample, recent,
                new SeparatorMenuItem(), bvhA, bvhB,
                overlay, metricsJson, metricsCsv, new SeparatorMenuItem(), quit);

        CheckMenuItem compare = new CheckMenuItem("Compare mode (two optimizers)");
        compare.setId("compare-mode");
        compare.selectedProperty().bindBidirectional(vm.compareProperty());
        CheckMenuItem ghost = new CheckMenuItem("Show input track in 3D");
        ghost.selectedProperty().bindBidirectional(vm.sceneA().showInputProperty());
        ghost.selectedProperty().bindBidirectional(vm.sceneB().showInputProperty());
        Menu view = new Menu("View", null, compare, ghost);

        MenuItem start = new MenuItem("Start");
        start.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        start.setOnAction(e -> vm.startFits());
        MenuItem pause = new MenuItem("Pause");
        pause.setOnAction(e -> vm.pauseFits());
        MenuItem resume = new MenuItem("Resume");
        resume.setOnAction(e -> vm.resumeFits());
        MenuItem cancel = new MenuItem("Cancel");
        cancel.setOnAction(e -> vm.cancelFits());
        Menu fit = new Menu("Fit", null, start, pause, resume, cancel);

        MenuItem walkthrough = new MenuItem("Walkthrough");
        walkthrough.setOnAction(e -> {
            Alert a = new Alert(Alert.AlertType.INFORMATION, WALKTHROUGH, ButtonType.OK);
            a.setHeaderText("Optimus Motion in 60 seconds");
            a.initOwner(owner);
            a.show();
        });
        Menu help = new Menu("Help", null, walkthrough);
        return new MenuBar(file, view, fit, help);
    }

    private java.util.Optional<Path> chooseSave(String title, String name, String kind, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        File f = chooser.showSaveDialog(owner);
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Makes closing the window ask first while a fit runs (the window's close button and the Quit item). */
    public void installQuitGuard(javafx.stage.Stage stage) {
        stage.setOnCloseRequest(e -> {
            if (!confirmQuit()) {
                e.consume();
            }
        });
    }

    /** Asks before quitting while a fit runs; true to quit. */
    public boolean confirmQuit() {
        if (!vm.anyFitActive()) {
            return true;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "A fit is still running. Quit and lose it?", ButtonType.CANCEL,
                ButtonType.OK);
        ask.getDialogPane().setId("quit-dialog");
        ask.setHeaderText("Quit Optimus Motion?");
        ask.initOwner(owner);
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private HBox messageBar() {
        Label text = new Label();
        text.setId("message");
        text.textProperty().bind(vm.messageProperty());
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("×");
        close.setOnAction(e -> vm.dismissMessage());
        HBox bar = new HBox(8, text, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        bar.styleProperty().bind(Bindings.createStringBinding(() -> switch (vm.messageKindProperty().get()) {
            case ERROR -> "-fx-background-color: #f8d7da;";
            case WARNING -> "-fx-background-color: #fff3cd;";
            case INFO, NONE -> "-fx-background-color: #e2ecf7;";
        }, vm.messageKindProperty()));
        return bar;
    }

    private HBox statusBar(PulseMonitor pulses) {
        Label responsiveness = new Label();
        responsiveness.setId("responsiveness");
        javafx.animation.Timeline every = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(2), e -> responsiveness.setText(String.format(java.util.Locale.ROOT,
                        "UI thread: longest pause in the last 2 s %.0f ms", pulses.takeWindowMaxGapMillis()))));
        every.setCycleCount(javafx.animation.Animation.INDEFINITE);
        every.play();
        Label caseName = new Label();
        caseName.textProperty().bind(Bindings.createStringBinding(() -> vm.motionCaseProperty().get() == null ? "no case"
                : vm.motionCaseProperty().get().name() + " · " + vm.motionCaseProperty().get().frameCount() + " frames",
                vm.motionCaseProperty()));
        Label weights = new Label();
        weights.setId("optimus-weights");
        weights.textProperty().bind(vm.optimusWeightsProperty());
        weights.setTooltip(new javafx.scene.control.Tooltip());
        weights.getTooltip().textProperty().bind(vm.optimusWeightsProperty());
        weights.setMinWidth(0);
        HBox.setHgrow(weights, Priority.ALWAYS);
        // Only the weights line (long provenance) gives way when the window is narrow.
        caseName.setMinWidth(Region.USE_PREF_SIZE);
        responsiveness.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(16, caseName, responsiveness, weights);
        bar.setPadding(new Insets(2, 8, 2, 8));
        bar.setStyle("-fx-font-size: 11px; -fx-text-fill: #555;");
        return bar;
    }
}
