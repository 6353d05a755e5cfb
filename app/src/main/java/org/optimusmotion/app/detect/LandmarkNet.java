package org.optimusmotion.app.detect;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;

import java.nio.FloatBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.bytedeco.opencv.opencv_core.StringVector;

/**
 * The BlazePose landmark model on OpenCV's DNN module ({@code readNetFromTFLite}). Feeds a
 * {@link RoiCropper} crop (256 × 256 RGB in [0, 1]) and decodes the outputs as MediaPipe's
 * {@code tensors_to_pose_landmarks_and_segmentation.pbtxt} does: landmarks {@code 39 × (x, y, z,
 * visibility logit, presence logit)} in crop pixels, the pose-presence score, and world landmarks
 * {@code 39 × 3} in metres (rotated back by the ROI's rotation, MediaPipe's
 * {@code WorldLandmarkProjectionCalculator}). Outputs are told apart by size (195, 1, 117).
 *
 * <p>Not thread-safe; holds native memory: close it.
 */
public final class LandmarkNet implements AutoCloseable {

    /** Model input side, pixels. */
    public static final int INPUT_SIDE = 256;
    private static final int LANDMARK_VALUES = 5 * LandmarkOutput.ALL_LANDMARKS;
    private static final int WORLD_VALUES = 3 * LandmarkOutput.ALL_LANDMARKS;

    private final PoseModel model;
    private final BytePointer modelBuffer;
    private final Net net;
    private final StringVector outputNames;
    private final Mat input;
    private final FloatBuffer inputBuffer;
    private final MatVector outputs = new MatVector();
    private final float[] landmarks = new float[LANDMARK_VALUES];
    private final float[] worldRaw = new float[WORLD_VALUES];
    private final double[] rotated = new double[2];

    /** Loads {@code model} (see {@link PoseModelFiles}). */
    public LandmarkNet(PoseModel model) throws ModelUnavailableException {
        this(model, PoseModelFiles.load(model));
    }

    LandmarkNet(PoseModel model, byte[] tflite) throws ModelUnavailableException {
        this.model = model;
        Net loaded;
        // Kept for the network's lifetime: the importer may refer to weights inside the buffer.
        modelBuffer = new BytePointer(tflite);
        try {
            loaded = opencv_dnn.readNetFromTFLite(modelBuffer, tflite.length);
        } catch (RuntimeException e) {
            modelBuffer.close();
            throw new ModelUnavailableException("OpenCV cannot load the pose model " + model.fileName() + ": " + e.getMessage(), e);
        }
        if (loaded == null || loaded.empty()) {
            modelBuffer.close();
            throw new ModelUnavailableException("OpenCV loaded an empty network from " + model.fileName());
        }
        net = loaded;
        outputNames = net.getUnconnectedOutLayersNames();
        input = new Mat(new int[] {1, 3, INPUT_SIDE, INPUT_SIDE}, CV_32F);
        inputBuffer = input.createBuffer();
    }

    public PoseModel model() {
        return model;
    }

    /**
     * Runs the model on {@code crop} (from {@link RoiCropper#crop}, NCHW) taken at {@code roi}, and
     * writes the decoded result into {@code out}.
     */
    public void run(float[] crop, Roi roi, LandmarkOutput out) {
        inputBuffer.rewind();
        inputBuffer.put(crop, 0, 3 * INPUT_SIDE * INPUT_SIDE);
        net.setInput(input);
        net.forward(outputs, outputNames);
        boolean sawLandmarks = false;
        boolean sawWorld = false;
        boolean sawPresence = false;
        for (long i = 0; i < outputs.size(); i++) {
            Mat m = outputs.get(i);
            long n = m.total();
            FloatBuffer data = m.createBuffer();
            if (n == LANDMARK_VALUES) {
                data.get(landmarks);
                sawLandmarks = true;
            } else if (n == WORLD_VALUES) {
                data.get(worldRaw);
                sawWorld = true;
            } else if (n == 1) {
                out.presence = data.get(0);
                sawPresence = true;
            }
        }
        if (!sawLandmarks || !sawWorld || !sawPresence) {
            throw new IllegalStateException(model.fileName() + ": missing outputs (landmarks " + sawLandmarks + ", world "
                    + sawWorld + ", presence " + sawPresence + ")");
        }
        out.roi = roi;
        for (int k = 0; k < LandmarkOutput.ALL_LANDMARKS; k++) {
            double a = landmarks[5 * k] / INPUT_SIDE;
            double b = landmarks[5 * k + 1] / INPUT_SIDE;
            roi.toImage(a, b, out.imageXy, 2 * k);
            out.depth[k] = landmarks[5 * k + 2] / INPUT_SIDE * roi.sizePx();
            out.visibility[k] = sigmoid(landmarks[5 * k + 3]);
        }
        for (int k = 0; k < LandmarkOutput.BODY_LANDMARKS; k++) {
            roi.rotateToImage(worldRaw[3 * k], worldRaw[3 * k + 1], rotated, 0);
            out.world[3 * k] = rotated[0];
            out.world[3 * k + 1] = rotated[1];
            out.world[3 * k + 2] = worldRaw[3 * k + 2];
        }
    }

    static double sigmoid(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }

    @Override
    public void close() {
        outputs.close();
        input.close();
        outputNames.close();
        net.close();
        modelBuffer.close();
    }
}
