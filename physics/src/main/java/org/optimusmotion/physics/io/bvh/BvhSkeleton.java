package org.optimusmotion.physics.io.bvh;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BVH hierarchy: joints in file order (every parent before its children, index 0 the root), and
 * the layout of one frame's channel values (joint {@code j}'s channels start at
 * {@link #channelStart(int)}).
 *
 * <p>The "points" of a skeleton are its joints followed by its end sites; an end site is named
 * {@code <joint>_End}. {@link BvhForwardKinematics} computes positions for all points.
 *
 * <p>Immutable and thread-safe.
 */
public final class BvhSkeleton {

    /** Suffix of end-site point names. */
    public static final String END_SUFFIX = "_End";

    private final List<BvhJoint> joints;
    private final int[] channelStart;
    private final int channelCount;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> pointNames;
    private final int[] endSiteJoint;

    /**
     * @param joints joints in depth-first file order (as written in a BVH file); names unique
     * @throws IllegalArgumentException if the order, the root or the names are wrong
     */
    public BvhSkeleton(List<BvhJoint> joints) {
        if (joints.isEmpty()) {
            throw new IllegalArgumentException("skeleton has no joints");
        }
        this.joints = List.copyOf(joints);
        this.channelStart = new int[joints.size()];
        int c = 0;
        List<String> names = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        for (int j = 0; j < joints.size(); j++) {
            BvhJoint joint = joints.get(j);
            int p = joint.parent();
            if ((j == 0) != (p == -1) || p >= j) {
                throw new IllegalArgumentException("joint " + joint.name() + " (index " + j
                        + ") has parent " + p + "; the root must be first and parents precede children");
            }
            if (j > 0 && !isAncestorOrSelf(p, j - 1)) {
                throw new IllegalArgumentException("joint " + joint.name() + " (index " + j
                        + ") breaks depth-first file order: its parent " + p + " is not on the path to joint " + (j - 1));
            }
            if (index.put(joint.name(), j) != null) {
                throw new IllegalArgumentException("duplicate joint name " + joint.name());
            }
            channelStart[j] = c;
            c += joint.channels().size();
            names.add(joint.name());
            if (joint.hasEndSite()) {
                ends.add(j);
            }
        }
        this.channelCount = c;
        this.endSiteJoint = ends.stream().mapToInt(Integer::intValue).toArray();
        for (int j : endSiteJoint) {
            names.add(joints.get(j).name() + END_SUFFIX);
        }
        this.pointNames = Collections.unmodifiableList(names);
    }

    private boolean isAncestorOrSelf(int candidate, int j) {
        for (int a = j; a != -1; a = joints.get(a).parent()) {
            if (a == candidate) {
                return true;
            }
        }
        return false;
    }

    /** Joints in file order. */
    public List<BvhJoint> joints() {
        return joints;
    }

    /** Number of joints. */
    public int jointCount() {
        return joints.size();
    }

    /** Joint {@code j}. */
    public BvhJoint joint(int j) {
        return joints.get(j);
    }

    /** Index of the joint called {@code name}, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /** Total channels per frame. */
    public int channelCount() {
        return channelCount;
    }

    /** Index of joint {@code j}'s first channel in a frame's values. */
    public int channelStart(int j) {
        return channelStart[j];
    }

    /** Names of all points: joints in order, then end sites ({@code <joint>_End}). */
    public List<String> pointNames() {
        return pointNames;
    }

    /** Number of points (joints plus end sites). */
    public int pointCount() {
        return pointNames.size();
    }

    /** Joint index owning end site {@code e} (0-based among end sites). */
    public int endSiteJoint(int e) {
        return endSiteJoint[e];
    }

    /** Number of end sites. */
    public int endSiteCount() {
        return endSiteJoint.length;
    }

    /** Children of joint {@code j}, in file order. */
    public List<Integer> children(int j) {
        List<Integer> out = new ArrayList<>();
        for (int i = j + 1; i < joints.size(); i++) {
            if (joints.get(i).parent() == j) {
                out.add(i);
            }
        }
        return out;
    }
}
