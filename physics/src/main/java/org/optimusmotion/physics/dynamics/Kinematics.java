package org.optimusmotion.physics.dynamics;

import org.optimusmotion.physics.data.SimAdjoint;
import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.spatial.SpatialOps;

/**
 * Forward kinematics and its adjoint. Joint i: revolute, rot_i = exp([a_i] q_i), r_i = offset_i;
 * prismatic, rot_i = 1, r_i = offset_i + a_i q_i. World: R_i = R_p rot_i, p_i = p_p + R_p r_i.
 */
public final class Kinematics {

    private Kinematics() {
    }

    /** Reads {@code d.q}; writes {@code jointRot, jointPos, worldRot, worldPos}. */
    public static void forward(Model m, SimData d) {
        int n = m.dof();
        int[] parent = m.parentRef();
        boolean[] revolute = m.revoluteRef();
        double[] axis = m.axisRef();
        double[] offset = m.offsetRef();
        double[] q = d.q;
        double[] rot = d.jointRot;
        double[] pos = d.jointPos;
        double[] wr = d.worldRot;
        double[] wp = d.worldPos;
        for (int i = 0; i < n; i++) {
            int a3 = 3 * i;
            int r9 = 9 * i;
            if (revolute[i]) {
                SpatialOps.axisAngle(rot, r9, axis[a3], axis[a3 + 1], axis[a3 + 2], q[i]);
                pos[a3] = offset[a3];
                pos[a3 + 1] = offset[a3 + 1];
                pos[a3 + 2] = offset[a3 + 2];
            } else {
                rot[r9] = 1;
                rot[r9 + 1] = 0;
                rot[r9 + 2] = 0;
                rot[r9 + 3] = 0;
                rot[r9 + 4] = 1;
                rot[r9 + 5] = 0;
                rot[r9 + 6] = 0;
                rot[r9 + 7] = 0;
                rot[r9 + 8] = 1;
                pos[a3] = offset[a3] + axis[a3] * q[i];
                pos[a3 + 1] = offset[a3 + 1] + axis[a3 + 1] * q[i];
                pos[a3 + 2] = offset[a3 + 2] + axis[a3 + 2] * q[i];
            }
            int p = parent[i];
            if (p < 0) {
                System.arraycopy(rot, r9, wr, r9, 9);
                wp[a3] = pos[a3];
                wp[a3 + 1] = pos[a3 + 1];
                wp[a3 + 2] = pos[a3 + 2];
            } else {
                // R_i = R_p rot_i;  p_i = p_p + R_p r_i
                int p9 = 9 * p;
                int p3 = 3 * p;
                SpatialOps.mul33(wr, r9, wr, p9, rot, r9);
                double rx = pos[a3];
                double ry = pos[a3 + 1];
                double rz = pos[a3 + 2];
                wp[a3] = wp[p3] + wr[p9] * rx + wr[p9 + 1] * ry + wr[p9 + 2] * rz;
                wp[a3 + 1] = wp[p3 + 1] + wr[p9 + 3] * rx + wr[p9 + 4] * ry + wr[p9 + 5] * rz;
                wp[a3 + 2] = wp[p3 + 2] + wr[p9 + 6] * rx + wr[p9 + 7] * ry + wr[p9 + 8] * rz;
            }
        }
    }

    /** Keypoints K_k = p_l + R_l o_k into {@code out[o .. o + 3 * Keypoint.COUNT)}; needs {@link #forward}. */
    public static void keypoints(Model m, SimData d, double[] out, int o) {
        int[] link = m.keypointLinkRef();
        double[] off = m.keypointOffsetRef();
        double[] wr = d.worldRot;
        double[] wp = d.worldPos;
        for (int k = 0; k < Keypoint.COUNT; k++) {
            int l = link[k];
            int l9 = 9 * l;
            int l3 = 3 * l;
            double ox = off[3 * k];
            double oy = off[3 * k + 1];
            double oz = off[3 * k + 2];
            out[o + 3 * k] = wp[l3] + wr[l9] * ox + wr[l9 + 1] * oy + wr[l9 + 2] * oz;
            out[o + 3 * k + 1] = wp[l3 + 1] + wr[l9 + 3] * ox + wr[l9 + 4] * oy + wr[l9 + 5] * oz;
            out[o + 3 * k + 2] = wp[l3 + 2] + wr[l9 + 6] * ox + wr[l9 + 7] * oy + wr[l9 + 8] * oz;
        }
    }

