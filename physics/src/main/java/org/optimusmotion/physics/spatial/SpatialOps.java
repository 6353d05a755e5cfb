package org.optimusmotion.physics.spatial;

/**
 * Static kernels on spatial vectors and rotations stored in {@code double[]} at offsets
 * (Featherstone, "Rigid Body Dynamics Algorithms" (RBDA), 2008, ch. 2). A spatial motion or force
 * vector is (angular, linear); a joint transform X from a parent to a child frame is given by the
 * child's rotation {@code rot} (child axes as columns, in parent coordinates, row-major 3 x 3) and
 * the child origin {@code r} in parent coordinates. A rigid-body inertia is (m, h = m c, I_O (xx yy
 * zz xy xz yz)). Outputs come first; output and inputs must not alias unless stated. No allocation.
 */
public final class SpatialOps {

    private SpatialOps() {
    }

    /** out(9) = rotation by {@code angle} about the unit axis (a), Rodrigues: cos I + (1 - cos) a a^T + sin [a]x. */
    public static void axisAngle(double[] out, int o, double ax, double ay, double az, double angle) {
        double c = StrictMath.cos(angle);
        double s = StrictMath.sin(angle);
        double t = 1 - c;
        out[o] = c + t * ax * ax;
        out[o + 1] = t * ax * ay - s * az;
        out[o + 2] = t * ax * az + s * ay;
        out[o + 3] = t * ax * ay + s * az;
        out[o + 4] = c + t * ay * ay;
        out[o + 5] = t * ay * az - s * ax;
        out[o + 6] = t * ax * az - s * ay;
        out[o + 7] = t * ay * az + s * ax;
        out[o + 8] = c + t * az * az;
    }

    /** out(9) = a(9) b(9). out must not alias a or b. */
    public static void mul33(double[] out, int o, double[] a, int ao, double[] b, int bo) {
        for (int r = 0; r < 3; r++) {
            double a0 = a[ao + 3 * r];
            double a1 = a[ao + 3 * r + 1];
            double a2 = a[ao + 3 * r + 2];
            out[o + 3 * r] = a0 * b[bo] + a1 * b[bo + 3] + a2 * b[bo + 6];
            out[o + 3 * r + 1] = a0 * b[bo + 1] + a1 * b[bo + 4] + a2 * b[bo + 7];
            out[o + 3 * r + 2] = a0 * b[bo + 2] + a1 * b[bo + 5] + a2 * b[bo + 8];
        }
    }

    /**
     * out(6) = X u: a motion vector from parent to child coordinates, w' = E w, v' = E (v - r x w) with
     * E = rot^T (RBDA eq. 2.24). out must not alias u.
     */
    public static void motionToChild(double[] out, int o, double[] rot, int ro, double[] r, int rp, double[] u, int uo) {
        double wx = u[uo];
        double wy = u[uo + 1];
        double wz = u[uo + 2];
        double rx = r[rp];
        double ry = r[rp + 1];
        double rz = r[rp + 2];
        double vx = u[uo + 3] - (ry * wz - rz * wy);
        double vy = u[uo + 4] - (rz * wx - rx * wz);
        double vz = u[uo + 5] - (rx * wy - ry * wx);
        out[o] = rot[ro] * wx + rot[ro + 3] * wy + rot[ro + 6] * wz;
        out[o + 1] = rot[ro + 1] * wx + rot[ro + 4] * wy + rot[ro + 7] * wz;
        out[o + 2] = rot[ro + 2] * wx + rot[ro + 5] * wy + rot[ro + 8] * wz;
        out[o + 3] = rot[ro] * vx + rot[ro + 3] * vy + rot[ro + 6] * vz;
        out[o + 4] = rot[ro + 1] * vx + rot[ro + 4] * vy + rot[ro + 7] * vz;
        out[o + 5] = rot[ro + 2] * vx + rot[ro + 5] * vy + rot[ro + 8] * vz;
    }

