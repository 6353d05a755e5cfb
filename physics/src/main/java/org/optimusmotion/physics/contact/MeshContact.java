package org.optimusmotion.physics.contact;

import com.bulletphysics.collision.shapes.TriangleCallback;
import javax.vecmath.Vector3f;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;

/**
 * Soft contact of the contact spheres with the triangle meshes of a {@link Scene} (ramps, stairs,
 * rotated boxes), with the force law of {@link BoxContact}, and its adjoint.
 *
 * <p>Broad phase: jbullet's BVH ({@link Scene#meshBvhRef}, float) reports the triangles whose
 * bounding boxes overlap the sphere's box grown by the contact cutoff. Narrow phase (ours, double):
 * for each candidate, the closest triangle point q to the sphere centre c (Ericson, Real-Time
 * Collision Detection, 5.1.5) classifies c into the face region, an edge region or a vertex region:
 * <pre>
 *   face:         dist = n_tri . (c - a)  (signed),  n = n_tri (constant within the face)
 *   edge/vertex:  dist = |c - q|,  n = (c - q) / dist,  dq/dc = e e^T on an edge, 0 at a vertex
 * </pre>
 * Edge and vertex regions behind the triangle plane, and faces whose centre lies more than one
 * radius behind the plane, are ignored (triangles are one-sided). Per sphere and mesh the candidate
 * of least |dist| is the contact (so coplanar neighbours and a box's two face triangles never count
 * twice); gap = dist - rho. The model is piecewise smooth and its derivative is exact within a
 * feature; at a switch between features (a concave crease) the normal jumps. A sphere in a concave
 * corner gets only the nearer wall of a mesh (one contact per sphere and mesh).
 *
 * <p>Allocation: none per step once warm. Our query object is per thread; jbullet's
 * {@code processAllTriangles} takes its node callback from the shape's object pool and its
 * temporaries from jbullet's thread-local stack (measured 0 bytes per step, see the scene section of
 * docs/simulator-design.md). Thread-safe: {@link Scene#meshBvhRef} is per thread.
 */
public final class MeshContact {

    /** Offset in {@code SimAdjoint.scratch} of the force adjoint's outputs (gapBar, nBar, armBar). */
    private static final int FB = 16;

    /** Face, edge and vertex regions of the closest triangle point. */
    static final int FACE = 0;
    static final int EDGE = 1;
    static final int VERTEX = 2;

    private static final ThreadLocal<Query> QUERY = ThreadLocal.withInitial(Query::new);

    private MeshContact() {
    }

    /** Adds mesh contact wrenches to {@code d.extForce} and counts active spheres into {@code d.activeContacts}. */
    public static void forward(Model m, ContactParameters cp, Scene scene, SimData d) {
        int nm = scene.meshCount();
        if (nm == 0) {
            return;
        }
        Query qy = QUERY.get();
        double[] w = d.scratch6;
        int nc = m.contactCount();
        for (int s = 0; s < nc; s++) {
            for (int i = 0; i < nm; i++) {
                if (!pair(m, cp, scene, d, s, i, qy, w)) {
                    continue;
                }
                int l6 = 6 * m.contactLinkRef()[s];
                for (int k = 0; k < 6; k++) {
                    d.extForce[l6 + k] += w[k];
                }
            }
        }
    }

    /**
     * Signed surface distance of a point c to mesh i of the scene within {@code reachM}, as the
     * contact uses it: true and {@code out[0..7]} = distance, unit normal (3, from the mesh to c),
     * region ({@code 0} face, {@code 1} edge, {@code 2} vertex), edge direction (3); false when no
     * triangle is within reach. {@code rho} only bounds how far behind a face c may lie. Does not
     * allocate once warm (one query per thread).
     */
    public static boolean surfaceDistance(Scene scene, int i, double cx, double cy, double cz, double rho, double reachM, double[] out) {
        Query qy = QUERY.get();
        if (!query(scene, i, cx, cy, cz, rho, reachM, qy)) {
            return false;
        }
        System.arraycopy(qy.res, 0, out, 0, 8);
        return true;
    }

