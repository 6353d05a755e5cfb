package org.optimusmotion.physics.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Assembles a {@link Model} link by link and validates it in {@link #build()}: parents come before
 * children, axes are unit vectors, masses and inertias are physical, limits are ordered, gains are
 * non-negative and every {@link Keypoint} is attached. Not thread-safe; use once.
 */
public final class ModelBuilder {

    /** Tolerance on |axis| = 1. */
    private static final double AXIS_NORM_TOLERANCE = 1e-9;

    static final class Link {
        String name;
        int parent;
        JointType type;
        double[] axis;
        double[] offset;
        double massKg;
        double[] comM = new double[3];
        double[] inertiaAboutCom = new double[6];
        double armature;
        double damping;
        double kp;
        double kd;
        boolean actuated;
        boolean limited;
        double lower;
        double upper;
    }

    record Segment(String name, int link, double[] capsule) {
    }

    record Contact(int link, double[] offset, double radius) {
    }

    final String name;
    final List<Link> links = new ArrayList<>();
    final List<Segment> segments = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final int[] keypointLink = new int[Keypoint.COUNT];
    final double[] keypointOffset = new double[3 * Keypoint.COUNT];
    double[] referencePose;

    /** Starts an empty model with that name. */
    public ModelBuilder(String name) {
        this.name = name;
        Arrays.fill(keypointLink, -1);
    }

    /**
     * Adds a massless link with one joint and returns its index.
     *
     * @param parent parent link index ({@code -1} for the world), must be an existing link
     * @param axis   unit joint axis in the parent frame (copied)
     * @param offset joint origin in the parent frame at q = 0, metres (copied)
     */
    public int addLink(String dofName, int parent, JointType type, double[] axis, double[] offset) {
        if (parent < -1 || parent >= links.size()) {
            throw new IllegalArgumentException("link " + dofName + ": parent " + parent + " must be -1 or an existing link (0.." + (links.size() - 1) + ")");
        }
        requireVector3(dofName + ".axis", axis);
        requireVector3(dofName + ".offset", offset);
        double norm = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
        if (Math.abs(norm - 1) > AXIS_NORM_TOLERANCE) {
            throw new IllegalArgumentException("link " + dofName + ": axis " + Arrays.toString(axis) + " must be a unit vector (norm " + norm + ")");
        }
        Link l = new Link();
        l.name = dofName;
        l.parent = parent;
        l.type = type;
        l.axis = axis.clone();
        l.offset = offset.clone();
        links.add(l);
        return links.size() - 1;
    }

    /**
     * Sets a link's mass, centre of mass (link frame, m) and rotational inertia about the centre of mass
     * (link axes, xx yy zz xy xz yz, kg m^2).
     */
    public ModelBuilder setMass(int link, double massKg, double[] comM, double[] inertiaAboutCom) {
        Link l = link(link);
        if (!(massKg >= 0) || !Double.isFinite(massKg)) {
            throw new IllegalArgumentException("link " + l.name + ": massKg " + massKg + " must be finite and >= 0");
        }
        requireVector3(l.name + ".com", comM);
        if (inertiaAboutCom.length != 6) {
            throw new IllegalArgumentException("link " + l.name + ": inertia must have 6 entries (xx yy zz xy xz yz)");
        }
        double[] i6 = inertiaAboutCom;
        // Physical rotational inertia: positive semi-definite principal moments obeying the triangle inequality (diagonal case).
        if (i6[0] < 0 || i6[1] < 0 || i6[2] < 0 || i6[0] + i6[1] < i6[2] * (1 - 1e-12) || i6[0] + i6[2] < i6[1] * (1 - 1e-12)
                || i6[1] + i6[2] < i6[0] * (1 - 1e-12)) {
            throw new IllegalArgumentException("link " + l.name + ": inertia " + Arrays.toString(i6) + " is not physical");
        }
        l.massKg = massKg;
        l.comM = comM.clone();
        l.inertiaAboutCom = inertiaAboutCom.clone();
        return this;
    }

    /** Sets armature (kg m^2) and viscous damping (N m s/rad) of a joint. */
    public ModelBuilder setPassive(int link, double armature, double damping) {
        Link l = link(link);
        requireNonNegative(l.name + ".armature", armature);
        requireNonNegative(l.name + ".damping", damping);
        l.armature = armature;
        l.damping = damping;
        return this;
    }

    /** Makes a joint PD-actuated with stiffness kp (N m/rad) and damping kd (N m s/rad). */
    public ModelBuilder setActuator(int link, double kp, double kd) {
        Link l = link(link);
        requireNonNegative(l.name + ".kp", kp);
        requireNonNegative(l.name + ".kd", kd);
        l.actuated = true;
        l.kp = kp;
        l.kd = kd;
        return this;
    }

    /** Gives a joint soft limits {@code lower < upper} (radians or metres). */
    public ModelBuilder setLimits(int link, double lower, double upper) {
        Link l = link(link);
        if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("link " + l.name + ": limits [" + lower + ", " + upper + "] must be finite with lower < upper");
        }
        l.limited = true;
        l.lower = lower;
        l.upper = upper;
        return this;
    }

    /** Declares a named segment carried by {@code link}, with a capsule from a to b (link frame, m) of radius r. */
    public ModelBuilder addSegment(String segmentName, int link, double[] a, double[] b, double radiusM) {
        link(link);
        requireVector3(segmentName + ".capsule.a", a);
        requireVector3(segmentName + ".capsule.b", b);
        requirePositive(segmentName + ".capsule.radius", radiusM);
        segments.add(new Segment(segmentName, link, new double[] {a[0], a[1], a[2], b[0], b[1], b[2], radiusM}));
        return this;
    }

    /** Adds a contact sphere on {@code link} centred at {@code offset} (link frame, m). */
    public ModelBuilder addContact(int link, double[] offset, double radiusM) {
        link(link);
        requireVector3("contact.offset", offset);
        requirePositive("contact.radius", radiusM);
        contacts.add(new Contact(link, offset.clone(), radiusM));
        return this;
    }

    /** Attaches a keypoint to {@code link} at {@code offset} (link frame, m). */
    public ModelBuilder setKeypoint(Keypoint k, int link, double[] offset) {
        link(link);
        requireVector3(k.fileName() + ".offset", offset);
        keypointLink[k.ordinal()] = link;
        System.arraycopy(offset, 0, keypointOffset, 3 * k.ordinal(), 3);
        return this;
    }

    /** Sets the reference pose (dof coordinates), e.g. standing on the ground. */
    public ModelBuilder setReferencePose(double[] q) {
        referencePose = q.clone();
        return this;
    }

    /** Number of links added so far. */
    public int linkCount() {
        return links.size();
    }

    /** Validates and builds the immutable model. */
    public Model build() {
        if (links.isEmpty()) {
            throw new IllegalStateException("model " + name + " has no links");
        }
        for (Keypoint k : Keypoint.values()) {
            if (keypointLink[k.ordinal()] < 0) {
                throw new IllegalStateException("model " + name + ": keypoint " + k.fileName() + " is not attached to a link");
            }
        }
        // Every prismatic or revolute coordinate must move some mass, otherwise the mass matrix is singular.
        double[] subtreeMass = new double[links.size()];
        for (int i = links.size() - 1; i >= 0; i--) {
            subtreeMass[i] += links.get(i).massKg;
            if (links.get(i).parent >= 0) {
                subtreeMass[links.get(i).parent] += subtreeMass[i];
            }
        }
        for (int i = 0; i < links.size(); i++) {
            if (!(subtreeMass[i] > 0) && links.get(i).armature <= 0) {
                throw new IllegalStateException("model " + name + ": joint " + links.get(i).name + " moves no mass and has no armature");
            }
        }
        if (referencePose == null) {
            referencePose = new double[links.size()];
        } else if (referencePose.length != links.size()) {
            throw new IllegalStateException("model " + name + ": reference pose has " + referencePose.length + " entries, expected " + links.size());
        }
        return new Model(this);
    }

    private Link link(int i) {
        if (i < 0 || i >= links.size()) {
            throw new IllegalArgumentException("link index " + i + " out of range 0.." + (links.size() - 1));
        }
        return links.get(i);
    }

    private static void requireVector3(String what, double[] v) {
        if (v == null || v.length != 3 || !Double.isFinite(v[0]) || !Double.isFinite(v[1]) || !Double.isFinite(v[2])) {
            throw new IllegalArgumentException(what + " must be 3 finite numbers, got " + Arrays.toString(v));
        }
    }

    private static void requireNonNegative(String what, double x) {
        if (!(x >= 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " = " + x + " must be finite and >= 0");
        }
    }

    private static void requirePositive(String what, double x) {
        if (!(x > 0) || !Double.isFinite(x)) {
            throw new IllegalArgumentException(what + " = " + x + " must be finite and > 0");
        }
    }
}