    /** Adjoint of {@link #keypoints}: worldPosBar += Kbar, worldRotBar += Kbar o^T. */
    public static void keypointsBackward(Model m, double[] kBar, int o, SimAdjoint g) {
        int[] link = m.keypointLinkRef();
        double[] off = m.keypointOffsetRef();
        double[] rb = g.worldRotBar;
        double[] pb = g.worldPosBar;
        for (int k = 0; k < Keypoint.COUNT; k++) {
            int l = link[k];
            double ox = off[3 * k];
            double oy = off[3 * k + 1];
            double oz = off[3 * k + 2];
            for (int r = 0; r < 3; r++) {
                double b = kBar[o + 3 * k + r];
                pb[3 * l + r] += b;
                rb[9 * l + 3 * r] += b * ox;
                rb[9 * l + 3 * r + 1] += b * oy;
                rb[9 * l + 3 * r + 2] += b * oz;
            }
        }
    }

    /**
     * Adjoint of {@link #forward}: consumes (and destroys) {@code g.worldRotBar, g.worldPosBar} and adds
     * dL/dq into {@code qBar}. Uses dR_i/dq_i = R_i [a_i]x for a revolute joint (a_i is its own rotation
     * axis, so [a]x commutes with rot_i), dp_i/dq_i = R_p a_i for a prismatic one.
     */
    public static void backward(Model m, SimData d, SimAdjoint g, double[] qBar) {
        int n = m.dof();
        int[] parent = m.parentRef();
        boolean[] revolute = m.revoluteRef();
        double[] axis = m.axisRef();
        double[] rot = d.jointRot;
        double[] pos = d.jointPos;
        double[] wr = d.worldRot;
        double[] rb = g.worldRotBar;
        double[] pb = g.worldPosBar;
        for (int i = n - 1; i >= 0; i--) {
            int i9 = 9 * i;
            int i3 = 3 * i;
            int p = parent[i];
            double ax = axis[i3];
            double ay = axis[i3 + 1];
            double az = axis[i3 + 2];
            if (revolute[i]) {
                // qBar += <Rbar, R [a]x> = a . vee(T - T^T) with T = R^T Rbar.
                double t01 = 0;
                double t10 = 0;
                double t02 = 0;
                double t20 = 0;
                double t12 = 0;
                double t21 = 0;
                for (int k = 0; k < 3; k++) {
                    double r0 = wr[i9 + 3 * k];
                    double r1 = wr[i9 + 3 * k + 1];
                    double r2 = wr[i9 + 3 * k + 2];
                    double b0 = rb[i9 + 3 * k];
                    double b1 = rb[i9 + 3 * k + 1];
                    double b2 = rb[i9 + 3 * k + 2];
                    t01 += r0 * b1;
                    t10 += r1 * b0;
                    t02 += r0 * b2;
                    t20 += r2 * b0;
                    t12 += r1 * b2;
                    t21 += r2 * b1;
                }
                qBar[i] += ax * (t21 - t12) + ay * (t02 - t20) + az * (t10 - t01);
            }
            if (p < 0) {
                if (!revolute[i]) {
                    // p_i = offset + a q
                    qBar[i] += ax * pb[i3] + ay * pb[i3 + 1] + az * pb[i3 + 2];
                }
                continue;
            }
            int p9 = 9 * p;
            int p3 = 3 * p;
            // R_i = R_p rot_i:  Rbar_p += Rbar_i rot_i^T
            for (int r = 0; r < 3; r++) {
                double b0 = rb[i9 + 3 * r];
                double b1 = rb[i9 + 3 * r + 1];
                double b2 = rb[i9 + 3 * r + 2];
                for (int c = 0; c < 3; c++) {
                    rb[p9 + 3 * r + c] += b0 * rot[i9 + 3 * c] + b1 * rot[i9 + 3 * c + 1] + b2 * rot[i9 + 3 * c + 2];
                }
            }
            // p_i = p_p + R_p r_i:  pbar_p += pbar_i, Rbar_p += pbar_i r_i^T, rbar = R_p^T pbar_i
            double px = pb[i3];
            double py = pb[i3 + 1];
            double pz = pb[i3 + 2];
            pb[p3] += px;
            pb[p3 + 1] += py;
            pb[p3 + 2] += pz;
            double rx = pos[i3];
            double ry = pos[i3 + 1];
            double rz = pos[i3 + 2];
            rb[p9] += px * rx;
            rb[p9 + 1] += px * ry;
            rb[p9 + 2] += px * rz;
            rb[p9 + 3] += py * rx;
            rb[p9 + 4] += py * ry;
            rb[p9 + 5] += py * rz;
            rb[p9 + 6] += pz * rx;
            rb[p9 + 7] += pz * ry;
            rb[p9 + 8] += pz * rz;
            if (!revolute[i]) {
                double rbx = wr[p9] * px + wr[p9 + 3] * py + wr[p9 + 6] * pz;
                double rby = wr[p9 + 1] * px + wr[p9 + 4] * py + wr[p9 + 7] * pz;
                double rbz = wr[p9 + 2] * px + wr[p9 + 5] * py + wr[p9 + 8] * pz;
                qBar[i] += ax * rbx + ay * rby + az * rbz;
            }
        }
    }
}
