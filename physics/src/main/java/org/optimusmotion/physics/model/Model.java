package org.optimusmotion.physics.model;

import java.util.Arrays;

/**
 * An immutable articulated body: {@code dof} links in topological order, link {@code i} attached to
 * {@code parent[i] < i} (or to the world when {@code -1}) by one revolute or prismatic joint.
 *
 * <p>Frames: every link frame is parallel to the world frame when all joint coordinates are zero.
 * Joint {@code i} sits at {@link #offsetRef() offset} {@code [3i..3i+2]} in its parent's frame (in
 * the world for roots) and moves along / about the unit {@link #axisRef() axis} {@code [3i..3i+2]}
 * given in the parent frame (equal to the link frame at q = 0).
 *
 * <p>Arrays returned by the {@code ...Ref()} accessors are the live internal arrays, exposed without
 * a copy so that the simulation kernels can read them in hot loops: they must never be modified.
 * Instances are thread-safe (never mutated after construction).
 */
public final class Model {

    /** Number of spatial-inertia parameters per link: m, h = m c (3), rotational inertia about the link origin (6: xx yy zz xy xz yz). */
    public static final int INERTIA_STRIDE = 10;

    private final String name;
    private final int dof;
    private final int[] parent;
    private final JointType[] jointType;
    private final boolean[] revolute;
    private final String[] dofNames;
    private final double[] axis;
    private final double[] offset;
    private final double[] motionSubspace;
    private final double[] inertia;
    private final double[] armature;
    private final double[] damping;
    private final double[] kp;
    private final double[] kd;
    private final boolean[] limited;
    private final double[] lowerLimit;
    private final double[] upperLimit;
    private final int[] actuatedDofs;
    private final int[] actuatorOfDof;
    private final String[] segmentNames;
    private final int[] segmentLink;
    private final double[] capsules;
    private final int[] contactLink;
    private final double[] contactOffset;
    private final double[] contactRadius;
    private final int[] keypointLink;
    private final double[] keypointOffset;
    private final double[] referencePose;
    private final double totalMassKg;

    Model(ModelBuilder b) {
        this.name = b.name;
        this.dof = b.links.size();
        int n = dof;
        parent = new int[n];
        jointType = new JointType[n];
        revolute = new boolean[n];
        dofNames = new String[n];
        axis = new double[3 * n];
        offset = new double[3 * n];
        motionSubspace = new double[6 * n];
        inertia = new double[INERTIA_STRIDE * n];
        armature = new double[n];
        damping = new double[n];
        kp = new double[n];
        kd = new double[n];
        limited = new boolean[n];
        lowerLimit = new double[n];
        upperLimit = new double[n];
        actuatorOfDof = new int[n];
        int nAct = 0;
        double mass = 0;
        for (int i = 0; i < n; i++) {
            ModelBuilder.Link l = b.links.get(i);
            parent[i] = l.parent;
            jointType[i] = l.type;
            revolute[i] = l.type == JointType.REVOLUTE;
            dofNames[i] = l.name;
            System.arraycopy(l.axis, 0, axis, 3 * i, 3);
            System.arraycopy(l.offset, 0, offset, 3 * i, 3);
            // S = (axis, 0) for a revolute joint, (0, axis) for a prismatic one (Featherstone, RBDA Table 4.1).
            System.arraycopy(l.axis, 0, motionSubspace, 6 * i + (revolute[i] ? 0 : 3), 3);
            spatialInertiaAboutOrigin(l.massKg, l.comM, l.inertiaAboutCom, inertia, INERTIA_STRIDE * i);
            mass += l.massKg;
            armature[i] = l.armature;
            damping[i] = l.damping;
            kp[i] = l.kp;
            kd[i] = l.kd;
            limited[i] = l.limited;
            lowerLimit[i] = l.lower;
            upperLimit[i] = l.upper;
            actuatorOfDof[i] = l.actuated ? nAct++ : -1;
        }
        actuatedDofs = new int[nAct];
        for (int i = 0; i < n; i++) {
            if (actuatorOfDof[i] >= 0) {
                actuatedDofs[actuatorOfDof[i]] = i;
            }
        }
        totalMassKg = mass;
        int ns = b.segments.size();
        segmentNames = new String[ns];
        segmentLink = new int[ns];
        capsules = new double[7 * ns];
        for (int s = 0; s < ns; s++) {
            ModelBuilder.Segment seg = b.segments.get(s);
            segmentNames[s] = seg.name();
            segmentLink[s] = seg.link();
            System.arraycopy(seg.capsule(), 0, capsules, 7 * s, 7);
        }
        int nc = b.contacts.size();
        contactLink = new int[nc];
        contactOffset = new double[3 * nc];
        contactRadius = new double[nc];
        for (int c = 0; c < nc; c++) {
            ModelBuilder.Contact con = b.contacts.get(c);
            contactLink[c] = con.link();
            System.arraycopy(con.offset(), 0, contactOffset, 3 * c, 3);
            contactRadius[c] = con.radius();
        }
        keypointLink = b.keypointLink.clone();
        keypointOffset = b.keypointOffset.clone();
        referencePose = b.referencePose.clone();
    }

