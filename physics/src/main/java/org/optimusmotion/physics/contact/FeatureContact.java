package org.optimusmotion.physics.contact;

import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.spatial.Smooth;

/**
 * The soft contact force of one body sphere against a static scene feature (box face/edge/corner,
 * mesh triangle) and its adjoint, shared by {@link BoxContact} and {@link MeshContact}: both apply the
 * same force law to a (gap, normal) that only their narrow phases compute differently.
 * Allocation-free.
 */
final class FeatureContact {

    private FeatureContact() {
    }

    /**
     * The force law of {@link BoxContact} on the narrow phase's {@code gap} and unit normal {@code n}
     * for the contact sphere of radius {@code rho} at arm {@code R o = (rox, roy, roz)} of link
     * {@code l}: writes the wrench (moment, force; link frame) into {@code out[0..5]} and counts the
     * sphere into {@code d.activeContacts} when its normal force exceeds {@link SoftContact#ACTIVE_FORCE_N}.
     */
    static void force(ContactParameters cp, SimData d, int l, double rox, double roy, double roz, double rho,
                      double gap, double nx, double ny, double nz, double[] out) {
        int l9 = 9 * l;
        int l6 = 6 * l;
        double[] wr = d.worldRot;
        double delta = cp.smoothingLengthM();
        double ax = rox - rho * nx;
        double ay = roy - rho * ny;
        double az = roz - rho * nz;
        double[] vel = d.vel;
        double wx = wr[l9] * vel[l6] + wr[l9 + 1] * vel[l6 + 1] + wr[l9 + 2] * vel[l6 + 2];
        double wy = wr[l9 + 3] * vel[l6] + wr[l9 + 4] * vel[l6 + 1] + wr[l9 + 5] * vel[l6 + 2];
        double wz = wr[l9 + 6] * vel[l6] + wr[l9 + 7] * vel[l6 + 1] + wr[l9 + 8] * vel[l6 + 2];
        double vx = wr[l9] * vel[l6 + 3] + wr[l9 + 1] * vel[l6 + 4] + wr[l9 + 2] * vel[l6 + 5] + wy * az - wz * ay;
        double vy = wr[l9 + 3] * vel[l6 + 3] + wr[l9 + 4] * vel[l6 + 4] + wr[l9 + 5] * vel[l6 + 5] + wz * ax - wx * az;
        double vz = wr[l9 + 6] * vel[l6 + 3] + wr[l9 + 7] * vel[l6 + 4] + wr[l9 + 8] * vel[l6 + 5] + wx * ay - wy * ax;
        double vn = vx * nx + vy * ny + vz * nz;
        double tx = vx - vn * nx;
        double ty = vy - vn * ny;
        double tz = vz - vn * nz;
        double ds = delta * Smooth.softplus(-gap / delta);
        double spring = cp.stiffness() * ds * Math.sqrt(ds);
        double beta = SoftContact.DAMPING_CLAMP_SHARPNESS;
        double fn = spring * Smooth.softplus(beta * (1 - cp.dampingSecondsPerMeter() * vn)) / beta;
        double sl = Math.sqrt(tx * tx + ty * ty + tz * tz + cp.slipVelocityMps() * cp.slipVelocityMps());
        double mu = cp.friction();
        double fx = fn * nx - mu * fn * tx / sl;
        double fy = fn * ny - mu * fn * ty / sl;
        double fz = fn * nz - mu * fn * tz / sl;
        if (fn > SoftContact.ACTIVE_FORCE_N) {
            d.activeContacts++;
        }
        double mx = ay * fz - az * fy;
        double my = az * fx - ax * fz;
        double mz = ax * fy - ay * fx;
        out[0] = wr[l9] * mx + wr[l9 + 3] * my + wr[l9 + 6] * mz;
        out[1] = wr[l9 + 1] * mx + wr[l9 + 4] * my + wr[l9 + 7] * mz;
        out[2] = wr[l9 + 2] * mx + wr[l9 + 5] * my + wr[l9 + 8] * mz;
        out[3] = wr[l9] * fx + wr[l9 + 3] * fy + wr[l9 + 6] * fz;
        out[4] = wr[l9 + 1] * fx + wr[l9 + 4] * fy + wr[l9 + 7] * fz;
        out[5] = wr[l9 + 2] * fx + wr[l9 + 5] * fy + wr[l9 + 8] * fz;
    }

