package org.optimusmotion.physics.io.keypoints;

import java.util.List;
import java.util.Locale;

/** Builders for synthetic detections used by the reader tests. */
final class Frames {

    private Frames() {
    }

    /** An OpenPose person: keypoint j at (100 + 10 j + dx, 200 + 5 j), confidence c. */
    static String openPosePerson(double dx, double c) {
        StringBuilder b = new StringBuilder("{\"person_id\":[-1],\"pose_keypoints_2d\":[");
        for (int j = 0; j < 25; j++) {
            if (j > 0) {
                b.append(',');
            }
            b.append(String.format(Locale.ROOT, "%.1f,%.1f,%.2f", 100 + 10 * j + dx, 200.0 + 5 * j, c));
        }
        return b.append("],\"face_keypoints_2d\":[]}").toString();
    }

    static String openPoseFrame(List<String> people) {
        return "{\"version\":1.3,\"people\":[" + String.join(",", people) + "]}";
    }
}