    /**
     * out(6) += X^T f: a force vector from child to parent coordinates, f' = rot f, n' = rot n + r x f'
     * (also the adjoint of {@link #motionToChild}). out must not alias f.
     */
    public static void addForceToParent(double[] out, int o, double[] rot, int ro, double[] r, int rp, double[] f, int fo) {
        double nx = f[fo];
        double ny = f[fo + 1];
        double nz = f[fo + 2];
        double fx = f[fo + 3];
        double fy = f[fo + 4];
        double fz = f[fo + 5];
        double px = rot[ro] * fx + rot[ro + 1] * fy + rot[ro + 2] * fz;
        double py = rot[ro + 3] * fx + rot[ro + 4] * fy + rot[ro + 5] * fz;
        double pz = rot[ro + 6] * fx + rot[ro + 7] * fy + rot[ro + 8] * fz;
        double rx = r[rp];
        double ry = r[rp + 1];
        double rz = r[rp + 2];
        out[o] += rot[ro] * nx + rot[ro + 1] * ny + rot[ro + 2] * nz + (ry * pz - rz * py);
        out[o + 1] += rot[ro + 3] * nx + rot[ro + 4] * ny + rot[ro + 5] * nz + (rz * px - rx * pz);
        out[o + 2] += rot[ro + 6] * nx + rot[ro + 7] * ny + rot[ro + 8] * nz + (rx * py - ry * px);
        out[o + 3] += px;
        out[o + 4] += py;
        out[o + 5] += pz;
    }

    /** out(6) = a x b, motion cross product: (wa x wb, wa x vb + va x wb). out must not alias. */
    public static void crossMotion(double[] out, int o, double[] a, int ao, double[] b, int bo) {
        double ax = a[ao];
        double ay = a[ao + 1];
        double az = a[ao + 2];
        double lx = a[ao + 3];
        double ly = a[ao + 4];
        double lz = a[ao + 5];
        double bx = b[bo];
        double by = b[bo + 1];
        double bz = b[bo + 2];
        double mx = b[bo + 3];
        double my = b[bo + 4];
        double mz = b[bo + 5];
        out[o] = ay * bz - az * by;
        out[o + 1] = az * bx - ax * bz;
        out[o + 2] = ax * by - ay * bx;
        out[o + 3] = ay * mz - az * my + ly * bz - lz * by;
        out[o + 4] = az * mx - ax * mz + lz * bx - lx * bz;
        out[o + 5] = ax * my - ay * mx + lx * by - ly * bx;
    }

    /** out(6) += v x* f, force cross product: (w x n + u x f, w x f) for v = (w, u), f = (n, f). */
    public static void addCrossForce(double[] out, int o, double[] v, int vo, double[] f, int fo) {
        double wx = v[vo];
        double wy = v[vo + 1];
        double wz = v[vo + 2];
        double ux = v[vo + 3];
        double uy = v[vo + 4];
        double uz = v[vo + 5];
        double nx = f[fo];
        double ny = f[fo + 1];
        double nz = f[fo + 2];
        double fx = f[fo + 3];
        double fy = f[fo + 4];
        double fz = f[fo + 5];
        out[o] += wy * nz - wz * ny + uy * fz - uz * fy;
        out[o + 1] += wz * nx - wx * nz + uz * fx - ux * fz;
        out[o + 2] += wx * ny - wy * nx + ux * fy - uy * fx;
        out[o + 3] += wy * fz - wz * fy;
        out[o + 4] += wz * fx - wx * fz;
        out[o + 5] += wx * fy - wy * fx;
    }

    /** out(6) = I u for the rigid-body inertia I = (m, h, I_O): (I_O w + h x v, m v - h x w). out must not alias u. */
    public static void applyInertia(double[] out, int o, double[] in, int io, double[] u, int uo) {
        double m = in[io];
        double hx = in[io + 1];
        double hy = in[io + 2];
        double hz = in[io + 3];
        double wx = u[uo];
        double wy = u[uo + 1];
        double wz = u[uo + 2];
        double vx = u[uo + 3];
        double vy = u[uo + 4];
        double vz = u[uo + 5];
        out[o] = in[io + 4] * wx + in[io + 7] * wy + in[io + 8] * wz + hy * vz - hz * vy;
        out[o + 1] = in[io + 7] * wx + in[io + 5] * wy + in[io + 9] * wz + hz * vx - hx * vz;
        out[o + 2] = in[io + 8] * wx + in[io + 9] * wy + in[io + 6] * wz + hx * vy - hy * vx;
        out[o + 3] = m * vx - (hy * wz - hz * wy);
        out[o + 4] = m * vy - (hz * wx - hx * wz);
        out[o + 5] = m * vz - (hx * wy - hy * wx);
    }

