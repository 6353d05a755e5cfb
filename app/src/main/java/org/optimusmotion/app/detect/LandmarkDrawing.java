package org.optimusmotion.app.detect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.optimusmotion.optimizer.io.AtomicFiles;

/**
 * Draws a frame's detected landmarks over the video frame (left side green, right side orange, face
 * yellow) and writes it as PNG, for checking by eye that the landmarks land on the body. Stateless.
 */
public final class LandmarkDrawing {

    /** Bones drawn between MediaPipe body landmarks (arms, trunk, legs, feet). */
    static final int[][] BONES = {{11, 12}, {11, 13}, {13, 15}, {12, 14}, {14, 16}, {11, 23}, {12, 24}, {23, 24},
        {23, 25}, {25, 27}, {27, 29}, {29, 31}, {27, 31}, {24, 26}, {26, 28}, {28, 30}, {30, 32}, {28, 32}};
    private static final Color LEFT = new Color(40, 200, 80);
    private static final Color RIGHT = new Color(255, 140, 30);
    private static final Color FACE = new Color(255, 230, 40);

    private LandmarkDrawing() {
    }

    /**
     * Draws frame {@code f} of {@code track} on {@code image} (the video frame, modified) and writes it to
     * {@code file}, scaled so that its long side is at most {@code maxSidePx}.
     */
    public static void writePng(Path file, BufferedImage image, DetectionTrack track, int f, int maxSidePx) throws IOException {
        writePng(file, image, track, f, maxSidePx, false);
    }

    /**
     * As {@link #writePng(Path, BufferedImage, DetectionTrack, int, int)}; with {@code cropToPerson}, only
     * the region around the person (their landmarks' bounding box, enlarged by half) is kept.
     */
    public static void writePng(Path file, BufferedImage image, DetectionTrack track, int f, int maxSidePx, boolean cropToPerson)
            throws IOException {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double unit = Math.max(image.getWidth(), image.getHeight()) / 400.0;
        if (track.found(f)) {
            g.setStroke(new BasicStroke((float) (1.5 * unit)));
            for (int[] bone : BONES) {
                g.setColor(colour(bone[0]).brighter());
                g.draw(new Line2D.Double(track.x(f, bone[0]), track.y(f, bone[0]), track.x(f, bone[1]), track.y(f, bone[1])));
            }
            double r = 2.2 * unit;
            for (int k = 0; k < DetectionTrack.L; k++) {
                g.setColor(colour(k));
                g.fill(new Ellipse2D.Double(track.x(f, k) - r, track.y(f, k) - r, 2 * r, 2 * r));
            }
        }
        g.dispose();
        if (cropToPerson && track.found(f)) {
            image = personRegion(image, track, f);
        }
        double scale = Math.min(1, (double) maxSidePx / Math.max(image.getWidth(), image.getHeight()));
        BufferedImage out = new BufferedImage((int) Math.round(image.getWidth() * scale), (int) Math.round(image.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D o = out.createGraphics();
        o.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        o.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        o.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        float text = Math.max(10, out.getWidth() / 30f);
        o.setFont(o.getFont().deriveFont(text));
        String label = "frame " + f + (track.found(f) ? String.format(java.util.Locale.ROOT, "  presence %.2f", track.presence(f))
                : "  no person");
        // White on a dark offset copy: readable on any background.
        o.setColor(Color.BLACK);
        o.drawString(label, text / 2 + 1, 1.3f * text + 1);
        o.setColor(Color.WHITE);
        o.drawString(label, text / 2, 1.3f * text);
        o.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(out, "png", bytes);
        AtomicFiles.writeBytes(file, bytes.toByteArray());
    }

    private static BufferedImage personRegion(BufferedImage image, DetectionTrack track, int f) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < DetectionTrack.L; k++) {
            minX = Math.min(minX, track.x(f, k));
            maxX = Math.max(maxX, track.x(f, k));
            minY = Math.min(minY, track.y(f, k));
            maxY = Math.max(maxY, track.y(f, k));
        }
        double side = 1.5 * Math.max(maxX - minX, maxY - minY);
        int x0 = (int) Math.max(0, Math.round((minX + maxX - side) / 2));
        int y0 = (int) Math.max(0, Math.round((minY + maxY - side) / 2));
        int x1 = (int) Math.min(image.getWidth(), Math.round((minX + maxX + side) / 2));
        int y1 = (int) Math.min(image.getHeight(), Math.round((minY + maxY + side) / 2));
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return image;
        }
        return image.getSubimage(x0, y0, x1 - x0, y1 - y0);
    }

    /** Face yellow; MediaPipe's left landmarks have odd indices from 11 on (left shoulder 11, left hip 23). */
    private static Color colour(int landmark) {
        if (landmark < 11) {
            return FACE;
        }
        return landmark % 2 == 1 ? LEFT : RIGHT;
    }
}
