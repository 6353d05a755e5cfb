package org.optimusmotion.physics.reconstruct;

import java.util.ArrayList;
import java.util.List;
import org.optimusmotion.physics.io.bvh.BvhChannel;
import org.optimusmotion.physics.io.bvh.BvhJoint;
import org.optimusmotion.physics.io.bvh.BvhMotion;
import org.optimusmotion.physics.io.bvh.BvhSkeleton;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Writes joint-angle trajectories of the body model as BVH with a skeleton that matches the model:
 * one joint {@code body_<segment>} per segment whose rotation channels are the segment's joint
 * coordinates in the model's order (hinges padded with two always-zero rotation channels) (the root also has three position channels), plus one joint
 * with three always-zero rotation channels per canonical keypoint (named like {@link Keypoint#fileName()}) at its place on
 * its segment, so that readers recognise the file with the {@code optimus_bvh} mapping and
 * {@code evaluate} can score it.
 *
 * <p>Frames: the model is Z up (x forward, y left); BVH files are Y up, so file axes are
 * (X, Y, Z)_file = (y, z, x)_world, a cyclic permutation, which keeps rotation angles (a rotation
 * about world x is a {@code Zrotation}). Lengths in centimetres; angles in degrees (a joint about a
 * negative axis writes the negated angle). Stateless.
 */
public final class BodyBvhExport {

    /** Centimetres per metre (BVH files are usually in cm; Blender imports them at that scale). */
    public static final double CM_PER_M = 100;
    /** Prefix of segment joints (keypoint joints use the bare keypoint names). */
    public static final String SEGMENT_PREFIX = "body_";

    /** Channel source of a channel that is always zero. */
    private static final int[] ZERO = {-1, 1, 0};

    private BodyBvhExport() {
    }

    /**
     * The motion of {@code angles} ((frames x dof), model coordinates) at {@code fps}.
     *
     * @throws IllegalArgumentException when a joint axis is not along a coordinate axis
     */
    public static BvhMotion toBvh(Model model, double[][] angles, double fps) {
        int ns = model.segmentCount();
        int[] massLink = model.segmentLinkRef();
        int[] parent = model.parentRef();
        int n = model.dof();
        int[] segmentOfMassLink = new int[n];
        java.util.Arrays.fill(segmentOfMassLink, -1);
        for (int s = 0; s < ns; s++) {
            segmentOfMassLink[massLink[s]] = s;
        }
        List<BvhJoint> joints = new ArrayList<>();
        // Channel sources per joint: {coordinate index, sign (+1/-1), 1 if a position}, in channel order.
        List<List<int[]>> jointSources = new ArrayList<>();
        int[] jointOfSegment = new int[ns];
        for (int s = 0; s < ns; s++) {
            List<Integer> chain = new ArrayList<>();
            int l = massLink[s];
            chain.add(0, l);
            while (parent[l] >= 0 && segmentOfMassLink[parent[l]] < 0) {
                l = parent[l];
                chain.add(0, l);
            }
            int first = chain.get(0);
            int parentSegment = parent[first] < 0 ? -1 : segmentOfMassLink[parent[first]];
            int parentJoint = parentSegment < 0 ? -1 : jointOfSegment[parentSegment];
            double[] off = model.offsetRef();
            double[] offset = parentSegment < 0 ? new double[3] : toFile(off[3 * first], off[3 * first + 1], off[3 * first + 2]);
            List<BvhChannel> channels = new ArrayList<>();
            List<int[]> sources = new ArrayList<>();
            List<Integer> prismatic = new ArrayList<>();
            for (int link : chain) {
                if (!model.revoluteRef()[link]) {
                    prismatic.add(link);
                }
            }
            if (!prismatic.isEmpty()) {
                if (prismatic.size() != 3) {
                    throw new IllegalArgumentException("segment " + model.segmentName(s) + " has " + prismatic.size()
                            + " prismatic joints; BVH export needs 0 or 3 (a free root)");
                }
                // Position channels in file axis order X, Y, Z = world y, z, x.
                BvhChannel[] pos = {BvhChannel.XPOSITION, BvhChannel.YPOSITION, BvhChannel.ZPOSITION};
                int[] worldAxisOfFile = {1, 2, 0};
                for (int fa = 0; fa < 3; fa++) {
                    int link = linkAlong(model, prismatic, worldAxisOfFile[fa]);
                    channels.add(pos[fa]);
                    sources.add(new int[] {link, axisSign(model, link), 1});
                }
            }
            for (int link : chain) {
                if (model.revoluteRef()[link]) {
                    int wa = worldAxis(model, link);
                    channels.add(wa == 0 ? BvhChannel.ZROTATION : wa == 1 ? BvhChannel.XROTATION : BvhChannel.YROTATION);
                    sources.add(new int[] {link, axisSign(model, link), 0});
                }
            }
            // Blender's importer needs all three rotation channels on a joint: pad hinges with zero channels.
            for (BvhChannel pad : new BvhChannel[] {BvhChannel.ZROTATION, BvhChannel.XROTATION, BvhChannel.YROTATION}) {
                if (!channels.contains(pad)) {
                    channels.add(pad);
                    sources.add(ZERO);
                }
            }
            jointOfSegment[s] = joints.size();
            joints.add(new BvhJoint(SEGMENT_PREFIX + model.segmentName(s), parentJoint, offset, channels, null));
            jointSources.add(sources);
        }
        int[] kpLink = model.keypointLinkRef();
        double[] kpOff = model.keypointOffsetRef();
        for (Keypoint k : Keypoint.values()) {
            int s = segmentOfMassLink[kpLink[k.ordinal()]];
            int o = 3 * k.ordinal();
            // Three rotation channels that stay zero: Blender's importer needs a CHANNELS line on every joint.
            joints.add(new BvhJoint(k.fileName(), jointOfSegment[s], toFile(kpOff[o], kpOff[o + 1], kpOff[o + 2]),
                    List.of(BvhChannel.ZROTATION, BvhChannel.XROTATION, BvhChannel.YROTATION), null));
            jointSources.add(List.of(ZERO, ZERO, ZERO));
        }
        // BVH lists joints depth first: reorder, remapping parents and channel sources.
        int[] order = depthFirst(joints);
        int[] newIndex = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            newIndex[order[i]] = i;
        }
        List<BvhJoint> ordered = new ArrayList<>();
        List<int[]> sources = new ArrayList<>();
        for (int old : order) {
            BvhJoint j = joints.get(old);
            int p = j.parent() < 0 ? -1 : newIndex[j.parent()];
            ordered.add(new BvhJoint(j.name(), p, j.offset(), j.channels(), null));
            sources.addAll(jointSources.get(old));
        }
        BvhSkeleton skeleton = new BvhSkeleton(ordered);
        int c = sources.size();
        double[] values = new double[angles.length * c];
        for (int f = 0; f < angles.length; f++) {
            for (int j = 0; j < c; j++) {
                int[] src = sources.get(j);
                double v = src[0] < 0 ? 0 : src[1] * angles[f][src[0]];
                values[f * c + j] = src[2] == 1 ? v * CM_PER_M : Math.toDegrees(v);
            }
        }
        return new BvhMotion(skeleton, 1.0 / fps, values);
    }

    private static int[] depthFirst(List<BvhJoint> joints) {
        int[] order = new int[joints.size()];
        int[] count = {0};
        for (int i = 0; i < joints.size(); i++) {
            if (joints.get(i).parent() < 0) {
                visit(joints, i, order, count);
            }
        }
        return order;
    }

    private static void visit(List<BvhJoint> joints, int j, int[] order, int[] count) {
        order[count[0]++] = j;
        for (int i = 0; i < joints.size(); i++) {
            if (joints.get(i).parent() == j) {
                visit(joints, i, order, count);
            }
        }
    }

    private static double[] toFile(double x, double y, double z) {
        return new double[] {y * CM_PER_M, z * CM_PER_M, x * CM_PER_M};
    }

    private static int linkAlong(Model m, List<Integer> links, int worldAxis) {
        for (int l : links) {
            if (worldAxis(m, l) == worldAxis) {
                return l;
            }
        }
        throw new IllegalArgumentException("no prismatic root joint along world axis " + worldAxis);
    }

    /** The world axis (0, 1, 2) a joint axis lies along. */
    private static int worldAxis(Model m, int link) {
        double[] a = m.axisRef();
        for (int k = 0; k < 3; k++) {
            if (Math.abs(Math.abs(a[3 * link + k]) - 1) < 1e-9) {
                return k;
            }
        }
        throw new IllegalArgumentException("joint " + m.dofName(link) + " has axis (" + a[3 * link] + ", " + a[3 * link + 1]
                + ", " + a[3 * link + 2] + "), not along a coordinate axis; BVH cannot express it");
    }

    private static int axisSign(Model m, int link) {
        return m.axisRef()[3 * link + worldAxis(m, link)] < 0 ? -1 : 1;
    }
}
