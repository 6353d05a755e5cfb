package org.optimusmotion.physics.model;

import com.bulletphysics.collision.shapes.BvhTriangleMeshShape;
import com.bulletphysics.collision.shapes.TriangleIndexVertexArray;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Static scene geometry besides the ground plane that the body's contact spheres touch through the
 * same soft contact as the ground: axis-aligned boxes (steps, platforms; our own exact box narrow
 * phase) and one-sided triangle meshes (ramps, stairs, rotated boxes via {@link Mesh#box}; jbullet's
 * BVH finds the candidate triangles, the distance is computed in double). Immutable, thread-safe
 * (each querying thread gets its own jbullet BVH).
 */
public final class Scene {

    /** No geometry besides the ground plane. */
    public static final Scene EMPTY = new Scene(List.of());

    /**
     * A static triangle mesh. Triangles are one-sided: their front normal follows the right-hand
     * rule (counter-clockwise seen from the side the body may touch).
     *
     * @param verticesM  vertex positions, world, (vertices x 3), m
     * @param triangles  vertex indices, (triangles x 3), each in [0, vertices)
     */
    public record Mesh(double[] verticesM, int[] triangles) {
        public Mesh {
            if (verticesM == null || verticesM.length == 0 || verticesM.length % 3 != 0) {
                throw new IllegalArgumentException("mesh vertices must be a non-empty list of x, y, z triples, got "
                        + (verticesM == null ? "null" : verticesM.length + " numbers"));
            }
            if (triangles == null || triangles.length == 0 || triangles.length % 3 != 0) {
                throw new IllegalArgumentException("mesh triangles must be a non-empty list of index triples, got "
                        + (triangles == null ? "null" : triangles.length + " indices"));
            }
            for (double v : verticesM) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("mesh vertex coordinate " + v + " is not finite");
                }
            }
            int nv = verticesM.length / 3;
            for (int t = 0; t < triangles.length / 3; t++) {
                for (int k = 0; k < 3; k++) {
                    int i = triangles[3 * t + k];
                    if (i < 0 || i >= nv) {
                        throw new IllegalArgumentException("mesh triangle " + t + " has vertex index " + i + " outside [0, " + nv + ")");
                    }
                }
                double[] n = new double[3];
                if (!(normal(verticesM, triangles, t, n) > 1e-12)) {
                    throw new IllegalArgumentException("mesh triangle " + t + " is degenerate (zero area)");
                }
            }
            verticesM = verticesM.clone();
            triangles = triangles.clone();
        }

        @Override
        public double[] verticesM() {
            return verticesM.clone();
        }

        @Override
        public int[] triangles() {
            return triangles.clone();
        }

        /** Number of triangles. */
        public int triangleCount() {
            return triangles.length / 3;
        }

        /**
         * A closed box, outward faces, rotated by the row-major rotation {@code rotation} (3 x 3,
         * body to world) about its centre.
         */
        public static Mesh box(double[] centerM, double[] halfExtentsM, double[] rotation) {
            new Box(centerM, halfExtentsM);
            if (rotation == null || rotation.length != 9) {
                throw new IllegalArgumentException("a box rotation needs 9 numbers (row-major 3 x 3)");
            }
            double[] v = new double[24];
            for (int i = 0; i < 8; i++) {
                double lx = ((i & 1) == 0 ? -1 : 1) * halfExtentsM[0];
                double ly = ((i & 2) == 0 ? -1 : 1) * halfExtentsM[1];
                double lz = ((i & 4) == 0 ? -1 : 1) * halfExtentsM[2];
                for (int r = 0; r < 3; r++) {
                    v[3 * i + r] = centerM[r] + rotation[3 * r] * lx + rotation[3 * r + 1] * ly + rotation[3 * r + 2] * lz;
                }
            }
            int[] t = {
                0, 2, 3, 0, 3, 1, // -z
                4, 5, 7, 4, 7, 6, // +z
                0, 1, 5, 0, 5, 4, // -y
                2, 6, 7, 2, 7, 3, // +y
                0, 4, 6, 0, 6, 2, // -x
                1, 3, 7, 1, 7, 5, // +x
            };
            return new Mesh(v, t);
        }

        /** Rotation (row-major) about the world y axis by {@code angleRad}: a box tilted that way. */
        public static double[] rotationY(double angleRad) {
            double c = Math.cos(angleRad);
            double s = Math.sin(angleRad);
            return new double[] {c, 0, s, 0, 1, 0, -s, 0, c};
        }
    }

    /** Unnormalized normal of triangle t into n; returns its length. */
    private static double normal(double[] v, int[] tri, int t, double[] n) {
        int a = 3 * tri[3 * t];
        int b = 3 * tri[3 * t + 1];
        int c = 3 * tri[3 * t + 2];
        double ux = v[b] - v[a];
        double uy = v[b + 1] - v[a + 1];
        double uz = v[b + 2] - v[a + 2];
        double wx = v[c] - v[a];
        double wy = v[c + 1] - v[a + 1];
        double wz = v[c + 2] - v[a + 2];
        n[0] = uy * wz - uz * wy;
        n[1] = uz * wx - ux * wz;
        n[2] = ux * wy - uy * wx;
        return Math.sqrt(n[0] * n[0] + n[1] * n[1] + n[2] * n[2]);
    }

    /**
     * An axis-aligned box.
     *
     * @param centerM      centre, world, m
     * @param halfExtentsM half sizes along x, y, z, m, each > 0
     */
    public record Box(double[] centerM, double[] halfExtentsM) {
        public Box {
            if (centerM == null || centerM.length != 3 || halfExtentsM == null || halfExtentsM.length != 3) {
                throw new IllegalArgumentException("a box needs 3 centre coordinates and 3 half extents");
            }
            for (int k = 0; k < 3; k++) {
                if (!Double.isFinite(centerM[k]) || !(halfExtentsM[k] > 0) || !Double.isFinite(halfExtentsM[k])) {
                    throw new IllegalArgumentException("box centre " + java.util.Arrays.toString(centerM) + " must be finite and half extents "
                            + java.util.Arrays.toString(halfExtentsM) + " finite and > 0");
                }
            }
            centerM = centerM.clone();
            halfExtentsM = halfExtentsM.clone();
        }

        /** A step: a box standing on the ground from x0 to x1 (all y within +-halfWidthM), heightM tall. */
        public static Box step(double x0, double x1, double halfWidthM, double heightM) {
            return new Box(new double[] {0.5 * (x0 + x1), 0, 0.5 * heightM}, new double[] {0.5 * (x1 - x0), halfWidthM, 0.5 * heightM});
        }

        @Override
        public double[] centerM() {
            return centerM.clone();
        }

        @Override
        public double[] halfExtentsM() {
            return halfExtentsM.clone();
        }
    }

    private final List<Box> boxes;
    private final double[] flat;
    private final List<Mesh> meshes;
    private final double[][] meshTriangles;
    /**
     * jbullet BVHs, one set per querying thread: a jbullet shape keeps a private object pool that is
     * not thread-safe, so threads must not share one.
     */
    private final ThreadLocal<BvhTriangleMeshShape[]> meshBvh = ThreadLocal.withInitial(this::buildBvh);

    /** A scene of these boxes (the list is copied). */
    public Scene(List<Box> boxes) {
        this(boxes, List.of());
    }

    /** A scene of these axis-aligned boxes and triangle meshes (the lists are copied). */
    public Scene(List<Box> boxes, List<Mesh> meshes) {
        this.meshes = List.copyOf(meshes);
        meshTriangles = new double[this.meshes.size()][];
        for (int i = 0; i < this.meshes.size(); i++) {
            Mesh mesh = this.meshes.get(i);
            int nt = mesh.triangleCount();
            double[] tri = new double[12 * nt];
            double[] n = new double[3];
            for (int t = 0; t < nt; t++) {
                for (int k = 0; k < 3; k++) {
                    System.arraycopy(mesh.verticesM, 3 * mesh.triangles[3 * t + k], tri, 12 * t + 3 * k, 3);
                }
                double len = normal(mesh.verticesM, mesh.triangles, t, n);
                for (int k = 0; k < 3; k++) {
                    tri[12 * t + 9 + k] = n[k] / len;
                }
            }
            meshTriangles[i] = tri;
        }
        this.boxes = List.copyOf(boxes);
        flat = new double[6 * this.boxes.size()];
        for (int b = 0; b < this.boxes.size(); b++) {
            System.arraycopy(this.boxes.get(b).centerM, 0, flat, 6 * b, 3);
            System.arraycopy(this.boxes.get(b).halfExtentsM, 0, flat, 6 * b + 3, 3);
        }
    }

    /** The boxes. */
    public List<Box> boxes() {
        return boxes;
    }

    /** Number of boxes. */
    public int boxCount() {
        return boxes.size();
    }

    /** The triangle meshes. */
    public List<Mesh> meshes() {
        return meshes;
    }

    /** Number of triangle meshes. */
    public int meshCount() {
        return meshes.size();
    }

    /**
     * Flat triangle data of mesh i, (triangles x 12): vertices a, b, c (3 each), unit front normal
     * (3), world, m. Live array, read-only.
     */
    public double[] meshTrianglesRef(int i) {
        return meshTriangles[i];
    }

    /**
     * jbullet's bounding-volume hierarchy of mesh i (float), for candidate triangles overlapping an
     * AABB; its triangle indices are those of {@link #meshTrianglesRef}. One instance per calling
     * thread (built on the thread's first call); use it only on that thread.
     */
    public BvhTriangleMeshShape meshBvhRef(int i) {
        return meshBvh.get()[i];
    }

    private BvhTriangleMeshShape[] buildBvh() {
        BvhTriangleMeshShape[] out = new BvhTriangleMeshShape[meshes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bvh(meshes.get(i));
        }
        return out;
    }

    private static BvhTriangleMeshShape bvh(Mesh mesh) {
        int nt = mesh.triangleCount();
        int nv = mesh.verticesM.length / 3;
        ByteBuffer idx = ByteBuffer.allocateDirect(12 * nt).order(ByteOrder.nativeOrder());
        for (int k = 0; k < 3 * nt; k++) {
            idx.putInt(mesh.triangles[k]);
        }
        idx.flip();
        ByteBuffer ver = ByteBuffer.allocateDirect(12 * nv).order(ByteOrder.nativeOrder());
        for (int k = 0; k < 3 * nv; k++) {
            ver.putFloat((float) mesh.verticesM[k]);
        }
        ver.flip();
        return new BvhTriangleMeshShape(new TriangleIndexVertexArray(nt, idx, 12, nv, ver, 12), true);
    }

    /** Flat box data, (boxes x 6): centre (3), half extents (3), m. Live array, read-only. */
    public double[] boxesRef() {
        return flat;
    }
}
