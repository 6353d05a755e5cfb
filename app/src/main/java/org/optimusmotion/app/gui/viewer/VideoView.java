package org.optimusmotion.app.gui.viewer;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.optimusmotion.app.body.BodyScenes;

/**
 * The video frame scaled to fit (aspect kept, letterboxed) on a Canvas, with the input 2D keypoints
 * (green dots) and each fitted body's projected skeleton (in its slot colour) drawn over it.
 */
public final class VideoView extends StackPane {

    private final VideoViewModel vm;
    private final List<Color> slotColors;
    private final Canvas canvas = new Canvas();
    private WritableImage image;

    public VideoView(VideoViewModel vm, List<Color> slotColors) {
        this.vm = vm;
        this.slotColors = List.copyOf(slotColors);
        setId("video-view");
        setMinSize(160, 120);
        setStyle("-fx-background-color: #202428;");
        Pane holder = new Pane(canvas);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        canvas.widthProperty().addListener((obs, old, now) -> redraw());
        canvas.heightProperty().addListener((obs, old, now) -> redraw());
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #e8e8e8; -fx-padding: 8;");
        getChildren().addAll(holder, message);
        vm.imageProperty().addListener((obs, old, frame) -> {
            if (frame != null) {
                if (image == null || image.getWidth() != frame.width() || image.getHeight() != frame.height()) {
                    image = new WritableImage(frame.width(), frame.height());
                }
                image.getPixelWriter().setPixels(0, 0, frame.width(), frame.height(), PixelFormat.getIntArgbInstance(),
                        frame.argb(), 0, frame.width());
            } else {
                image = null;
            }
            redraw();
        });
        vm.overlayProperty().addListener((obs, old, now) -> redraw());
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double cw = canvas.getWidth();
        double ch = canvas.getHeight();
        g.setFill(Color.web("#202428"));
        g.fillRect(0, 0, cw, ch);
        VideoOverlay o = vm.overlayProperty().get();
        double iw = image != null ? image.getWidth() : o != null ? o.imageWidth() : 0;
        double ih = image != null ? image.getHeight() : o != null ? o.imageHeight() : 0;
        if (iw <= 0 || ih <= 0) {
            return;
        }
        double s = Math.min(cw / iw, ch / ih);
        double ox = (cw - s * iw) / 2;
        double oy = (ch - s * ih) / 2;
        if (image != null) {
            g.drawImage(image, ox, oy, s * iw, s * ih);
        }
        if (o == null) {
            return;
        }
        // Overlay coordinates are in the camera's image; the video may be stored at another size.
        double sx = s * iw / o.imageWidth();
        double sy = s * ih / o.imageHeight();
        for (int i = 0; i < o.bodies().size(); i++) {
            double[] body = o.bodies().get(i);
            if (body != null) {
                g.setStroke(slotColors.get(i % slotColors.size()));
                g.setLineWidth(3);
                for (int[] bone : BodyScenes.BONES) {
                    double x0 = body[2 * bone[0]];
                    double y0 = body[2 * bone[0] + 1];
                    double x1 = body[2 * bone[1]];
                    double y1 = body[2 * bone[1] + 1];
                    if (!Double.isNaN(x0 + y0 + x1 + y1)) {
                        g.strokeLine(ox + sx * x0, oy + sy * y0, ox + sx * x1, oy + sy * y1);
                    }
                }
            }
        }
        if (o.input() != null) {
            g.setFill(Color.rgb(60, 220, 90));
            double r = 3.5;
            for (int k = 0; k < o.input().length / 2; k++) {
                double x = o.input()[2 * k];
                double y = o.input()[2 * k + 1];
                if (!Double.isNaN(x + y)) {
                    g.fillOval(ox + sx * x - r, oy + sy * y - r, 2 * r, 2 * r);
                }
            }
        }
    }
}