    /**
     * out(10) += the inertia {@code in} (child coordinates) expressed in the parent frame: rotate
     * (h' = rot h, I' = rot I rot^T), then shift the origin by r (parallel axis for the first moment):
     * h_p = h' + m r, I_p = I' + m(|r|^2 1 - r r^T) + 2 (r.h') 1 - r h'^T - h' r^T.
     */
    public static void addInertiaToParent(double[] out, int o, double[] rot, int ro, double[] r, int rp, double[] in, int io) {
        double m = in[io];
        double[] e = rot;
        double hx = e[ro] * in[io + 1] + e[ro + 1] * in[io + 2] + e[ro + 2] * in[io + 3];
        double hy = e[ro + 3] * in[io + 1] + e[ro + 4] * in[io + 2] + e[ro + 5] * in[io + 3];
        double hz = e[ro + 6] * in[io + 1] + e[ro + 7] * in[io + 2] + e[ro + 8] * in[io + 3];
        double ixx = in[io + 4];
        double iyy = in[io + 5];
        double izz = in[io + 6];
        double ixy = in[io + 7];
        double ixz = in[io + 8];
        double iyz = in[io + 9];
        // T = rot I (3x3), then I' = T rot^T (symmetric: only 6 entries).
        double t00 = e[ro] * ixx + e[ro + 1] * ixy + e[ro + 2] * ixz;
        double t01 = e[ro] * ixy + e[ro + 1] * iyy + e[ro + 2] * iyz;
        double t02 = e[ro] * ixz + e[ro + 1] * iyz + e[ro + 2] * izz;
        double t10 = e[ro + 3] * ixx + e[ro + 4] * ixy + e[ro + 5] * ixz;
        double t11 = e[ro + 3] * ixy + e[ro + 4] * iyy + e[ro + 5] * iyz;
        double t12 = e[ro + 3] * ixz + e[ro + 4] * iyz + e[ro + 5] * izz;
        double t20 = e[ro + 6] * ixx + e[ro + 7] * ixy + e[ro + 8] * ixz;
        double t21 = e[ro + 6] * ixy + e[ro + 7] * iyy + e[ro + 8] * iyz;
        double t22 = e[ro + 6] * ixz + e[ro + 7] * iyz + e[ro + 8] * izz;
        double jxx = t00 * e[ro] + t01 * e[ro + 1] + t02 * e[ro + 2];
        double jyy = t10 * e[ro + 3] + t11 * e[ro + 4] + t12 * e[ro + 5];
        double jzz = t20 * e[ro + 6] + t21 * e[ro + 7] + t22 * e[ro + 8];
        double jxy = t00 * e[ro + 3] + t01 * e[ro + 4] + t02 * e[ro + 5];
        double jxz = t00 * e[ro + 6] + t01 * e[ro + 7] + t02 * e[ro + 8];
        double jyz = t10 * e[ro + 6] + t11 * e[ro + 7] + t12 * e[ro + 8];
        double rx = r[rp];
        double ry = r[rp + 1];
        double rz = r[rp + 2];
        double rr = rx * rx + ry * ry + rz * rz;
        double rh = rx * hx + ry * hy + rz * hz;
        out[o] += m;
        out[o + 1] += hx + m * rx;
        out[o + 2] += hy + m * ry;
        out[o + 3] += hz + m * rz;
        out[o + 4] += jxx + m * (rr - rx * rx) + 2 * (rh - rx * hx);
        out[o + 5] += jyy + m * (rr - ry * ry) + 2 * (rh - ry * hy);
        out[o + 6] += jzz + m * (rr - rz * rz) + 2 * (rh - rz * hz);
        out[o + 7] += jxy - m * rx * ry - rx * hy - hx * ry;
        out[o + 8] += jxz - m * rx * rz - rx * hz - hx * rz;
        out[o + 9] += jyz - m * ry * rz - ry * hz - hy * rz;
    }

    /** a(6) . b(6). */
    public static double dot6(double[] a, int ao, double[] b, int bo) {
        return a[ao] * b[bo] + a[ao + 1] * b[bo + 1] + a[ao + 2] * b[bo + 2] + a[ao + 3] * b[bo + 3] + a[ao + 4] * b[bo + 4]
                + a[ao + 5] * b[bo + 5];
    }
}
