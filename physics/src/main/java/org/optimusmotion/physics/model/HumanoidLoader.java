package org.optimusmotion.physics.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a body description ({@code optimus-motion-body} format, version 1; default: the class-path
 * asset {@value #DEFAULT_RESOURCE}) and builds a {@link Model} for a {@link BodyShape}.
 *
 * <p>Joints expand into one-DoF links: {@code free} = 3 prismatic (world x, y, z; the coordinate is
 * the world position of the segment's joint point) + 3 revolute (z, y, x: yaw, pitch, roll);
 * {@code ball} = 3 revolute about the listed axes in order (intermediate links massless);
 * {@code hinge} = 1 revolute about the given axis. The last link of a segment carries its mass,
 * capsule, contacts and keypoints. Lengths scale by {@code heightM / reference.heightM} times the
 * segment's own length scale; masses are {@code massKg * massFraction}; principal inertias are
 * {@code m (gyration * length)^2} (de Leva 1996). Thread-safe (stateless).
 */
public final class HumanoidLoader {

    /** Class-path location of the default body model. */
    public static final String DEFAULT_RESOURCE = "/org/optimusmotion/assets/body/humanoid-v1.json";

    private static final String FORMAT = "optimus-motion-body";
    private static final int VERSION = 1;

    private HumanoidLoader() {
    }

    /** The parsed asset: the JSON tree plus its origin for error messages. */
    public record BodyDescription(JsonNode root, String origin) {
        /** Names of the segments in asset order (the order of {@link BodyShape#segmentLengthScales()}). */
        public List<String> segmentNames() {
            List<String> names = new ArrayList<>();
            for (JsonNode s : root.get("segments")) {
                names.add(s.get("name").asText());
            }
            return names;
        }
    }

    /** The default humanoid for the default subject (1.75 m, 70 kg). */
    public static Model loadDefault() {
        return build(readDefault(), BodyShape.DEFAULT);
    }

    /** The default humanoid for a given subject. */
    public static Model loadDefault(BodyShape shape) {
        return build(readDefault(), shape);
    }

    /** Parses the default asset from the class path. */
    public static BodyDescription readDefault() {
        try (InputStream in = HumanoidLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("body model resource " + DEFAULT_RESOURCE + " is missing from the class path");
            }
            return parse(new ObjectMapper().readTree(in), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read body model " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Parses a body description file. */
    public static BodyDescription read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(new ObjectMapper().readTree(in), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read body model " + file + ": " + e.getMessage(), e);
        }
    }

    private static BodyDescription parse(JsonNode root, String origin) {
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(origin + ": \"format\" must be \"" + FORMAT + "\"");
        }
        if (root.path("version").asInt(-1) != VERSION) {
            throw new IllegalArgumentException(origin + ": \"version\" " + root.path("version") + " is not supported (expected " + VERSION + ")");
        }
        if (!root.path("segments").isArray() || root.path("segments").isEmpty()) {
            throw new IllegalArgumentException(origin + ": \"segments\" must be a non-empty array");
        }
        return new BodyDescription(root, origin);
    }

    /** Builds the model of a description for a subject. */
    public static Model build(BodyDescription body, BodyShape shape) {
        return new Assembly(body, shape).model;
    }

    /**
     * World positions of the keypoints of the described body in its standing reference pose for that
     * subject, (Keypoint.COUNT x 3), metres (soles on z = 0).
     */
    public static double[] referenceKeypoints(BodyDescription body, BodyShape shape) {
        return new Assembly(body, shape).keypointWorld.clone();
    }

    /** Does the work of one build; holds the intermediate world-frame geometry. */
    private static final class Assembly {
        final Model model;
        final double[] keypointWorld = new double[3 * Keypoint.COUNT];

        Assembly(BodyDescription body, BodyShape shape) {
            JsonNode root = body.root();
            String origin = body.origin();
            double refHeight = positive(root.path("reference"), "heightM", origin + ": reference");
            double lengthScale = shape.heightM() / refHeight;
            JsonNode defaults = root.path("defaults");
            double armature = defaults.path("armature").asDouble(0.0);
            double damping = defaults.path("damping").asDouble(0.0);
            JsonNode segs = root.get("segments");
            int ns = segs.size();
            if (shape.segmentLengthScales() != null && shape.segmentLengthScales().length != ns) {
                throw new IllegalArgumentException("segmentLengthScales has " + shape.segmentLengthScales().length
                        + " entries but " + origin + " has " + ns + " segments");
            }
            ModelBuilder b = new ModelBuilder(root.path("name").asText("humanoid"));
            Map<String, Integer> segIndex = new HashMap<>();
            int[] massLink = new int[ns];
            double[][] jointRef = new double[ns][];
            double[][] jointWorld = new double[ns][];
            double[] segScale = new double[ns];
            List<double[]> pose = new ArrayList<>();
            int rootTz = -1;
            double massFractionSum = 0;
            for (int s = 0; s < ns; s++) {
                JsonNode seg = segs.get(s);
                String name = seg.path("name").asText(null);
                String where = origin + ": segment " + (name == null ? "#" + s : name);
                if (name == null || segIndex.containsKey(name)) {
                    throw new IllegalArgumentException(where + ": \"name\" missing or duplicated");
                }
                segScale[s] = lengthScale * shape.segmentScale(s);
                jointRef[s] = vec(seg, "jointM", where);
                JsonNode parentNode = seg.path("parent");
                int parentSeg = -1;
                if (!parentNode.isNull() && !parentNode.isMissingNode()) {
                    Integer p = segIndex.get(parentNode.asText());
                    if (p == null) {
                        throw new IllegalArgumentException(where + ": parent \"" + parentNode.asText() + "\" must be an earlier segment");
                    }
                    parentSeg = p;
                }
                // Joint position: in the parent segment's frame, scaled by the parent's length scale.
                double[] offset = new double[3];
                if (parentSeg >= 0) {
                    for (int k = 0; k < 3; k++) {
                        offset[k] = segScale[parentSeg] * (jointRef[s][k] - jointRef[parentSeg][k]);
                    }
                    jointWorld[s] = add(jointWorld[parentSeg], offset);
                } else {
                    // A root keeps its reference height scaled by the subject's height; x, y as given.
                    for (int k = 0; k < 3; k++) {
                        offset[k] = lengthScale * jointRef[s][k];
                    }
                    jointWorld[s] = offset.clone();
                }
                JsonNode joint = seg.path("joint");
                String type = joint.path("type").asText("");
                int parentLink = parentSeg >= 0 ? massLink[parentSeg] : -1;
                int last;
                switch (type) {
                    case "free" -> {
                        if (parentSeg >= 0) {
                            throw new IllegalArgumentException(where + ": a free joint must belong to a root segment");
                        }
                        int tx = b.addLink("root_tx", -1, JointType.PRISMATIC, new double[] {1, 0, 0}, new double[3]);
                        int ty = b.addLink("root_ty", tx, JointType.PRISMATIC, new double[] {0, 1, 0}, new double[3]);
                        int tz = b.addLink("root_tz", ty, JointType.PRISMATIC, new double[] {0, 0, 1}, new double[3]);
                        int rz = b.addLink("root_rz", tz, JointType.REVOLUTE, new double[] {0, 0, 1}, new double[3]);
                        int ry = b.addLink("root_ry", rz, JointType.REVOLUTE, new double[] {0, 1, 0}, new double[3]);
                        last = b.addLink("root_rx", ry, JointType.REVOLUTE, new double[] {1, 0, 0}, new double[3]);
                        pose.add(new double[] {tx, offset[0]});
                        pose.add(new double[] {ty, offset[1]});
                        pose.add(new double[] {tz, offset[2]});
                        rootTz = tz;
                    }
                    case "ball" -> {
                        JsonNode axes = joint.path("axes");
                        double[] lo = degArray(joint, "lowerDeg", 3, where);
                        double[] hi = degArray(joint, "upperDeg", 3, where);
                        if (!axes.isArray() || axes.size() != 3) {
                            throw new IllegalArgumentException(where + ": a ball joint needs \"axes\" with 3 of x, y, z");
                        }
                        int p = parentLink;
                        last = -1;
                        for (int k = 0; k < 3; k++) {
                            String ax = axes.get(k).asText();
                            last = b.addLink(name + "_" + ax, p, JointType.REVOLUTE, axisOf(ax, where), k == 0 ? offset : new double[3]);
                            actuate(b, last, joint, lo[k], hi[k], armature, damping, where);
                            p = last;
                        }
                    }
                    case "hinge" -> {
                        double[] axis = vec(joint, "axis", where + ".joint");
                        last = b.addLink(name, parentLink, JointType.REVOLUTE, axis, offset);
                        actuate(b, last, joint, Math.toRadians(joint.path("lowerDeg").asDouble()),
                                Math.toRadians(joint.path("upperDeg").asDouble()), armature, damping, where);
                    }
                    default -> throw new IllegalArgumentException(where + ": joint type \"" + type + "\" must be free, ball or hinge");
                }
                massLink[s] = last;
                segIndex.put(name, s);
                // Mass properties: de Leva fractions, inertia m (r L)^2 about principal axes along x, y, z.
                double frac = positive(seg, "massFraction", where);
                massFractionSum += frac;
                double mass = shape.massKg() * frac;
                double length = positive(seg, "lengthM", where) * segScale[s];
                double[] gyr = vec(seg, "gyrationXYZ", where);
                double[] inertia = new double[6];
                for (int k = 0; k < 3; k++) {
                    double r = gyr[k] * length;
                    inertia[k] = mass * r * r;
                }
                b.setMass(last, mass, local(seg, "comM", jointRef[s], segScale[s], where), inertia);
                JsonNode cap = seg.path("capsule");
                double[] ca = local(cap, "aM", jointRef[s], segScale[s], where + ".capsule");
                double[] cb = local(cap, "bM", jointRef[s], segScale[s], where + ".capsule");
                double radius = positive(cap, "radiusM", where + ".capsule") * lengthScale;
                b.addSegment(name, last, ca, cb, radius);
                JsonNode contacts = seg.path("contacts");
                if (contacts.isArray()) {
                    for (JsonNode c : contacts) {
                        b.addContact(last, local(c, "centerM", jointRef[s], segScale[s], where + ".contacts"),
                                positive(c, "radiusM", where + ".contacts") * lengthScale);
                    }
                } else {
                    // Default contacts: the two end spheres of the capsule.
                    b.addContact(last, ca, radius);
                    b.addContact(last, cb, radius);
                }
            }
            if (Math.abs(massFractionSum - 1) > 1e-3) {
                throw new IllegalArgumentException(origin + ": mass fractions sum to " + massFractionSum + ", expected 1");
            }
            JsonNode kps = root.path("keypoints");
            for (Keypoint k : Keypoint.values()) {
                JsonNode kp = kps.path(k.fileName());
                String where = origin + ": keypoint " + k.fileName();
                Integer s = segIndex.get(kp.path("segment").asText(""));
                if (s == null) {
                    throw new IllegalArgumentException(where + ": missing or unknown \"segment\"");
                }
                double[] loc = local(kp, "pointM", jointRef[s], segScale[s], where);
                b.setKeypoint(k, massLink[s], loc);
                double[] w = add(jointWorld[s], loc);
                System.arraycopy(w, 0, keypointWorld, 3 * k.ordinal(), 3);
            }
            // Reference pose: all joints at zero, root lifted so that the lowest contact sphere touches z = 0.
            double lowest = Double.POSITIVE_INFINITY;
            for (ModelBuilder.Contact c : b.contacts) {
                int s = segmentOfLink(massLink, c.link());
                lowest = Math.min(lowest, jointWorld[s][2] + c.offset()[2] - c.radius());
            }
            double[] q = new double[b.linkCount()];
            for (double[] p : pose) {
                q[(int) p[0]] = p[1];
            }
            if (rootTz >= 0 && Double.isFinite(lowest)) {
                q[rootTz] -= lowest;
                for (int k = 0; k < Keypoint.COUNT; k++) {
                    keypointWorld[3 * k + 2] -= lowest;
                }
            }
            b.setReferencePose(q);
            model = b.build();
        }

        private static int segmentOfLink(int[] massLink, int link) {
            for (int s = 0; s < massLink.length; s++) {
                if (massLink[s] == link) {
                    return s;
                }
            }
            throw new IllegalStateException("link " + link + " carries no segment");
        }

        private static void actuate(ModelBuilder b, int link, JsonNode joint, double lo, double hi, double armature,
                double damping, String where) {
            double kp = joint.path("kp").asDouble(Double.NaN);
            double kd = joint.path("kd").asDouble(Double.NaN);
            if (!Double.isFinite(kp) || !Double.isFinite(kd)) {
                throw new IllegalArgumentException(where + ": joint needs numeric \"kp\" and \"kd\"");
            }
            b.setActuator(link, kp, kd);
            b.setLimits(link, lo, hi);
            b.setPassive(link, armature, damping);
        }
    }

    private static double[] axisOf(String ax, String where) {
        return switch (ax.toLowerCase(Locale.ROOT)) {
            case "x" -> new double[] {1, 0, 0};
            case "y" -> new double[] {0, 1, 0};
            case "z" -> new double[] {0, 0, 1};
            default -> throw new IllegalArgumentException(where + ": axis \"" + ax + "\" must be x, y or z");
        };
    }

    private static double[] degArray(JsonNode n, String field, int len, String where) {
        JsonNode a = n.path(field);
        if (!a.isArray() || a.size() != len) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array of " + len + " numbers");
        }
        double[] out = new double[len];
        for (int i = 0; i < len; i++) {
            out[i] = Math.toRadians(a.get(i).asDouble());
        }
        return out;
    }

    private static double[] vec(JsonNode n, String field, String where) {
        JsonNode a = n.path(field);
        if (!a.isArray() || a.size() != 3) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be an array of 3 numbers");
        }
        return new double[] {a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble()};
    }

    /** A reference-world point converted to the segment's link frame and scaled. */
    private static double[] local(JsonNode n, String field, double[] jointRef, double scale, String where) {
        double[] p = vec(n, field, where);
        return new double[] {scale * (p[0] - jointRef[0]), scale * (p[1] - jointRef[1]), scale * (p[2] - jointRef[2])};
    }

    private static double positive(JsonNode n, String field, String where) {
        double v = n.path(field).asDouble(Double.NaN);
        if (!(v > 0)) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a positive number, got " + n.path(field));
        }
        return v;
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
    }
}
