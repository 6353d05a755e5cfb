package org.optimusmotion.app.detect;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.HOGDescriptor;

/**
 * Finds people in a frame with OpenCV's HOG people detector (Dalal and Triggs, CVPR 2005; the default
 * 64 × 128 pedestrian SVM), on a copy of the frame shrunk to at most {@value #WORK_LONG_SIDE_PX} pixels
 * on its long side (a person a few hundred pixels tall is what the detector's pyramid is fast for).
 * Returns boxes in full-frame pixels, most likely first (SVM score × box area: the largest, most
 * confident person wins). Not thread-safe; holds native memory: close it.
 */
public final class PersonFinder implements AutoCloseable {

    /** Long side of the image HOG runs on, pixels. */
    public static final int WORK_LONG_SIDE_PX = 480;

    /** A person box in full-frame pixels with the detector's SVM score. */
    public record Box(double xPx, double yPx, double widthPx, double heightPx, double score) {

        /** Ranking key: larger and more confident first. */
        double rank() {
            return Math.max(score, 0.01) * widthPx * heightPx;
        }
    }

    private final HOGDescriptor hog = new HOGDescriptor();
    private final Mat svm;
    private final RectVector found = new RectVector();
    private final DoublePointer weights = new DoublePointer();
    private final Size winStride = new Size(8, 8);
    private final Size padding = new Size(16, 16);
    private Mat work;
    private byte[] bgr = new byte[0];

    public PersonFinder() {
        FloatPointer coefficients = HOGDescriptor.getDefaultPeopleDetector();
        // The 64 × 128 detector has 3781 coefficients (3780 weights and the bias).
        svm = new Mat(1, (int) coefficients.limit(), CV_32F, coefficients).clone();
        hog.setSVMDetector(svm);
        coefficients.close();
    }

    /** People in {@code argb} ({@code width × height}), most likely first; empty when none. */
    public List<Box> find(int[] argb, int width, int height) {
        double shrink = Math.min(1, (double) WORK_LONG_SIDE_PX / Math.max(width, height));
        int w = Math.max(1, (int) Math.round(width * shrink));
        int h = Math.max(1, (int) Math.round(height * shrink));
        if (work == null || work.cols() != w || work.rows() != h) {
            if (work != null) {
                work.close();
            }
            work = new Mat(h, w, CV_8UC3);
            bgr = new byte[3 * w * h];
        }
        downsampleToBgr(argb, width, height, w, h, bgr);
        ByteBuffer buffer = work.createBuffer();
        buffer.put(bgr);
        found.clear();
        hog.detectMultiScale(work, found, weights, 0, winStride, padding, 1.05, 2, false);
        List<Box> boxes = new ArrayList<>();
        for (long i = 0; i < found.size(); i++) {
            Rect r = found.get(i);
            double score = i < weights.limit() ? weights.get(i) : 0;
            boxes.add(new Box(r.x() / shrink, r.y() / shrink, r.width() / shrink, r.height() / shrink, score));
        }
        boxes.sort(Comparator.comparingDouble(Box::rank).reversed());
        return boxes;
    }

    /** Box-filter shrink of an ARGB frame into packed BGR bytes (area average, so no aliasing). */
    static void downsampleToBgr(int[] argb, int width, int height, int w, int h, byte[] out) {
        for (int y = 0; y < h; y++) {
            int y0 = y * height / h;
            int y1 = Math.max(y0 + 1, (y + 1) * height / h);
            for (int x = 0; x < w; x++) {
                int x0 = x * width / w;
                int x1 = Math.max(x0 + 1, (x + 1) * width / w);
                int r = 0;
                int g = 0;
                int b = 0;
                for (int yy = y0; yy < y1; yy++) {
                    for (int xx = x0; xx < x1; xx++) {
                        int p = argb[yy * width + xx];
                        r += (p >> 16) & 0xff;
                        g += (p >> 8) & 0xff;
                        b += p & 0xff;
                    }
                }
                int n = (y1 - y0) * (x1 - x0);
                int o = 3 * (y * w + x);
                out[o] = (byte) (b / n);
                out[o + 1] = (byte) (g / n);
                out[o + 2] = (byte) (r / n);
            }
        }
    }

    @Override
    public void close() {
        if (work != null) {
            work.close();
        }
        found.close();
        weights.close();
        winStride.close();
        padding.close();
        svm.close();
        hog.close();
    }
}
