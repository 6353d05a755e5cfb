package org.optimusmotion.physics.io.bvh;

/**
 * Forward kinematics of a BVH skeleton: world positions of all points (joints, then end sites, see
 * {@link BvhSkeleton#pointNames()}) for one frame, in file length units and the file's axes.
 *
 * <p>Convention (as in Blender's importer and bvh11): a joint's local transform is a translation by
 * {@code OFFSET + (Xposition, Yposition, Zposition)} (position channels add to the offset; joints
 * without them use the offset alone), then the rotation {@code R = R_c1 · R_c2 · R_c3} with the
 * rotation channels in the order the file lists them, {@code R_X(a)}, {@code R_Y(a)}, {@code R_Z(a)}
 * right-handed rotations by {@code a} degrees. World: {@code R_w(j) = R_w(parent) · R(j)},
 * {@code p_w(j) = p_w(parent) + R_w(parent) · t(j)}; an end site sits at
 * {@code p_w(j) + R_w(j) · endOffset}.
 *
 * <p>Not thread-safe: holds a preallocated workspace; {@link #positions} does not allocate. Use one
 * instance per thread.
 */
public final class BvhForwardKinematics {

    private final BvhSkeleton skeleton;
    /** World rotation per joint, row-major (joints × 9). */
    private final double[] worldRotation;
    private final double[] local = new double[9];
    private final double[] tmp = new double[9];

    public BvhForwardKinematics(BvhSkeleton skeleton) {
        this.skeleton = skeleton;
        this.worldRotation = new double[skeleton.jointCount() * 9];
    }

    /** The skeleton this instance computes. */
    public BvhSkeleton skeleton() {
        return skeleton;
    }

    /**
     * World positions of every point for frame {@code frame} of {@code motion}.
     *
     * @param out {@code (pointCount × 3)}, file length units; overwritten
     */
    public void positions(BvhMotion motion, int frame, double[] out) {
        if (motion.skeleton() != skeleton) {
            throw new IllegalArgumentException("motion has a different skeleton instance");
        }
        positions(motion.valuesRef(), frame * skeleton.channelCount(), out);
    }

    /**
     * World positions of every point for one frame of channel values.
     *
     * @param values channel values in file units, one frame starting at {@code start}
     * @param out    {@code (pointCount × 3)}, file length units; overwritten
     */
    public void positions(double[] values, int start, double[] out) {
        int n = skeleton.jointCount();
        if (out.length < skeleton.pointCount() * 3) {
            throw new IllegalArgumentException("out needs " + (skeleton.pointCount() * 3) + " values, has " + out.length);
        }
        for (int j = 0; j < n; j++) {
            BvhJoint joint = skeleton.joint(j);
            double tx = joint.offset(0);
            double ty = joint.offset(1);
            double tz = joint.offset(2);
            setIdentity(local);
            int c0 = start + skeleton.channelStart(j);
            var channels = joint.channels();
            for (int i = 0; i < channels.size(); i++) {
                BvhChannel ch = channels.get(i);
                double v = values[c0 + i];
                if (!ch.isRotation()) {
                    if (ch.axis() == 0) {
                        tx += v;
                    } else if (ch.axis() == 1) {
                        ty += v;
                    } else {
                        tz += v;
                    }
                } else {
                    // local = local · R_axis(v): intrinsic rotations in listed order.
                    rightMultiplyAxisRotation(local, ch.axis(), Math.toRadians(v), tmp);
                }
            }
            int p = joint.parent();
            int r = j * 9;
            if (p < 0) {
                System.arraycopy(local, 0, worldRotation, r, 9);
                out[3 * j] = tx;
                out[3 * j + 1] = ty;
                out[3 * j + 2] = tz;
            } else {
                int pr = p * 9;
                // p_w = p_w(parent) + R_w(parent) · t
                for (int a = 0; a < 3; a++) {
                    out[3 * j + a] = out[3 * p + a] + worldRotation[pr + 3 * a] * tx
                            + worldRotation[pr + 3 * a + 1] * ty + worldRotation[pr + 3 * a + 2] * tz;
                }
                // R_w = R_w(parent) · R_local
                for (int a = 0; a < 3; a++) {
                    for (int b = 0; b < 3; b++) {
                        worldRotation[r + 3 * a + b] = worldRotation[pr + 3 * a] * local[b]
                                + worldRotation[pr + 3 * a + 1] * local[3 + b]
                                + worldRotation[pr + 3 * a + 2] * local[6 + b];
                    }
                }
            }
        }
        for (int e = 0; e < skeleton.endSiteCount(); e++) {
            int j = skeleton.endSiteJoint(e);
            BvhJoint joint = skeleton.joint(j);
            int r = j * 9;
            int o = 3 * (n + e);
            double ex = joint.endSiteOffset(0);
            double ey = joint.endSiteOffset(1);
            double ez = joint.endSiteOffset(2);
            for (int a = 0; a < 3; a++) {
                out[o + a] = out[3 * j + a] + worldRotation[r + 3 * a] * ex
                        + worldRotation[r + 3 * a + 1] * ey + worldRotation[r + 3 * a + 2] * ez;
            }
        }
    }

    private static void setIdentity(double[] m) {
        java.util.Arrays.fill(m, 0);
        m[0] = 1;
        m[4] = 1;
        m[8] = 1;
    }

    /** {@code m = m · R_axis(angle)}; {@code tmp} is scratch (9). */
    static void rightMultiplyAxisRotation(double[] m, int axis, double angle, double[] tmp) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        System.arraycopy(m, 0, tmp, 0, 9);
        // Columns u, v of the plane of rotation: new col u = c·u + s·v, new col v = -s·u + c·v.
        int u = (axis + 1) % 3;
        int v = (axis + 2) % 3;
        for (int row = 0; row < 3; row++) {
            double mu = tmp[3 * row + u];
            double mv = tmp[3 * row + v];
            m[3 * row + u] = c * mu + s * mv;
            m[3 * row + v] = -s * mu + c * mv;
        }
    }
}