    /**
     * Finds the contact of a sphere (centre c, radius rho) with mesh i: true and the result in
     * {@code qy.res} (dist, normal (3), region, edge direction (3)) when the gap is within the cutoff.
     */
    static boolean query(Scene scene, int i, double cx, double cy, double cz, double rho, double reachM, Query qy) {
        qy.begin(scene.meshTrianglesRef(i), cx, cy, cz, rho);
        float r = (float) (rho + reachM) + 1e-4f;
        qy.aabbMin.set((float) cx - r, (float) cy - r, (float) cz - r);
        qy.aabbMax.set((float) cx + r, (float) cy + r, (float) cz + r);
        scene.meshBvhRef(i).processAllTriangles(qy, qy.aabbMin, qy.aabbMax);
        return qy.found && qy.res[0] - rho <= reachM;
    }

    /**
     * Closest point of triangle t of {@code tri} ((triangles x 12), see {@link Scene#meshTrianglesRef})
     * to c, written to out: dist, normal (3), region, unit edge direction (3); false when the
     * triangle is not touchable from c (back side).
     */
    static boolean closest(double[] tri, int t, double px, double py, double pz, double rho, double[] out) {
        int o = 12 * t;
        double ax = tri[o];
        double ay = tri[o + 1];
        double az = tri[o + 2];
        double nx = tri[o + 9];
        double ny = tri[o + 10];
        double nz = tri[o + 11];
        double plane = nx * (px - ax) + ny * (py - ay) + nz * (pz - az);
        double abx = tri[o + 3] - ax;
        double aby = tri[o + 4] - ay;
        double abz = tri[o + 5] - az;
        double acx = tri[o + 6] - ax;
        double acy = tri[o + 7] - ay;
        double acz = tri[o + 8] - az;
        double apx = px - ax;
        double apy = py - ay;
        double apz = pz - az;
        double d1 = abx * apx + aby * apy + abz * apz;
        double d2 = acx * apx + acy * apy + acz * apz;
        if (d1 <= 0 && d2 <= 0) {
            return point(plane, px, py, pz, ax, ay, az, VERTEX, 0, 0, 0, out);
        }
        double bpx = px - tri[o + 3];
        double bpy = py - tri[o + 4];
        double bpz = pz - tri[o + 5];
        double d3 = abx * bpx + aby * bpy + abz * bpz;
        double d4 = acx * bpx + acy * bpy + acz * bpz;
        if (d3 >= 0 && d4 <= d3) {
            return point(plane, px, py, pz, tri[o + 3], tri[o + 4], tri[o + 5], VERTEX, 0, 0, 0, out);
        }
        double vc = d1 * d4 - d3 * d2;
        if (vc <= 0 && d1 >= 0 && d3 <= 0) {
            double v = d1 / (d1 - d3);
            return point(plane, px, py, pz, ax + v * abx, ay + v * aby, az + v * abz, EDGE, abx, aby, abz, out);
        }
        double cpx = px - tri[o + 6];
        double cpy = py - tri[o + 7];
        double cpz = pz - tri[o + 8];
        double d5 = abx * cpx + aby * cpy + abz * cpz;
        double d6 = acx * cpx + acy * cpy + acz * cpz;
        if (d6 >= 0 && d5 <= d6) {
            return point(plane, px, py, pz, tri[o + 6], tri[o + 7], tri[o + 8], VERTEX, 0, 0, 0, out);
        }
        double vb = d5 * d2 - d1 * d6;
        if (vb <= 0 && d2 >= 0 && d6 <= 0) {
            double w = d2 / (d2 - d6);
            return point(plane, px, py, pz, ax + w * acx, ay + w * acy, az + w * acz, EDGE, acx, acy, acz, out);
        }
        double va = d3 * d6 - d5 * d4;
        if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
            double w = (d4 - d3) / ((d4 - d3) + (d5 - d6));
            double bcx = tri[o + 6] - tri[o + 3];
            double bcy = tri[o + 7] - tri[o + 4];
            double bcz = tri[o + 8] - tri[o + 5];
            return point(plane, px, py, pz, tri[o + 3] + w * bcx, tri[o + 4] + w * bcy, tri[o + 5] + w * bcz, EDGE, bcx, bcy, bcz, out);
        }
        if (plane < -rho) {
            return false;
        }
        out[0] = plane;
        out[1] = nx;
        out[2] = ny;
        out[3] = nz;
        out[4] = FACE;
        out[5] = 0;
        out[6] = 0;
        out[7] = 0;
        return true;
    }

    /** Edge or vertex region: the contact from closest point q. */
    private static boolean point(double plane, double px, double py, double pz, double qx, double qy, double qz, int region,
            double ex, double ey, double ez, double[] out) {
        double dx = px - qx;
        double dy = py - qy;
        double dz = pz - qz;
        double dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
        if (plane < 0 || !(dist > 0)) {
            return false;
        }
        double el = Math.sqrt(ex * ex + ey * ey + ez * ez);
        out[0] = dist;
        out[1] = dx / dist;
        out[2] = dy / dist;
        out[3] = dz / dist;
        out[4] = region;
        out[5] = region == EDGE ? ex / el : 0;
        out[6] = region == EDGE ? ey / el : 0;
        out[7] = region == EDGE ? ez / el : 0;
        return true;
    }

    /** Reusable per-thread broad-phase callback keeping the best candidate. */
    static final class Query extends TriangleCallback {
        final Vector3f aabbMin = new Vector3f();
        final Vector3f aabbMax = new Vector3f();
        /** Best contact: dist, normal (3), region, edge direction (3). */
        final double[] res = new double[8];
        private final double[] tmp = new double[8];
        private double[] tri;
        private double cx;
        private double cy;
        private double cz;
        private double rho;
        boolean found;
        int triangle;

        void begin(double[] triangles, double x, double y, double z, double radius) {
            tri = triangles;
            cx = x;
            cy = y;
            cz = z;
            rho = radius;
            found = false;
            triangle = -1;
        }

        @Override
        public void processTriangle(Vector3f[] vertices, int partId, int triangleIndex) {
            if (!closest(tri, triangleIndex, cx, cy, cz, rho, tmp)) {
                return;
            }
            // least |dist|; ties go to the lower index so the choice does not depend on BVH order
            double a = Math.abs(tmp[0]);
            double b = Math.abs(res[0]);
            if (!found || a < b || (a == b && triangleIndex < triangle)) {
                System.arraycopy(tmp, 0, res, 0, 8);
                found = true;
                triangle = triangleIndex;
            }
        }
    }

    private static boolean pair(Model m, ContactParameters cp, Scene scene, SimData d, int s, int i, Query qy, double[] out) {
        int l = m.contactLinkRef()[s];
        int l9 = 9 * l;
        int l3 = 3 * l;
        int s3 = 3 * s;
        double[] wr = d.worldRot;
        double[] off = m.contactOffsetRef();
        double rho = m.contactRadiusRef()[s];
        double delta = cp.smoothingLengthM();
        double ox = off[s3];
        double oy = off[s3 + 1];
        double oz = off[s3 + 2];
        double rox = wr[l9] * ox + wr[l9 + 1] * oy + wr[l9 + 2] * oz;
        double roy = wr[l9 + 3] * ox + wr[l9 + 4] * oy + wr[l9 + 5] * oz;
        double roz = wr[l9 + 6] * ox + wr[l9 + 7] * oy + wr[l9 + 8] * oz;
        double cx = d.worldPos[l3] + rox;
        double cy = d.worldPos[l3 + 1] + roy;
        double cz = d.worldPos[l3 + 2] + roz;
        if (!query(scene, i, cx, cy, cz, rho, SoftContact.CUTOFF_SMOOTHING_LENGTHS * delta, qy)) {
            return false;
        }
        double gap = qy.res[0] - rho;
        double nx = qy.res[1];
        double ny = qy.res[2];
        double nz = qy.res[3];
        FeatureContact.force(cp, d, l, rox, roy, roz, rho, gap, nx, ny, nz, out);
        return true;
    }

    /**
     * Adjoint of {@link #forward}: from {@code g.extForceBar}, adds into {@code g.velBar,
     * g.worldRotBar, g.worldPosBar} (does not clear them).
     */
    public static void backward(Model m, ContactParameters cp, Scene scene, SimData d, SimAdjoint g) {
        int nm = scene.meshCount();
        if (nm == 0) {
            return;
        }
        Query qy = QUERY.get();
        int nc = m.contactCount();
        for (int s = 0; s < nc; s++) {
            for (int i = 0; i < nm; i++) {
                pairBackward(m, cp, scene, d, g, s, i, qy);
            }
        }
    }

    private static void pairBackward(Model m, ContactParameters cp, Scene scene, SimData d, SimAdjoint g, int s, int i, Query qy) {
        int l = m.contactLinkRef()[s];
        int l9 = 9 * l;
        int l3 = 3 * l;
        int s3 = 3 * s;
        double[] wr = d.worldRot;
        double[] off = m.contactOffsetRef();
        double rho = m.contactRadiusRef()[s];
        double delta = cp.smoothingLengthM();
        double ox = off[s3];
        double oy = off[s3 + 1];
        double oz = off[s3 + 2];
        double rox = wr[l9] * ox + wr[l9 + 1] * oy + wr[l9 + 2] * oz;
        double roy = wr[l9 + 3] * ox + wr[l9 + 4] * oy + wr[l9 + 5] * oz;
        double roz = wr[l9 + 6] * ox + wr[l9 + 7] * oy + wr[l9 + 8] * oz;
        double cx = d.worldPos[l3] + rox;
        double cy = d.worldPos[l3 + 1] + roy;
        double cz = d.worldPos[l3 + 2] + roz;
        if (!query(scene, i, cx, cy, cz, rho, SoftContact.CUTOFF_SMOOTHING_LENGTHS * delta, qy)) {
            return;
        }
        double[] res = qy.res;
        double gap = res[0] - rho;
        double nx = res[1];
        double ny = res[2];
        double nz = res[3];
        double dist = res[0];
        int region = (int) res[4];
        double ex = res[5];
        double ey = res[6];
        double ez = res[7];
        double[] fb = g.scratch;
        FeatureContact.forceBackward(cp, d, g, l, rox, roy, roz, rho, gap, nx, ny, nz, fb, FB);
        double gapBar = fb[FB];
        double nbxv = fb[FB + 1];
        double nbyv = fb[FB + 2];
        double nbzv = fb[FB + 3];
        // (gap, n) = narrow(c): face: cBar = gapBar n (n constant);
        // edge/vertex: n = (c - q) / |c - q|, cBar = gapBar n + (I - n n^T - e e^T) nBar / dist (e = 0 at a vertex)
        double cbx = gapBar * nx;
        double cby = gapBar * ny;
        double cbz = gapBar * nz;
        if (region != FACE) {
            double nn = nbxv * nx + nbyv * ny + nbzv * nz;
            double ee = nbxv * ex + nbyv * ey + nbzv * ez;
            cbx += (nbxv - nn * nx - ee * ex) / dist;
            cby += (nbyv - nn * ny - ee * ey) / dist;
            cbz += (nbzv - nn * nz - ee * ez) / dist;
        }
        FeatureContact.contactPointBackward(g, l, ox, oy, oz,
                fb[FB + 4] + cbx, fb[FB + 5] + cby, fb[FB + 6] + cbz, cbx, cby, cbz);
    }

}
