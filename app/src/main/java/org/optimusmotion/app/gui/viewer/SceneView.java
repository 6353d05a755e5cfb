package org.optimusmotion.app.gui.viewer;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link SceneViewModel}'s renders and turns mouse gestures into camera moves: drag to orbit,
 * right-drag or shift-drag to pan, wheel to zoom, double-click to reset. Renders arrive finished and
 * at the view's size (up to {@link SceneViewModel#MAX_RENDER_WIDTH}): the UI thread only copies them
 * into a pixel buffer ({@link FxArgbImage}), and the render thread draws them unscaled.
 */
public final class SceneView extends StackPane {

    private final ImageView imageView = new ImageView();
    private final FxArgbImage pixels = new FxArgbImage();
    private double lastX;
    private double lastY;

    public SceneView(SceneViewModel vm, ObservableStringValue title, String id) {
        setId(id);
        setMinSize(160, 120);
        setStyle("-fx-background-color: #cdd7e4;");
        Pane canvas = new Pane(imageView);
        imageView.fitWidthProperty().bind(canvas.widthProperty());
        imageView.fitHeightProperty().bind(canvas.heightProperty());
        imageView.setPreserveRatio(false);
        canvas.widthProperty().addListener((obs, old, now) -> vm.setViewport(canvas.getWidth(), canvas.getHeight()));
        canvas.heightProperty().addListener((obs, old, now) -> vm.setViewport(canvas.getWidth(), canvas.getHeight()));

        vm.imageProperty().addListener((obs, old, frame) -> show(frame));

        Label heading = new Label();
        heading.textProperty().bind(title);
        heading.setStyle("-fx-background-color: rgba(255,255,255,0.75); -fx-padding: 2 6 2 6; -fx-font-weight: bold;");
        CheckBox input = new CheckBox("input (green)");
        input.selectedProperty().bindBidirectional(vm.showInputProperty());
        input.setStyle("-fx-background-color: rgba(255,255,255,0.75); -fx-padding: 2 6 2 6;");
        VBox corner = new VBox(2, heading, input);
        corner.setPickOnBounds(false);
        corner.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        StackPane.setAlignment(corner, Pos.TOP_LEFT);
        StackPane.setMargin(corner, new Insets(6));

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.setWrapText(true);
        message.setStyle("-fx-background-color: #fff3cd; -fx-padding: 8;");

        getChildren().addAll(canvas, corner, message);

        canvas.setOnMousePressed(e -> {
            lastX = e.getX();
            lastY = e.getY();
        });
        canvas.setOnMouseDragged(e -> {
            double dx = e.getX() - lastX;
            double dy = e.getY() - lastY;
            lastX = e.getX();
            lastY = e.getY();
            double scale = pixels.image() == null ? 1 : pixels.image().getWidth() / Math.max(1, canvas.getWidth());
            if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE || e.isShiftDown()) {
                vm.pan(dx * scale, dy * scale);
            } else {
                vm.orbit(dx, dy);
            }
        });
        canvas.setOnScroll(e -> vm.zoom(Math.pow(0.999, e.getDeltaY())));
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.resetView();
            }
        });
    }

    private void show(ArgbFrame frame) {
        if (frame == null) {
            imageView.setImage(null);
            return;
        }
        WritableImage image = pixels.show(frame);
        if (imageView.getImage() != image) {
            imageView.setImage(image);
        }
        // Filtering only when the view is larger than the render (wider than MAX_RENDER_WIDTH).
        imageView.setSmooth(Math.abs(imageView.getFitWidth() - frame.width()) > 1);
    }
}
