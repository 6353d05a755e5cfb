package org.optimusmotion.physics.io.keypoints;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence2D;

/**
 * Per-frame 2D detections in a source layout ({@code frames × joints × 2} pixels, {@code frames ×
 * joints} confidences), filled by a reader and then mapped onto the canonical keypoints.
 */
final class SourceFrames2D {

    final int frames;
    final int joints;
    final double[] xy;
    final double[] confidence;

    SourceFrames2D(int frames, int joints) {
        this.frames = frames;
        this.joints = joints;
        this.xy = new double[frames * joints * 2];
        this.confidence = new double[frames * joints];
    }

    void set(int frame, int joint, double x, double y, double c) {
        int i = frame * joints + joint;
        xy[2 * i] = x;
        xy[2 * i + 1] = y;
        confidence[i] = c;
    }

    KeypointSequence2D toCanonical(LayoutBinding binding, double fps, int width, int height) {
        int k = Keypoint.COUNT;
        double[] outXy = new double[frames * k * 2];
        double[] outConf = new double[frames * k];
        for (int f = 0; f < frames; f++) {
            binding.mapFrame2D(xy, f * joints * 2, confidence, f * joints, outXy, f * k * 2, outConf, f * k);
        }
        return new KeypointSequence2D(fps, width, height, outXy, outConf);
    }
}