    /** Writes (m, m c, I_O) with I_O = I_c + m (|c|^2 1 - c c^T) (parallel-axis theorem) at {@code out[o..o+9]}. */
    private static void spatialInertiaAboutOrigin(double m, double[] c, double[] ic, double[] out, int o) {
        out[o] = m;
        out[o + 1] = m * c[0];
        out[o + 2] = m * c[1];
        out[o + 3] = m * c[2];
        out[o + 4] = ic[0] + m * (c[1] * c[1] + c[2] * c[2]);
        out[o + 5] = ic[1] + m * (c[0] * c[0] + c[2] * c[2]);
        out[o + 6] = ic[2] + m * (c[0] * c[0] + c[1] * c[1]);
        out[o + 7] = ic[3] - m * c[0] * c[1];
        out[o + 8] = ic[4] - m * c[0] * c[2];
        out[o + 9] = ic[5] - m * c[1] * c[2];
    }

    /** Model name, e.g. {@code humanoid-v1}. */
    public String name() {
        return name;
    }

    /** Number of joint coordinates = number of links. */
    public int dof() {
        return dof;
    }

    /** Number of PD-actuated joint coordinates (the length of one row of q-hat). */
    public int actuatorCount() {
        return actuatedDofs.length;
    }

    /** Number of contact spheres. */
    public int contactCount() {
        return contactRadius.length;
    }

    /** Number of segments (rigid bodies with mass and a capsule). */
    public int segmentCount() {
        return segmentNames.length;
    }

    /** Total mass, kg. */
    public double totalMassKg() {
        return totalMassKg;
    }

    /** Parent link of each link, {@code -1} for the world; {@code parent[i] < i}. Live array, read-only. */
    public int[] parentRef() {
        return parent;
    }

    /** Joint type of link {@code i}. */
    public JointType jointType(int i) {
        return jointType[i];
    }

    /** Whether joint {@code i} is revolute (else prismatic). Live array, read-only. */
    public boolean[] revoluteRef() {
        return revolute;
    }

    /** Name of coordinate {@code i}, e.g. {@code left_hip_y}. */
    public String dofName(int i) {
        return dofNames[i];
    }

    /** Index of the coordinate with that name, or -1. */
    public int dofIndex(String dofName) {
        for (int i = 0; i < dof; i++) {
            if (dofNames[i].equals(dofName)) {
                return i;
            }
        }
        return -1;
    }

    /** Joint axes, (dof x 3), unit, parent frame. Live array, read-only. */
    public double[] axisRef() {
        return axis;
    }

    /** Joint origins at q = 0, (dof x 3), metres, parent frame (world for roots). Live array, read-only. */
    public double[] offsetRef() {
        return offset;
    }

