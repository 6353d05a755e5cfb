package org.optimusmotion.app.body;

import java.util.Objects;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.dynamics.Kinematics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Forward kinematics of the physics {@link Model} for drawing: joint coordinates {@code q} (length
 * {@code model.dof()}) to the world endpoints and radii of the body's segment capsules and to the
 * {@link Keypoint#COUNT} keypoints.
 *
 * <p>Owns one {@link SimData} workspace, so it is NOT thread-safe: give each thread its own poser.
 * The output arrays are caller-owned.
 */
public final class BodyPoser {

    /** Values per capsule in {@link #capsulesInto}: end a (3), end b (3), radius; metres, world. */
    public static final int CAPSULE_STRIDE = 7;

    private final Model model;
    private final SimData data;

    public BodyPoser(Model model) {
        this.model = Objects.requireNonNull(model, "model");
        this.data = new SimData(model);
    }

    public Model model() {
        return model;
    }

    /** Number of capsules, {@code model.segmentCount()}. */
    public int capsuleCount() {
        return model.segmentCount();
    }

    /**
     * Poses the body at {@code q[qOffset .. qOffset + dof)} and writes its capsules into {@code out}
     * ({@code capsuleCount() x 7}: a, b, radius; world metres). {@code q} is not modified.
     */
    public void capsulesInto(double[] q, int qOffset, double[] out) {
        pose(q, qOffset);
        int[] link = model.segmentLinkRef();
        double[] caps = model.capsulesRef();
        double[] wr = data.worldRot;
        double[] wp = data.worldPos;
        for (int s = 0; s < model.segmentCount(); s++) {
            int l3 = 3 * link[s];
            int l9 = 9 * link[s];
            int c = CAPSULE_STRIDE * s;
            // p_world = p_link + R_link p_local, for both ends.
            for (int end = 0; end < 2; end++) {
                double x = caps[c + 3 * end];
                double y = caps[c + 3 * end + 1];
                double z = caps[c + 3 * end + 2];
                for (int i = 0; i < 3; i++) {
                    out[c + 3 * end + i] = wp[l3 + i] + wr[l9 + 3 * i] * x + wr[l9 + 3 * i + 1] * y + wr[l9 + 3 * i + 2] * z;
                }
            }
            out[c + 6] = caps[c + 6];
        }
    }

    /**
     * Poses the body at {@code q[qOffset .. qOffset + dof)} and writes its keypoints into
     * {@code out[outOffset .. outOffset + 3 * Keypoint.COUNT)} (world metres).
     */
    public void keypointsInto(double[] q, int qOffset, double[] out, int outOffset) {
        pose(q, qOffset);
        Kinematics.keypoints(model, data, out, outOffset);
    }

    private void pose(double[] q, int qOffset) {
        System.arraycopy(q, qOffset, data.q, 0, model.dof());
        Kinematics.forward(model, data);
    }
}
