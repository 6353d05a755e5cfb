package org.optimusmotion.physics.io.bvh;

import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * Turns a canonical keypoint track into rotational BVH motion that Blender and other tools import:
 * one joint per keypoint (named by {@link Keypoint#fileName()}), in the tree pelvis → hips → knees →
 * ankles → toes, pelvis → spine → thorax → neck → head, thorax → shoulders → elbows → wrists. Written
 * Y up in centimetres (world {@code (x, y, z)} → file {@code (y, z, x)}, the inverse of the reader's
 * conversion), channel order {@code Zrotation Yrotation Xrotation}, the root with 6 channels.
 *
 * <p>Rest pose: a T-pose facing +X (world), bone lengths = median over the frames of each bone's
 * length; the bones leaving the branching joints (pelvis, thorax) keep the directions of the first
 * frame where the branch is complete, turned into the T-pose frame, so that a body whose spine is not
 * perpendicular to its hips still fits exactly. Per frame, a joint with one child gets the world
 * rotation {@code S · W_parent}, with {@code S} the smallest rotation taking the parent-rotated rest bone to the observed bone direction;
 * joints with several children (pelvis, thorax) get the rotation that best aligns all their rest
 * bones to the observed ones (Horn's method, no scale); leaves keep their parent's rotation. Local
 * rotations are {@code W_parentᵀ · W_joint}. Forward kinematics of the result reproduces the track
 * exactly when its bone lengths are constant (twist about a bone is not observable and is zero).
 * A keypoint missing in a frame keeps the previous frame's local rotation (identity at the start).
 *
 * <p>Stateless; allocates per call (export is not a hot loop).
 */
public final class BvhFromKeypoints {

    /** Centimetres per metre in the written file. */
    public static final double CM_PER_M = 100;

    private static final int K = Keypoint.COUNT;
    /** Parent of each keypoint in the exported tree, -1 for the pelvis. */
    private static final int[] PARENT = new int[K];
    /** Rest direction of each bone (from its parent), world frame, unit. */
    private static final double[][] REST_DIRECTION = new double[K][];
    /** Depth-first file order of the keypoints. */
    private static final int[] ORDER;

    static {
        bone(Keypoint.PELVIS, null, 0, 0, 0);
        bone(Keypoint.RIGHT_HIP, Keypoint.PELVIS, 0, -1, 0);
        bone(Keypoint.RIGHT_KNEE, Keypoint.RIGHT_HIP, 0, 0, -1);
        bone(Keypoint.RIGHT_ANKLE, Keypoint.RIGHT_KNEE, 0, 0, -1);
        bone(Keypoint.RIGHT_TOE, Keypoint.RIGHT_ANKLE, 1, 0, 0);
        bone(Keypoint.LEFT_HIP, Keypoint.PELVIS, 0, 1, 0);
        bone(Keypoint.LEFT_KNEE, Keypoint.LEFT_HIP, 0, 0, -1);
        bone(Keypoint.LEFT_ANKLE, Keypoint.LEFT_KNEE, 0, 0, -1);
        bone(Keypoint.LEFT_TOE, Keypoint.LEFT_ANKLE, 1, 0, 0);
        bone(Keypoint.SPINE, Keypoint.PELVIS, 0, 0, 1);
        bone(Keypoint.THORAX, Keypoint.SPINE, 0, 0, 1);
        bone(Keypoint.NECK, Keypoint.THORAX, 0, 0, 1);
        bone(Keypoint.HEAD, Keypoint.NECK, 0, 0, 1);
        bone(Keypoint.LEFT_SHOULDER, Keypoint.THORAX, 0, 1, 0);
        bone(Keypoint.LEFT_ELBOW, Keypoint.LEFT_SHOULDER, 0, 1, 0);
        bone(Keypoint.LEFT_WRIST, Keypoint.LEFT_ELBOW, 0, 1, 0);
        bone(Keypoint.RIGHT_SHOULDER, Keypoint.THORAX, 0, -1, 0);
        bone(Keypoint.RIGHT_ELBOW, Keypoint.RIGHT_SHOULDER, 0, -1, 0);
        bone(Keypoint.RIGHT_WRIST, Keypoint.RIGHT_ELBOW, 0, -1, 0);
        List<Integer> order = new ArrayList<>();
        depthFirst(Keypoint.PELVIS.ordinal(), order);
        ORDER = order.stream().mapToInt(Integer::intValue).toArray();
    }

    private BvhFromKeypoints() {
    }

    private static void bone(Keypoint k, Keypoint parent, double x, double y, double z) {
        PARENT[k.ordinal()] = parent == null ? -1 : parent.ordinal();
        REST_DIRECTION[k.ordinal()] = new double[] {x, y, z};
    }

    private static void depthFirst(int k, List<Integer> out) {
        out.add(k);
        for (int c = 0; c < K; c++) {
            if (PARENT[c] == k) {
                depthFirst(c, out);
            }
        }
    }

    /** The BVH motion of a keypoint track (frame time {@code 1 / fps}). */
    public static BvhMotion toBvh(KeypointSequence3D track) {
        int n = track.frameCount();
        double[] length = boneLengths(track);
        double[][] restDir = restDirections(track);
        BvhSkeleton skeleton = skeleton(length, restDir);
        int channels = skeleton.channelCount();
        double[] values = new double[n * channels];
        double[][] world = new double[K][9];
        double[][] local = new double[K][];
        double[][] previousLocal = new double[K][];
        for (int k = 0; k < K; k++) {
            previousLocal[k] = identity();
        }
        double[] rootPos = new double[3];
        for (int f = 0; f < n; f++) {
            if (track.isValid(f, Keypoint.PELVIS.ordinal())) {
                for (int a = 0; a < 3; a++) {
                    rootPos[a] = track.get(f, Keypoint.PELVIS, a);
                }
            }
            for (int k : ORDER) {
                double[] parentWorld = PARENT[k] < 0 ? identity() : world[PARENT[k]];
                double[] w = jointWorldRotation(track, f, k, parentWorld, restDir);
                local[k] = w == null ? previousLocal[k] : multiplyTransposeLeft(parentWorld, w);
                world[k] = multiply(parentWorld, local[k]);
                previousLocal[k] = local[k];
            }
            int base = f * channels;
            // Root translation: pelvis position in file axes and centimetres.
            double[] file = toFile(rootPos);
            values[base] = file[0] * CM_PER_M;
            values[base + 1] = file[1] * CM_PER_M;
            values[base + 2] = file[2] * CM_PER_M;
            for (int j = 0; j < ORDER.length; j++) {
                int start = base + skeleton.channelStart(j) + (j == 0 ? 3 : 0);
                eulerZyxDegrees(toFileRotation(local[ORDER[j]]), values, start);
            }
        }
        return new BvhMotion(skeleton, 1.0 / track.fps(), values);
    }

    /** World rotation of joint k from its children's observed bones, or null if a needed keypoint is missing. */
    private static double[] jointWorldRotation(KeypointSequence3D t, int f, int k, double[] parentWorld,
                                               double[][] restDir) {
        List<Integer> children = children(k);
        if (children.isEmpty()) {
            return parentWorld.clone();
        }
        if (!t.isValid(f, k)) {
            return null;
        }
        for (int c : children) {
            if (!t.isValid(f, c)) {
                return null;
            }
        }
        if (children.size() == 1) {
            int c = children.get(0);
            double[] from = apply(parentWorld, restDir[c]);
            double[] to = normalize(new double[] {t.get(f, c, 0) - t.get(f, k, 0), t.get(f, c, 1) - t.get(f, k, 1),
                t.get(f, c, 2) - t.get(f, k, 2)});
            return to == null ? null : multiply(minimalRotation(from, to), parentWorld);
        }
        return fitRotation(t, f, k, children, restDir);
    }

    /** Rotation best aligning the rest directions of k's children to their observed unit directions (Horn). */
    private static double[] fitRotation(KeypointSequence3D t, int f, int k, List<Integer> children, double[][] restDir) {
        double[] rest = new double[children.size() * 3];
        double[] seen = new double[children.size() * 3];
        for (int i = 0; i < children.size(); i++) {
            int c = children.get(i);
            double[] d = normalize(new double[] {t.get(f, c, 0) - t.get(f, k, 0), t.get(f, c, 1) - t.get(f, k, 1),
                t.get(f, c, 2) - t.get(f, k, 2)});
            if (d == null) {
                return null;
            }
            System.arraycopy(restDir[c], 0, rest, 3 * i, 3);
            System.arraycopy(d, 0, seen, 3 * i, 3);
        }
        // Add the origin as a fourth point so that the centroids are the joint itself.
        double[] restPts = java.util.Arrays.copyOf(rest, rest.length + 3);
        double[] seenPts = java.util.Arrays.copyOf(seen, seen.length + 3);
        org.optimusmotion.physics.metrics.Procrustes horn = new org.optimusmotion.physics.metrics.Procrustes();
        horn.align(restPts, 0, seenPts, 0, null, 0, children.size() + 1);
        return horn.rotationRef().clone();
    }

    private static List<Integer> children(int k) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < K; c++) {
            if (PARENT[c] == k) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Rest directions: the T-pose directions, except for children of branching joints (pelvis, thorax),
     * whose directions come from the first frame where the branch is complete, turned back into the
     * T-pose frame, so that the branch's real geometry (e.g. spine not perpendicular to the hips) fits
     * exactly in every frame.
     */
    private static double[][] restDirections(KeypointSequence3D t) {
        double[][] dir = new double[K][];
        for (int k = 0; k < K; k++) {
            dir[k] = REST_DIRECTION[k].clone();
        }
        for (int k = 0; k < K; k++) {
            List<Integer> children = children(k);
            if (children.size() < 2) {
                continue;
            }
            for (int f = 0; f < t.frameCount(); f++) {
                boolean complete = t.isValid(f, k);
                for (int c : children) {
                    complete &= t.isValid(f, c);
                }
                double[] r = complete ? fitRotation(t, f, k, children, REST_DIRECTION) : null;
                if (r == null) {
                    continue;
                }
                for (int c : children) {
                    double[] d = normalize(new double[] {t.get(f, c, 0) - t.get(f, k, 0),
                        t.get(f, c, 1) - t.get(f, k, 1), t.get(f, c, 2) - t.get(f, k, 2)});
                    // Rᵀ·d: the observed direction in the T-pose frame.
                    dir[c] = new double[] {r[0] * d[0] + r[3] * d[1] + r[6] * d[2],
                        r[1] * d[0] + r[4] * d[1] + r[7] * d[2], r[2] * d[0] + r[5] * d[1] + r[8] * d[2]};
                }
                break;
            }
        }
        return dir;
    }

    private static double[] boneLengths(KeypointSequence3D t) {
        double[] length = new double[K];
        for (int k = 0; k < K; k++) {
            int p = PARENT[k];
            if (p < 0) {
                continue;
            }
            List<Double> l = new ArrayList<>();
            for (int f = 0; f < t.frameCount(); f++) {
                if (t.isValid(f, k) && t.isValid(f, p)) {
                    double dx = t.get(f, k, 0) - t.get(f, p, 0);
                    double dy = t.get(f, k, 1) - t.get(f, p, 1);
                    double dz = t.get(f, k, 2) - t.get(f, p, 2);
                    l.add(Math.sqrt(dx * dx + dy * dy + dz * dz));
                }
            }
            l.sort(null);
            length[k] = l.isEmpty() ? 0 : l.get(l.size() / 2);
        }
        return length;
    }

    private static BvhSkeleton skeleton(double[] length, double[][] restDir) {
        List<BvhJoint> joints = new ArrayList<>();
        int[] indexOf = new int[K];
        List<BvhChannel> rotations = List.of(BvhChannel.ZROTATION, BvhChannel.YROTATION, BvhChannel.XROTATION);
        for (int j = 0; j < ORDER.length; j++) {
            int k = ORDER[j];
            indexOf[k] = j;
            double[] rest = restDir[k];
            double[] offset = toFile(new double[] {rest[0] * length[k], rest[1] * length[k], rest[2] * length[k]});
            for (int a = 0; a < 3; a++) {
                offset[a] *= CM_PER_M;
            }
            boolean leaf = true;
            for (int c = 0; c < K; c++) {
                leaf &= PARENT[c] != k;
            }
            // Leaves get a short end site along their bone so that importers can draw the last bone.
            double[] end = leaf ? new double[] {offset[0] * 0.25, offset[1] * 0.25, offset[2] * 0.25} : null;
            List<BvhChannel> channels = PARENT[k] < 0
                    ? List.of(BvhChannel.XPOSITION, BvhChannel.YPOSITION, BvhChannel.ZPOSITION,
                        BvhChannel.ZROTATION, BvhChannel.YROTATION, BvhChannel.XROTATION)
                    : rotations;
            joints.add(new BvhJoint(Keypoint.values()[k].fileName(), PARENT[k] < 0 ? -1 : indexOf[PARENT[k]],
                    offset, channels, end));
        }
        return new BvhSkeleton(joints);
    }

    /** World (x, y, z) → file (y, z, x). */
    private static double[] toFile(double[] w) {
        return new double[] {w[1], w[2], w[0]};
    }

    /** A rotation in world axes expressed in file axes: {@code P·R·Pᵀ} with P the axis permutation. */
    private static double[] toFileRotation(double[] r) {
        int[] perm = {1, 2, 0}; // file axis i = world axis perm[i]
        double[] out = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[3 * i + j] = r[3 * perm[i] + perm[j]];
            }
        }
        return out;
    }

    /** Angles (degrees) of {@code R = Rz(a)·Ry(b)·Rx(c)} written as a, b, c. */
    static void eulerZyxDegrees(double[] r, double[] out, int start) {
        double sb = Math.max(-1, Math.min(1, -r[6]));
        double b = Math.asin(sb);
        double a;
        double c;
        if (Math.abs(sb) < 1 - 1e-12) {
            a = Math.atan2(r[3], r[0]);
            c = Math.atan2(r[7], r[8]);
        } else {
            // Gimbal lock: only a − c (or a + c) is defined; put it all into a.
            a = Math.atan2(-r[1], r[4]);
            c = 0;
        }
        out[start] = Math.toDegrees(a);
        out[start + 1] = Math.toDegrees(b);
        out[start + 2] = Math.toDegrees(c);
    }

    /** Smallest rotation taking unit {@code from} to unit {@code to} (Rodrigues about their cross product). */
    private static double[] minimalRotation(double[] from, double[] to) {
        double cx = from[1] * to[2] - from[2] * to[1];
        double cy = from[2] * to[0] - from[0] * to[2];
        double cz = from[0] * to[1] - from[1] * to[0];
        double s = Math.sqrt(cx * cx + cy * cy + cz * cz);
        double c = from[0] * to[0] + from[1] * to[1] + from[2] * to[2];
        if (s < 1e-12) {
            if (c > 0) {
                return identity();
            }
            // Opposite directions: half turn about any axis perpendicular to from.
            double[] axis = Math.abs(from[0]) < 0.9 ? new double[] {1, 0, 0} : new double[] {0, 1, 0};
            double[] p = normalize(new double[] {from[1] * axis[2] - from[2] * axis[1],
                from[2] * axis[0] - from[0] * axis[2], from[0] * axis[1] - from[1] * axis[0]});
            return org.optimusmotion.physics.camera.Rotations.fromRodrigues(
                    new double[] {Math.PI * p[0], Math.PI * p[1], Math.PI * p[2]});
        }
        double angle = Math.atan2(s, c);
        return org.optimusmotion.physics.camera.Rotations.fromRodrigues(
                new double[] {angle * cx / s, angle * cy / s, angle * cz / s});
    }

    private static double[] normalize(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return n < 1e-12 ? null : new double[] {v[0] / n, v[1] / n, v[2] / n};
    }

    private static double[] identity() {
        return new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1};
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[3 * i] * b[j] + a[3 * i + 1] * b[3 + j] + a[3 * i + 2] * b[6 + j];
            }
        }
        return c;
    }

    /** {@code aᵀ·b}. */
    private static double[] multiplyTransposeLeft(double[] a, double[] b) {
        double[] c = new double[9];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                c[3 * i + j] = a[i] * b[j] + a[3 + i] * b[3 + j] + a[6 + i] * b[6 + j];
            }
        }
        return c;
    }

    private static double[] apply(double[] m, double[] v) {
        return new double[] {m[0] * v[0] + m[1] * v[1] + m[2] * v[2], m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
            m[6] * v[0] + m[7] * v[1] + m[8] * v[2]};
    }
}