    /** Motion subspace S of each joint, (dof x 6): (angular, linear) in the link frame. Live array, read-only. */
    public double[] motionSubspaceRef() {
        return motionSubspace;
    }

    /**
     * Spatial inertia of each link about its own origin in link axes, (dof x {@value #INERTIA_STRIDE}):
     * m (kg), h = m c (kg m), I_O (xx yy zz xy xz yz, kg m^2). Live array, read-only.
     */
    public double[] inertiaRef() {
        return inertia;
    }

    /** Rotor inertia added to the mass-matrix diagonal, (dof), kg m^2 or kg. Live array, read-only. */
    public double[] armatureRef() {
        return armature;
    }

    /** Viscous joint damping, (dof), N m s/rad. Live array, read-only. */
    public double[] dampingRef() {
        return damping;
    }

    /** PD stiffness, (dof), N m/rad (0 for unactuated). Live array, read-only. */
    public double[] kpRef() {
        return kp;
    }

    /** PD damping, (dof), N m s/rad (0 for unactuated). Live array, read-only. */
    public double[] kdRef() {
        return kd;
    }

    /** Whether coordinate {@code i} has soft limits. Live array, read-only. */
    public boolean[] limitedRef() {
        return limited;
    }

    /** Lower soft limits, (dof), radians. Live array, read-only. */
    public double[] lowerLimitRef() {
        return lowerLimit;
    }

    /** Upper soft limits, (dof), radians. Live array, read-only. */
    public double[] upperLimitRef() {
        return upperLimit;
    }

    /** Coordinates driven by PD servos, (actuatorCount), ascending. Live array, read-only. */
    public int[] actuatedDofsRef() {
        return actuatedDofs;
    }

    /** Actuator index of each coordinate, (dof), -1 when unactuated. Live array, read-only. */
    public int[] actuatorOfDofRef() {
        return actuatorOfDof;
    }

    /** Name of segment {@code s}, e.g. {@code left_thigh}. */
    public String segmentName(int s) {
        return segmentNames[s];
    }

    /** Index of the segment with that name, or -1. */
    public int segmentIndex(String segmentName) {
        for (int s = 0; s < segmentNames.length; s++) {
            if (segmentNames[s].equals(segmentName)) {
                return s;
            }
        }
        return -1;
    }

    /** Link that carries each segment, (segmentCount). Live array, read-only. */
    public int[] segmentLinkRef() {
        return segmentLink;
    }

    /** Segment capsules, (segmentCount x 7): end a (3), end b (3), radius; metres, link frame. Live array, read-only. */
    public double[] capsulesRef() {
        return capsules;
    }

    /** Link of each contact sphere, (contactCount). Live array, read-only. */
    public int[] contactLinkRef() {
        return contactLink;
    }

    /** Contact sphere centres, (contactCount x 3), metres, link frame. Live array, read-only. */
    public double[] contactOffsetRef() {
        return contactOffset;
    }

    /** Contact sphere radii, (contactCount), metres. Live array, read-only. */
    public double[] contactRadiusRef() {
        return contactRadius;
    }

    /** Link of each {@link Keypoint}, (Keypoint.COUNT). Live array, read-only. */
    public int[] keypointLinkRef() {
        return keypointLink;
    }

    /** Keypoint positions, (Keypoint.COUNT x 3), metres, link frame. Live array, read-only. */
    public double[] keypointOffsetRef() {
        return keypointOffset;
    }

    /** A copy of the reference pose (standing on the ground at rest), (dof). */
    public double[] referencePose() {
        return referencePose.clone();
    }

    @Override
    public String toString() {
        return "Model[" + name + ", dof=" + dof + ", actuators=" + actuatedDofs.length + ", segments="
                + segmentNames.length + ", contacts=" + contactRadius.length + ", massKg="
                + String.format(java.util.Locale.ROOT, "%.2f", totalMassKg) + ", dofs=" + Arrays.toString(dofNames) + "]";
    }
}
