package org.optimusmotion.physics.contact;

import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.Scene;

/**
 * Soft contact of the contact spheres with the static axis-aligned boxes of a {@link Scene}, with the
 * same force law as {@link SoftContact} along a general normal, and its adjoint. Narrow phase (our
 * own, double precision): for a sphere centre c outside a box, the closest box point b gives
 * gap = |c - b| - rho and n = (c - b) / |c - b| (smooth: faces, edges and corners); inside, the
 * nearest face gives n and gap = -(face depth) - rho. Then, with V the body-point velocity at
 * P = c - rho n, V_n = V . n, V_t = V - V_n n:
 * <pre>
 *   f_n = k d_s^1.5 softplus(beta (1 - c_d V_n)) / beta,  d_s = delta softplus(-gap / delta)
 *   F   = f_n n - mu f_n V_t / sqrt(|V_t|^2 + v_s^2)
 * </pre>
 * For a box whose top face is the plane z = 0 this equals {@link SoftContact} exactly. Adds to
 * {@code d.extForce} (does not clear it). No allocation.
 */
public final class BoxContact {

    /** Offset in {@code SimAdjoint.scratch} of the force adjoint's outputs (gapBar, nBar, armBar). */
    private static final int FB = 16;

    private BoxContact() {
    }

    /** Adds box contact wrenches to {@code d.extForce} and counts active spheres into {@code d.activeContacts}. */
    public static void forward(Model m, ContactParameters cp, Scene scene, SimData d) {
        int nb = scene.boxCount();
        if (nb == 0) {
            return;
        }
        double[] w = d.scratch6;
        int nc = m.contactCount();
        for (int s = 0; s < nc; s++) {
            for (int b = 0; b < nb; b++) {
                if (!pair(m, cp, scene, d, s, b, w)) {
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
     * Computes the wrench (link frame) of sphere s on box b into {@code out[0..5]}; false (and nothing
     * written) when the sphere is beyond the cutoff.
     */
    private static boolean pair(Model m, ContactParameters cp, Scene scene, SimData d, int s, int b, double[] out) {
        int l = m.contactLinkRef()[s];
        int l9 = 9 * l;
        int l3 = 3 * l;
        int s3 = 3 * s;
        double[] wr = d.worldRot;
        double[] off = m.contactOffsetRef();
        double rho = m.contactRadiusRef()[s];
        double[] box = scene.boxesRef();
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
        double gap = narrowPhase(box, b, cx, cy, cz, rho, out, 6);
        if (gap > SoftContact.CUTOFF_SMOOTHING_LENGTHS * delta) {
            return false;
        }
        double nx = out[6];
        double ny = out[7];
        double nz = out[8];
        FeatureContact.force(cp, d, l, rox, roy, roz, rho, gap, nx, ny, nz, out);
        return true;
    }

    /**
     * Adjoint of {@link #forward}: from {@code g.extForceBar}, adds into {@code g.velBar,
     * g.worldRotBar, g.worldPosBar} (does not clear them).
     */
    public static void backward(Model m, ContactParameters cp, Scene scene, SimData d, SimAdjoint g) {
        int nb = scene.boxCount();
        int nc = m.contactCount();
        for (int s = 0; s < nc; s++) {
            for (int b = 0; b < nb; b++) {
                pairBackward(m, cp, scene, d, g, s, b);
            }
        }
    }

    private static void pairBackward(Model m, ContactParameters cp, Scene scene, SimData d, SimAdjoint g, int s, int b) {
        int l = m.contactLinkRef()[s];
        int l9 = 9 * l;
        int l3 = 3 * l;
        int s3 = 3 * s;
        double[] wr = d.worldRot;
        double[] off = m.contactOffsetRef();
        double rho = m.contactRadiusRef()[s];
        double[] box = scene.boxesRef();
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
        double[] np = g.scratch;
        double gap = narrowPhase(box, b, cx, cy, cz, rho, np, 0);
        if (gap > SoftContact.CUTOFF_SMOOTHING_LENGTHS * delta) {
            return;
        }
        double nx = np[0];
        double ny = np[1];
        double nz = np[2];
        double dist = np[3];
        boolean outside = dist > 0;
        double qx = cx - box[6 * b];
        double qy = cy - box[6 * b + 1];
        double qz = cz - box[6 * b + 2];
        double hx = box[6 * b + 3];
        double hy = box[6 * b + 4];
        double hz = box[6 * b + 5];
        double[] fb = g.scratch;
        FeatureContact.forceBackward(cp, d, g, l, rox, roy, roz, rho, gap, nx, ny, nz, fb, FB);
        double gapBar = fb[FB];
        double nbxv = fb[FB + 1];
        double nbyv = fb[FB + 2];
        double nbzv = fb[FB + 3];
        // (gap, n) = narrow(c):  cBar = gapBar n + (1 - n n^T) nBar / dist outside, gapBar n inside
        double cbx = gapBar * nx;
        double cby = gapBar * ny;
        double cbz = gapBar * nz;
        if (outside) {
            // n = (c - b(c)) / |c - b(c)|;  d(c - b)/dc is the projector onto the clamped axes
            double nn = nbxv * nx + nbyv * ny + nbzv * nz;
            double px = (nbxv - nn * nx) / dist;
            double py = (nbyv - nn * ny) / dist;
            double pz = (nbzv - nn * nz) / dist;
            cbx += Math.abs(qx) > hx ? px : 0;
            cby += Math.abs(qy) > hy ? py : 0;
            cbz += Math.abs(qz) > hz ? pz : 0;
        }
        FeatureContact.contactPointBackward(g, l, ox, oy, oz,
                fb[FB + 4] + cbx, fb[FB + 5] + cby, fb[FB + 6] + cbz, cbx, cby, cbz);
    }

    /**
     * Narrow phase of a sphere (centre c, radius rho) against box {@code b} of {@code boxes}
     * ((boxes x 6): centre, half extents): returns the gap (surface distance, negative when
     * penetrating) and writes the unit contact normal (pointing from the box to the sphere) into
     * {@code out[o..o+2]} and the distance from c to the box ({@code 0} when c is inside) into
     * {@code out[o+3]}.
     */
    public static double narrowPhase(double[] boxes, int b, double cx, double cy, double cz, double rho, double[] out, int o) {
        double qx = cx - boxes[6 * b];
        double qy = cy - boxes[6 * b + 1];
        double qz = cz - boxes[6 * b + 2];
        double hx = boxes[6 * b + 3];
        double hy = boxes[6 * b + 4];
        double hz = boxes[6 * b + 5];
        // c minus its closest box point
        double dx = qx - Math.max(-hx, Math.min(hx, qx));
        double dy = qy - Math.max(-hy, Math.min(hy, qy));
        double dz = qz - Math.max(-hz, Math.min(hz, qz));
        double dist = Math.sqrt(dx * dx + dy * dy + dz * dz);
        out[o + 3] = dist;
        if (dist > 0) {
            out[o] = dx / dist;
            out[o + 1] = dy / dist;
            out[o + 2] = dz / dist;
            return dist - rho;
        }
        // inside: the nearest face
        double px = hx - Math.abs(qx);
        double py = hy - Math.abs(qy);
        double pz = hz - Math.abs(qz);
        out[o] = 0;
        out[o + 1] = 0;
        out[o + 2] = 0;
        if (px <= py && px <= pz) {
            out[o] = qx >= 0 ? 1 : -1;
            return -px - rho;
        }
        if (py <= pz) {
            out[o + 1] = qy >= 0 ? 1 : -1;
            return -py - rho;
        }
        out[o + 2] = qz >= 0 ? 1 : -1;
        return -pz - rho;
    }

}
