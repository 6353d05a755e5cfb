package org.optimusmotion.app.gui.viewer;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import org.optimusmotion.app.body.BodyScenes;

/**
 * The video frame scaled to fit (aspect kept, letterboxed), with the input 2D keypoints (green dots)
 * and each fitted body's projected skeleton (in its slot colour) over it. The frame is an
 * {@link ImageView} and the overlay is made of {@link Line} and {@link Circle} nodes, not a canvas: when
 * the body moves during a fit only the few bones that moved are repainted, instead of the whole
 * scaled video frame (which cost the software render thread 10-40 ms per update).
 */
public final class VideoView extends StackPane {

    private static final double BONE_WIDTH_PX = 3;
    private static final double DOT_RADIUS_PX = 3.5;

    private final VideoViewModel vm;
    private final Pane frameArea = new Pane();
    private final ImageView video = new ImageView();
    private final FxArgbImage pixels = new FxArgbImage();
    /** Per fit slot, one line per bone of {@link BodyScenes#BONES}. */
    private final Line[][] bones;
    private final Circle[] dots = new Circle[VideoOverlay.KEYPOINTS];
    private double frameWidth;
    private double frameHeight;

    public VideoView(VideoViewModel vm, List<Color> slotColors) {
        this.vm = vm;
        setId("video-view");
        setMinSize(160, 120);
        setStyle("-fx-background-color: #202428;");

        video.setManaged(false);
        video.setSmooth(true);
        Group overlay = new Group();
        overlay.setManaged(false);
        overlay.setAutoSizeChildren(false);
        bones = new Line[slotColors.size()][BodyScenes.BONES.length];
        for (int slot = 0; slot < bones.length; slot++) {
            for (int b = 0; b < BodyScenes.BONES.length; b++) {
                Line line = new Line();
                line.setStroke(slotColors.get(slot));
                line.setStrokeWidth(BONE_WIDTH_PX);
                line.setStrokeLineCap(StrokeLineCap.ROUND);
                line.setVisible(false);
                bones[slot][b] = line;
                overlay.getChildren().add(line);
            }
        }
        for (int k = 0; k < dots.length; k++) {
            dots[k] = new Circle(DOT_RADIUS_PX, Color.rgb(60, 220, 90));
            dots[k].setVisible(false);
            overlay.getChildren().add(dots[k]);
        }
        frameArea.getChildren().addAll(video, overlay);
        frameArea.setMinSize(0, 0);
        frameArea.setPrefSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(frameArea.widthProperty());
        clip.heightProperty().bind(frameArea.heightProperty());
        frameArea.setClip(clip);
        frameArea.widthProperty().addListener((obs, old, now) -> relayout());
        frameArea.heightProperty().addListener((obs, old, now) -> relayout());

        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #e8e8e8; -fx-padding: 8;");
        getChildren().addAll(frameArea, message);

        vm.imageProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                video.setImage(pixels.show(frame));
                frameWidth = frame.width();
                frameHeight = frame.height();
            } else {
                video.setImage(null);
                frameWidth = 0;
                frameHeight = 0;
            }
            relayout();
        });
        vm.overlayProperty().addListener((obs, old, now) -> relayout());
    }

    /** Places the frame and the overlay for the current size, frame and overlay. */
    private void relayout() {
        double cw = frameArea.getWidth();
        double ch = frameArea.getHeight();
        VideoOverlay o = vm.overlayProperty().get();
        double iw = frameWidth > 0 ? frameWidth : o != null ? o.imageWidth() : 0;
        double ih = frameHeight > 0 ? frameHeight : o != null ? o.imageHeight() : 0;
        if (iw <= 0 || ih <= 0 || cw <= 0 || ch <= 0) {
            hideOverlay();
            return;
        }
        double s = Math.min(cw / iw, ch / ih);
        double ox = (cw - s * iw) / 2;
        double oy = (ch - s * ih) / 2;
        video.setX(ox);
        video.setY(oy);
        video.setFitWidth(s * iw);
        video.setFitHeight(s * ih);
        if (o == null) {
            hideOverlay();
            return;
        }
        // Overlay coordinates are in the camera's image; the video may be stored at another size.
        double sx = s * iw / o.imageWidth();
        double sy = s * ih / o.imageHeight();
        for (int slot = 0; slot < bones.length; slot++) {
            double[] body = slot < o.bodies().size() ? o.bodies().get(slot) : null;
            for (int b = 0; b < BodyScenes.BONES.length; b++) {
                Line line = bones[slot][b];
                if (body == null) {
                    line.setVisible(false);
                    continue;
                }
                int[] bone = BodyScenes.BONES[b];
                double x0 = body[2 * bone[0]];
                double y0 = body[2 * bone[0] + 1];
                double x1 = body[2 * bone[1]];
                double y1 = body[2 * bone[1] + 1];
                boolean ok = !Double.isNaN(x0 + y0 + x1 + y1);
                line.setVisible(ok);
                if (ok) {
                    line.setStartX(ox + sx * x0);
                    line.setStartY(oy + sy * y0);
                    line.setEndX(ox + sx * x1);
                    line.setEndY(oy + sy * y1);
                }
            }
        }
        double[] input = o.input();
        for (int k = 0; k < dots.length; k++) {
            boolean ok = input != null && 2 * k + 1 < input.length && !Double.isNaN(input[2 * k] + input[2 * k + 1]);
            dots[k].setVisible(ok);
            if (ok) {
                dots[k].setCenterX(ox + sx * input[2 * k]);
                dots[k].setCenterY(oy + sy * input[2 * k + 1]);
            }
        }
    }

    private void hideOverlay() {
        for (Line[] slot : bones) {
            for (Line line : slot) {
                line.setVisible(false);
            }
        }
        for (Circle dot : dots) {
            dot.setVisible(false);
        }
    }
}
