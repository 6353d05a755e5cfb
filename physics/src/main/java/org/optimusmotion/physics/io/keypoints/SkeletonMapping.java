package org.optimusmotion.physics.io.keypoints;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.optimusmotion.physics.model.Keypoint;

/**
 * How one source skeleton's named joints give the {@link Keypoint#COUNT} canonical keypoints. Each
 * canonical keypoint is either unavailable or a weighted mean of source joints (weights sum to 1):
 * a direct copy ({@code RIGHT_KNEE = RKnee}) or a derived point ({@code PELVIS = mean(LHip, RHip)}).
 * A derived keypoint is valid only when all its source joints are; in 2D its confidence is the
 * minimum of theirs.
 *
 * <p>The predefined mappings are in {@link SkeletonMappings}; docs/formats.md lists them. Immutable
 * and thread-safe; {@link #bind} resolves names against a concrete joint layout.
 */
public final class SkeletonMapping {

    private final String name;
    private final Map<Keypoint, String[]> sources;
    private final Map<Keypoint, double[]> weights;

    private SkeletonMapping(String name, Map<Keypoint, String[]> sources, Map<Keypoint, double[]> weights) {
        this.name = name;
        this.sources = sources;
        this.weights = weights;
    }

    /** Starts a mapping called {@code name} (e.g. {@code coco17}). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Mapping name, e.g. {@code openpose_body25}. */
    public String name() {
        return name;
    }

    /** Whether the mapping gives keypoint {@code k} at all. */
    public boolean provides(Keypoint k) {
        return sources.containsKey(k);
    }

    /** Source joint names that keypoint {@code k} is made from (empty if not provided). */
    public List<String> sourceJoints(Keypoint k) {
        String[] s = sources.get(k);
        return s == null ? List.of() : List.of(s);
    }

    /** Weights of {@link #sourceJoints(Keypoint)}, summing to 1 (copy; empty if not provided). */
    public double[] sourceWeights(Keypoint k) {
        double[] w = weights.get(k);
        return w == null ? new double[0] : w.clone();
    }

    /** All source joint names the mapping reads, in first-use order. */
    public Set<String> requiredJoints() {
        Set<String> all = new LinkedHashSet<>();
        for (String[] s : sources.values()) {
            all.addAll(List.of(s));
        }
        return all;
    }

    /** Required joints missing from {@code layout} (empty when the mapping fits). */
    public List<String> missingJoints(Collection<String> layout) {
        List<String> missing = new ArrayList<>();
        for (String s : requiredJoints()) {
            if (!layout.contains(s)) {
                missing.add(s);
            }
        }
        return missing;
    }

    /**
     * Resolves the mapping against a source layout (the joint names of a file, in the order its values
     * are stored).
     *
     * @throws IllegalArgumentException naming the missing joints if the layout lacks any
     */
    public LayoutBinding bind(List<String> layout) {
        List<String> missing = missingJoints(layout);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("skeleton mapping " + name + " needs joints " + missing
                    + " that the source does not have");
        }
        int[][] idx = new int[Keypoint.COUNT][];
        double[][] w = new double[Keypoint.COUNT][];
        for (Keypoint k : Keypoint.values()) {
            String[] s = sources.get(k);
            if (s == null) {
                idx[k.ordinal()] = new int[0];
                w[k.ordinal()] = new double[0];
                continue;
            }
            idx[k.ordinal()] = new int[s.length];
            for (int i = 0; i < s.length; i++) {
                idx[k.ordinal()][i] = layout.indexOf(s[i]);
            }
            w[k.ordinal()] = weights.get(k).clone();
        }
        return new LayoutBinding(name, layout.size(), idx, w);
    }

    @Override
    public String toString() {
        return "SkeletonMapping[" + name + "]";
    }

    /** Builds a {@link SkeletonMapping}; later definitions of a keypoint replace earlier ones. */
    public static final class Builder {
        private final String name;
        private final Map<Keypoint, String[]> sources = new EnumMap<>(Keypoint.class);
        private final Map<Keypoint, double[]> weights = new EnumMap<>(Keypoint.class);

        private Builder(String name) {
            this.name = name;
        }

        /** {@code k} is source joint {@code joint}. */
        public Builder direct(Keypoint k, String joint) {
            return weighted(k, new String[] {joint}, new double[] {1});
        }

        /** {@code k} is the mean of the source joints. */
        public Builder mean(Keypoint k, String... joints) {
            double[] w = new double[joints.length];
            java.util.Arrays.fill(w, 1.0 / joints.length);
            return weighted(k, joints, w);
        }

        /** {@code k} is the mean of already-defined canonical keypoints (their recipes are expanded). */
        public Builder meanOf(Keypoint k, Keypoint... defined) {
            Map<String, Double> acc = new java.util.LinkedHashMap<>();
            for (Keypoint d : defined) {
                String[] s = sources.get(d);
                if (s == null) {
                    throw new IllegalStateException(name + ": " + k + " derives from undefined " + d);
                }
                double[] w = weights.get(d);
                for (int i = 0; i < s.length; i++) {
                    acc.merge(s[i], w[i] / defined.length, Double::sum);
                }
            }
            String[] names = acc.keySet().toArray(new String[0]);
            double[] w = new double[names.length];
            for (int i = 0; i < names.length; i++) {
                w[i] = acc.get(names[i]);
            }
            return weighted(k, names, w);
        }

        /** {@code k} is {@code sum_i weights[i] · joint_i}; weights are positive and sum to 1. */
        public Builder weighted(Keypoint k, String[] joints, double[] w) {
            if (joints.length == 0 || joints.length != w.length) {
                throw new IllegalArgumentException(name + ": " + k + " needs matching non-empty joints and weights");
            }
            double sum = 0;
            for (double x : w) {
                if (!(x > 0)) {
                    throw new IllegalArgumentException(name + ": " + k + " weight " + x + " must be > 0");
                }
                sum += x;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException(name + ": " + k + " weights sum to " + sum + ", not 1");
            }
            sources.put(k, joints.clone());
            weights.put(k, w.clone());
            return this;
        }

        /** The immutable mapping. */
        public SkeletonMapping build() {
            return new SkeletonMapping(name, new EnumMap<>(sources), new EnumMap<>(weights));
        }
    }
}
