package org.optimusmotion.app.detect;

import java.util.Locale;

/**
 * The BlazePose landmark models of MediaPipe Pose ({@code @mediapipe/pose@0.5.1675469404}, Apache-2.0)
 * that OpenCV's DNN module runs. Both are fetched by
 * {@code scripts/fetch-pose-models.sh} from the npm registry.
 */
public enum PoseModel {

    /** 2.8 MB, fastest. */
    LITE("pose_landmark_lite.tflite", "f17bfbecadb61c3be1baa8b8d851cc6619c870a87167b32848ad20db306b9d61"),
    /** 6.4 MB, more accurate, about twice the time. */
    FULL("pose_landmark_full.tflite", "e9a5c5cb17f736fafd4c2ec1da3b3d331d6edbe8a0d32395855aeb2cdfd64b9f");

    /** Version of the npm package the files come from. */
    public static final String PACKAGE = "@mediapipe/pose@0.5.1675469404";

    private final String fileName;
    private final String sha256;

    PoseModel(String fileName, String sha256) {
        this.fileName = fileName;
        this.sha256 = sha256;
    }

    /** File name inside the npm package, e.g. {@code pose_landmark_lite.tflite}. */
    public String fileName() {
        return fileName;
    }

    /** Expected SHA-256 of the file, lower-case hex. */
    public String sha256() {
        return sha256;
    }

    /** "lite" or "full". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The model called {@code label} (case-insensitive), or an {@link IllegalArgumentException} naming the choices. */
    public static PoseModel byLabel(String label) {
        for (PoseModel m : values()) {
            if (m.label().equalsIgnoreCase(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown pose model '" + label + "' (expected lite or full)");
    }
}
