package org.optimusmotion.physics.contact;

import java.util.Arrays;
import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.ContactParameters;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.spatial.Smooth;

/**
 * Smooth soft contact of the model's spheres with the ground plane z = 0, and its adjoint. For a
 * sphere of radius rho on link l whose lowest point P = p_l + R_l o - rho e_z has height {@code gap}
 * and velocity V (of the body point at P):
 * <pre>
 *   d_s  = delta softplus(-gap / delta)                       smoothed penetration
 *   f_n  = k d_s^1.5 * softplus(beta (1 - c V_z)) / beta       Hunt-Crossley, smoothly clamped at >= 0
 *   f_t  = -mu f_n V_t / sqrt(|V_t|^2 + v_s^2)                smooth Coulomb friction
 * </pre>
 * (Hunt and Crossley 1975; the softplus smoothing follows the "forces never vanish" soft contact of
 * the Tiny Differentiable Simulator). The force acts at P; its wrench about the link origin is
 * added to {@code d.extForce} in link coordinates. Spheres higher than {@value #CUTOFF_SMOOTHING_LENGTHS}
 * smoothing lengths produce exactly zero (their force would be below e^-45 of the contact scale).
 */
public final class SoftContact {

    /** Sharpness beta of the smooth clamp of the Hunt-Crossley damping factor. */
    public static final double DAMPING_CLAMP_SHARPNESS = 20.0;
    /** Gap, in smoothing lengths, above which a sphere is skipped. */
    public static final double CUTOFF_SMOOTHING_LENGTHS = 30.0;
    /** A sphere counts as active (for diagnostics) above this normal force, N. */
    public static final double ACTIVE_FORCE_N = 1.0e-3;

    private SoftContact() {
    }

    /**
     * Needs {@code Kinematics.forward} and {@code InverseDynamics.velocities}; writes
     * {@code d.extForce} (zeroed first), {@code contactForce, contactVel, contactArm, contactGap,
     * activeContacts}.
     */
    public static void forward(Model m, ContactParameters cp, SimData d) {
        int nc = m.contactCount();
        Arrays.fill(d.extForce, 0.0);
        int[] link = m.contactLinkRef();
        double[] off = m.contactOffsetRef();
        double[] rad = m.contactRadiusRef();
        double[] wr = d.worldRot;
        double[] wp = d.worldPos;
        double[] vel = d.vel;
        double delta = cp.smoothingLengthM();
        double k = cp.stiffness();
        double c = cp.dampingSecondsPerMeter();
        double mu = cp.friction();
        double vs2 = cp.slipVelocityMps() * cp.slipVelocityMps();
        double beta = DAMPING_CLAMP_SHARPNESS;
        int active = 0;
        for (int s = 0; s < nc; s++) {
            int l = link[s];
            int l9 = 9 * l;
            int s3 = 3 * s;
            double ox = off[s3];
            double oy = off[s3 + 1];
            double oz = off[s3 + 2];
            // arm = R o - rho e_z;  gap = p_z + (R o)_z - rho
            double ax = wr[l9] * ox + wr[l9 + 1] * oy + wr[l9 + 2] * oz;
            double ay = wr[l9 + 3] * ox + wr[l9 + 4] * oy + wr[l9 + 5] * oz;
            double az = wr[l9 + 6] * ox + wr[l9 + 7] * oy + wr[l9 + 8] * oz - rad[s];
            double gap = wp[3 * l + 2] + az;
            d.contactGap[s] = gap;
            d.contactArm[s3] = ax;
            d.contactArm[s3 + 1] = ay;
            d.contactArm[s3 + 2] = az;
            if (gap > CUTOFF_SMOOTHING_LENGTHS * delta) {
                d.contactForce[s3] = 0;
                d.contactForce[s3 + 1] = 0;
                d.contactForce[s3 + 2] = 0;
                continue;
            }
            // World velocity of the body point at the contact: V = R u + (R w) x arm.
            int l6 = 6 * l;
            double wx = wr[l9] * vel[l6] + wr[l9 + 1] * vel[l6 + 1] + wr[l9 + 2] * vel[l6 + 2];
            double wy = wr[l9 + 3] * vel[l6] + wr[l9 + 4] * vel[l6 + 1] + wr[l9 + 5] * vel[l6 + 2];
            double wz = wr[l9 + 6] * vel[l6] + wr[l9 + 7] * vel[l6 + 1] + wr[l9 + 8] * vel[l6 + 2];
            double vx = wr[l9] * vel[l6 + 3] + wr[l9 + 1] * vel[l6 + 4] + wr[l9 + 2] * vel[l6 + 5] + wy * az - wz * ay;
            double vy = wr[l9 + 3] * vel[l6 + 3] + wr[l9 + 4] * vel[l6 + 4] + wr[l9 + 5] * vel[l6 + 5] + wz * ax - wx * az;
            double vz = wr[l9 + 6] * vel[l6 + 3] + wr[l9 + 7] * vel[l6 + 4] + wr[l9 + 8] * vel[l6 + 5] + wx * ay - wy * ax;
            d.contactVel[s3] = vx;
            d.contactVel[s3 + 1] = vy;
            d.contactVel[s3 + 2] = vz;
            double ds = delta * Smooth.softplus(-gap / delta);
            double spring = k * ds * Math.sqrt(ds);
            double gs = Smooth.softplus(beta * (1 - c * vz)) / beta;
            double fn = spring * gs;
            double sl = Math.sqrt(vx * vx + vy * vy + vs2);
            double fx = -mu * fn * vx / sl;
            double fy = -mu * fn * vy / sl;
            d.contactForce[s3] = fx;
            d.contactForce[s3 + 1] = fy;
            d.contactForce[s3 + 2] = fn;
            if (fn > ACTIVE_FORCE_N) {
                active++;
            }
            // Wrench about the link origin in link coordinates: (R^T (arm x F), R^T F).
            double tx = ay * fn - az * fy;
            double ty = az * fx - ax * fn;
            double tz = ax * fy - ay * fx;
            double[] e = d.extForce;
            e[l6] += wr[l9] * tx + wr[l9 + 3] * ty + wr[l9 + 6] * tz;
            e[l6 + 1] += wr[l9 + 1] * tx + wr[l9 + 4] * ty + wr[l9 + 7] * tz;
            e[l6 + 2] += wr[l9 + 2] * tx + wr[l9 + 5] * ty + wr[l9 + 8] * tz;
            e[l6 + 3] += wr[l9] * fx + wr[l9 + 3] * fy + wr[l9 + 6] * fn;
            e[l6 + 4] += wr[l9 + 1] * fx + wr[l9 + 4] * fy + wr[l9 + 7] * fn;
            e[l6 + 5] += wr[l9 + 2] * fx + wr[l9 + 5] * fy + wr[l9 + 8] * fn;
        }
        d.activeContacts = active;
    }