    /**
     * Backward through {@link #force}: the force F(gap, n, V) = fn n - mu fn t / |t|_s and its moment about link
     * {@code l}, given the narrow phase's {@code gap} and unit normal {@code n} for the contact
     * sphere of radius {@code rho} at arm {@code R o = (rox, roy, roz)}. Adds into
     * {@code g.velBar} and {@code g.worldRotBar} (the arm's and velocity's rotation terms) and writes
     * {@code out[o..o+6] = (gapBar, nBar (3), armBar (3))}; the narrow phase turns gapBar and nBar
     * into the contact point's adjoint, then {@link #contactPointBackward} finishes.
     */
    static void forceBackward(ContactParameters cp, SimData d, SimAdjoint g, int l,
                              double rox, double roy, double roz, double rho,
                              double gap, double nx, double ny, double nz, double[] out, int o) {
        int l9 = 9 * l;
        int l6 = 6 * l;
        double[] wr = d.worldRot;
        double delta = cp.smoothingLengthM();
        double ax = rox - rho * nx;
        double ay = roy - rho * ny;
        double az = roz - rho * nz;
        double[] vel = d.vel;
        double wx = wr[l9] * vel[l6] + wr[l9 + 1] * vel[l6 + 1] + wr[l9 + 2] * vel[l6 + 2];
        double wy = wr[l9 + 3] * vel[l6] + wr[l9 + 4] * vel[l6 + 1] + wr[l9 + 5] * vel[l6 + 2];
        double wz = wr[l9 + 6] * vel[l6] + wr[l9 + 7] * vel[l6 + 1] + wr[l9 + 8] * vel[l6 + 2];
        double vx = wr[l9] * vel[l6 + 3] + wr[l9 + 1] * vel[l6 + 4] + wr[l9 + 2] * vel[l6 + 5] + wy * az - wz * ay;
        double vy = wr[l9 + 3] * vel[l6 + 3] + wr[l9 + 4] * vel[l6 + 4] + wr[l9 + 5] * vel[l6 + 5] + wz * ax - wx * az;
        double vz = wr[l9 + 6] * vel[l6 + 3] + wr[l9 + 7] * vel[l6 + 4] + wr[l9 + 8] * vel[l6 + 5] + wx * ay - wy * ax;
        double vn = vx * nx + vy * ny + vz * nz;
        double tx = vx - vn * nx;
        double ty = vy - vn * ny;
        double tz = vz - vn * nz;
        double x = -gap / delta;
        double ds = delta * Smooth.softplus(x);
        double k = cp.stiffness();
        double spring = k * ds * Math.sqrt(ds);
        double beta = SoftContact.DAMPING_CLAMP_SHARPNESS;
        double cd = cp.dampingSecondsPerMeter();
        double damp = beta * (1 - cd * vn);
        double gs = Smooth.softplus(damp) / beta;
        double fn = spring * gs;
        double sl = Math.sqrt(tx * tx + ty * ty + tz * tz + cp.slipVelocityMps() * cp.slipVelocityMps());
        double mu = cp.friction();
        double fx = fn * nx - mu * fn * tx / sl;
        double fy = fn * ny - mu * fn * ty / sl;
        double fz = fn * nz - mu * fn * tz / sl;
        double mx = ay * fz - az * fy;
        double my = az * fx - ax * fz;
        double mz = ax * fy - ay * fx;
        double[] eb = g.extForceBar;
        double[] rb = g.worldRotBar;
        double nbx = eb[l6];
        double nby = eb[l6 + 1];
        double nbz = eb[l6 + 2];
        double fbx = eb[l6 + 3];
        double fby = eb[l6 + 4];
        double fbz = eb[l6 + 5];
        // y = R^T x:  xBar = R yBar,  RBar += x yBar^T
        double mbx = wr[l9] * nbx + wr[l9 + 1] * nby + wr[l9 + 2] * nbz;
        double mby = wr[l9 + 3] * nbx + wr[l9 + 4] * nby + wr[l9 + 5] * nbz;
        double mbz = wr[l9 + 6] * nbx + wr[l9 + 7] * nby + wr[l9 + 8] * nbz;
        double gx = wr[l9] * fbx + wr[l9 + 1] * fby + wr[l9 + 2] * fbz;
        double gy = wr[l9 + 3] * fbx + wr[l9 + 4] * fby + wr[l9 + 5] * fbz;
        double gz = wr[l9 + 6] * fbx + wr[l9 + 7] * fby + wr[l9 + 8] * fbz;
        addOuter(rb, l9, mx, my, mz, nbx, nby, nbz);
        addOuter(rb, l9, fx, fy, fz, fbx, fby, fbz);
        // moment = arm x F
        double abx = fy * mbz - fz * mby;
        double aby = fz * mbx - fx * mbz;
        double abz = fx * mby - fy * mbx;
        gx += mby * az - mbz * ay;
        gy += mbz * ax - mbx * az;
        gz += mbx * ay - mby * ax;
        // F = fn n - mu fn t / sl
        double gt = gx * tx + gy * ty + gz * tz;
        double fnBar = gx * nx + gy * ny + gz * nz - mu * gt / sl;
        double nbxv = fn * gx;
        double nbyv = fn * gy;
        double nbzv = fn * gz;
        double c3 = gt / (sl * sl * sl);
        double tbx = -mu * fn * (gx / sl - tx * c3);
        double tby = -mu * fn * (gy / sl - ty * c3);
        double tbz = -mu * fn * (gz / sl - tz * c3);
        // t = V - vn n
        double vbx = tbx;
        double vby = tby;
        double vbz = tbz;
        double tn = tbx * nx + tby * ny + tbz * nz;
        double vnBar = -tn;
        nbxv -= vn * tbx;
        nbyv -= vn * tby;
        nbzv -= vn * tbz;
        // fn = spring(gap) gs(vn)
        vnBar += -cd * Smooth.sigmoid(damp) * spring * fnBar;
        double gapBar = -1.5 * k * Math.sqrt(ds) * Smooth.sigmoid(x) * gs * fnBar;
        // vn = V . n
        vbx += vnBar * nx;
        vby += vnBar * ny;
        vbz += vnBar * nz;
        nbxv += vnBar * vx;
        nbyv += vnBar * vy;
        nbzv += vnBar * vz;
        // V = u + omega x arm
        double obx = ay * vbz - az * vby;
        double oby = az * vbx - ax * vbz;
        double obz = ax * vby - ay * vbx;
        abx += vby * wz - vbz * wy;
        aby += vbz * wx - vbx * wz;
        abz += vbx * wy - vby * wx;
        addOuter(rb, l9, vbx, vby, vbz, vel[l6 + 3], vel[l6 + 4], vel[l6 + 5]);
        addOuter(rb, l9, obx, oby, obz, vel[l6], vel[l6 + 1], vel[l6 + 2]);
        double[] vb = g.velBar;
        vb[l6] += wr[l9] * obx + wr[l9 + 3] * oby + wr[l9 + 6] * obz;
        vb[l6 + 1] += wr[l9 + 1] * obx + wr[l9 + 4] * oby + wr[l9 + 7] * obz;
        vb[l6 + 2] += wr[l9 + 2] * obx + wr[l9 + 5] * oby + wr[l9 + 8] * obz;
        vb[l6 + 3] += wr[l9] * vbx + wr[l9 + 3] * vby + wr[l9 + 6] * vbz;
        vb[l6 + 4] += wr[l9 + 1] * vbx + wr[l9 + 4] * vby + wr[l9 + 7] * vbz;
        vb[l6 + 5] += wr[l9 + 2] * vbx + wr[l9 + 5] * vby + wr[l9 + 8] * vbz;
        // arm = R o - rho n
        nbxv -= rho * abx;
        nbyv -= rho * aby;
        nbzv -= rho * abz;
        out[o] = gapBar;
        out[o + 1] = nbxv;
        out[o + 2] = nbyv;
        out[o + 3] = nbzv;
        out[o + 4] = abx;
        out[o + 5] = aby;
        out[o + 6] = abz;
    }

    /**
     * Contact point c = p + R o and arm R o: adds {@code cBar} into {@code g.worldPosBar} and
     * {@code armBar o^T} into {@code g.worldRotBar} of link {@code l}.
     */
    static void contactPointBackward(SimAdjoint g, int l, double ox, double oy, double oz,
                                     double abx, double aby, double abz, double cbx, double cby, double cbz) {
        int l3 = 3 * l;
        g.worldPosBar[l3] += cbx;
        g.worldPosBar[l3 + 1] += cby;
        g.worldPosBar[l3 + 2] += cbz;
        addOuter(g.worldRotBar, 9 * l, abx, aby, abz, ox, oy, oz);
    }

    /** out(9) += a b^T. */
    static void addOuter(double[] out, int o, double a0, double a1, double a2, double b0, double b1, double b2) {
        out[o] += a0 * b0;
        out[o + 1] += a0 * b1;
        out[o + 2] += a0 * b2;
        out[o + 3] += a1 * b0;
        out[o + 4] += a1 * b1;
        out[o + 5] += a1 * b2;
        out[o + 6] += a2 * b0;
        out[o + 7] += a2 * b1;
        out[o + 8] += a2 * b2;
    }
}
