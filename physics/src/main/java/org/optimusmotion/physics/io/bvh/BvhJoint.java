package org.optimusmotion.physics.io.bvh;

import java.util.List;

/**
 * One joint of a BVH hierarchy: its name, parent (index into {@link BvhSkeleton#joints()}, -1 for
 * the root), offset from the parent joint in the parent's rest frame (file length units), channels
 * in file order, and the offset of its {@code End Site} if it has one.
 *
 * <p>Immutable: arrays are copied in and out.
 */
public final class BvhJoint {

    private final String name;
    private final int parent;
    private final double[] offset;
    private final List<BvhChannel> channels;
    private final double[] endSiteOffset;

    /**
     * @param name          joint name, non-blank, without whitespace
     * @param parent        parent joint index, -1 for the root
     * @param offset        3 values, file length units
     * @param channels      channels in file order (0 to 6, no duplicates)
     * @param endSiteOffset 3 values or {@code null} when the joint has no end site
     */
    public BvhJoint(String name, int parent, double[] offset, List<BvhChannel> channels, double[] endSiteOffset) {
        if (name == null || name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("joint name must be non-blank without whitespace, got '" + name + "'");
        }
        if (offset.length != 3 || (endSiteOffset != null && endSiteOffset.length != 3)) {
            throw new IllegalArgumentException("joint " + name + ": offsets need 3 values");
        }
        if (channels.size() > 6 || channels.stream().distinct().count() != channels.size()) {
            throw new IllegalArgumentException("joint " + name + ": channels must be at most 6 distinct, got " + channels);
        }
        this.name = name;
        this.parent = parent;
        this.offset = offset.clone();
        this.channels = List.copyOf(channels);
        this.endSiteOffset = endSiteOffset == null ? null : endSiteOffset.clone();
    }

    /** Joint name. */
    public String name() {
        return name;
    }

    /** Parent index, -1 for the root. */
    public int parent() {
        return parent;
    }

    /** Offset from the parent, file length units (copy). */
    public double[] offset() {
        return offset.clone();
    }

    /** Offset component {@code axis}. */
    public double offset(int axis) {
        return offset[axis];
    }

    /** Channels in file order. */
    public List<BvhChannel> channels() {
        return channels;
    }

    /** Whether the joint has an {@code End Site}. */
    public boolean hasEndSite() {
        return endSiteOffset != null;
    }

    /** End-site offset component {@code axis}; the joint must have an end site. */
    public double endSiteOffset(int axis) {
        return endSiteOffset[axis];
    }

    /** End-site offset (copy), or {@code null}. */
    public double[] endSiteOffset() {
        return endSiteOffset == null ? null : endSiteOffset.clone();
    }
}