    /**
     * Adjoint of {@link #forward}: from {@code g.extForceBar} writes {@code g.velBar} (zeroed first)
     * and adds into {@code g.worldRotBar, g.worldPosBar}. Needs the state of {@link #forward}.
     */
    public static void backward(Model m, ContactParameters cp, SimData d, SimAdjoint g) {
        int nc = m.contactCount();
        Arrays.fill(g.velBar, 0.0);
        int[] link = m.contactLinkRef();
        double[] off = m.contactOffsetRef();
        double[] wr = d.worldRot;
        double[] vel = d.vel;
        double[] rb = g.worldRotBar;
        double[] eb = g.extForceBar;
        double[] vb = g.velBar;
        double delta = cp.smoothingLengthM();
        double k = cp.stiffness();
        double c = cp.dampingSecondsPerMeter();
        double mu = cp.friction();
        double vs2 = cp.slipVelocityMps() * cp.slipVelocityMps();
        double beta = DAMPING_CLAMP_SHARPNESS;
        for (int s = 0; s < nc; s++) {
            double gap = d.contactGap[s];
            if (gap > CUTOFF_SMOOTHING_LENGTHS * delta) {
                continue;
            }
            int l = link[s];
            int l9 = 9 * l;
            int l6 = 6 * l;
            int s3 = 3 * s;
            double ox = off[s3];
            double oy = off[s3 + 1];
            double oz = off[s3 + 2];
            double ax = d.contactArm[s3];
            double ay = d.contactArm[s3 + 1];
            double az = d.contactArm[s3 + 2];
            double vx = d.contactVel[s3];
            double vy = d.contactVel[s3 + 1];
            double vz = d.contactVel[s3 + 2];
            double fx = d.contactForce[s3];
            double fy = d.contactForce[s3 + 1];
            double fn = d.contactForce[s3 + 2];
            double tx = ay * fn - az * fy;
            double ty = az * fx - ax * fn;
            double tz = ax * fy - ay * fx;
            double nbx = eb[l6];
            double nby = eb[l6 + 1];
            double nbz = eb[l6 + 2];
            double fbx = eb[l6 + 3];
            double fby = eb[l6 + 4];
            double fbz = eb[l6 + 5];
            // y = R^T x:  xBar = R yBar,  RBar += x yBar^T
            double tbx = wr[l9] * nbx + wr[l9 + 1] * nby + wr[l9 + 2] * nbz;
            double tby = wr[l9 + 3] * nbx + wr[l9 + 4] * nby + wr[l9 + 5] * nbz;
            double tbz = wr[l9 + 6] * nbx + wr[l9 + 7] * nby + wr[l9 + 8] * nbz;
            double gx = wr[l9] * fbx + wr[l9 + 1] * fby + wr[l9 + 2] * fbz;
            double gy = wr[l9 + 3] * fbx + wr[l9 + 4] * fby + wr[l9 + 5] * fbz;
            double gz = wr[l9 + 6] * fbx + wr[l9 + 7] * fby + wr[l9 + 8] * fbz;
            FeatureContact.addOuter(rb, l9, tx, ty, tz, nbx, nby, nbz);
            FeatureContact.addOuter(rb, l9, fx, fy, fn, fbx, fby, fbz);
            // tau = arm x F:  armBar = F x tauBar,  FBar += tauBar x arm
            double abx = fy * tbz - fn * tby;
            double aby = fn * tbx - fx * tbz;
            double abz = fx * tby - fy * tbx;
            gx += tby * az - tbz * ay;
            gy += tbz * ax - tbx * az;
            gz += tbx * ay - tby * ax;
            // friction and normal force
            double sl = Math.sqrt(vx * vx + vy * vy + vs2);
            double fnBar = gz - mu * (gx * vx + gy * vy) / sl;
            double vdot = (vx * gx + vy * gy) / (sl * sl * sl);
            double vxBar = -mu * fn * (gx / sl - vx * vdot);
            double vyBar = -mu * fn * (gy / sl - vy * vdot);
            double x = -gap / delta;
            double ds = delta * Smooth.softplus(x);
            double spring = k * ds * Math.sqrt(ds);
            double damp = beta * (1 - c * vz);
            double gs = Smooth.softplus(damp) / beta;
            double vzBar = -c * Smooth.sigmoid(damp) * spring * fnBar;
            double gapBar = -1.5 * k * Math.sqrt(ds) * Smooth.sigmoid(x) * gs * fnBar;
            // V = u + omega x arm:  omegaBar = arm x VBar,  armBar += VBar x omega
            int l3 = 3 * l;
            double wx = wr[l9] * vel[l6] + wr[l9 + 1] * vel[l6 + 1] + wr[l9 + 2] * vel[l6 + 2];
            double wy = wr[l9 + 3] * vel[l6] + wr[l9 + 4] * vel[l6 + 1] + wr[l9 + 5] * vel[l6 + 2];
            double wz = wr[l9 + 6] * vel[l6] + wr[l9 + 7] * vel[l6 + 1] + wr[l9 + 8] * vel[l6 + 2];
            double obx = ay * vzBar - az * vyBar;
            double oby = az * vxBar - ax * vzBar;
            double obz = ax * vyBar - ay * vxBar;
            abx += vyBar * wz - vzBar * wy;
            aby += vzBar * wx - vxBar * wz;
            abz += vxBar * wy - vyBar * wx;
            // u = R u_b, omega = R w_b
            FeatureContact.addOuter(rb, l9, vxBar, vyBar, vzBar, vel[l6 + 3], vel[l6 + 4], vel[l6 + 5]);
            FeatureContact.addOuter(rb, l9, obx, oby, obz, vel[l6], vel[l6 + 1], vel[l6 + 2]);
            vb[l6] += wr[l9] * obx + wr[l9 + 3] * oby + wr[l9 + 6] * obz;
            vb[l6 + 1] += wr[l9 + 1] * obx + wr[l9 + 4] * oby + wr[l9 + 7] * obz;
            vb[l6 + 2] += wr[l9 + 2] * obx + wr[l9 + 5] * oby + wr[l9 + 8] * obz;
            vb[l6 + 3] += wr[l9] * vxBar + wr[l9 + 3] * vyBar + wr[l9 + 6] * vzBar;
            vb[l6 + 4] += wr[l9 + 1] * vxBar + wr[l9 + 4] * vyBar + wr[l9 + 7] * vzBar;
            vb[l6 + 5] += wr[l9 + 2] * vxBar + wr[l9 + 5] * vyBar + wr[l9 + 8] * vzBar;
            // arm = R o - rho e_z;  gap = p_z + arm_z
            abz += gapBar;
            g.worldPosBar[l3 + 2] += gapBar;
            FeatureContact.addOuter(rb, l9, abx, aby, abz, ox, oy, oz);
        }
    }

}
