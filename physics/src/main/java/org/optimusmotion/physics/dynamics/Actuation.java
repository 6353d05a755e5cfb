package org.optimusmotion.physics.dynamics;

import org.optimusmotion.physics.data.SimData;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;
import org.optimusmotion.physics.spatial.Smooth;

/**
 * Joint torques that do not come from contact:
 * <pre>
 *   tau_j = kp_j (qhat_j - q_j) - kd_j qd_j                         (PD servo, actuated joints)
 *         - k_lim w [softplus((q_j - hi_j)/w) - softplus((lo_j - q_j)/w)]  (soft limits)
 *         - damping_j qd_j                                          (viscous joint damping)
 * </pre>
 * with the PD target qhat linearly interpolated between the control knots of two video frames.
 */
public final class Actuation {

    private Actuation() {
    }

    /**
     * Interpolates the PD targets {@code d.target = (1 - alpha) qhat[frame] + alpha qhat[frame + 1]}
     * (the second knot is ignored when {@code alpha == 0}).
     */
    public static void interpolateTargets(Model m, double[][] qhat, int frame, double alpha, SimData d) {
        int na = m.actuatorCount();
        double[] a = qhat[frame];
        if (alpha == 0) {
            System.arraycopy(a, 0, d.target, 0, na);
            return;
        }
        double[] b = qhat[frame + 1];
        for (int k = 0; k < na; k++) {
            d.target[k] = (1 - alpha) * a[k] + alpha * b[k];
        }
    }

    /** Writes {@code d.tau} from {@code d.q, d.qd, d.target}. */
    public static void forward(Model m, SimOptions o, SimData d) {
        int n = m.dof();
        double[] tau = d.tau;
        double[] q = d.q;
        double[] qd = d.qd;
        int[] actOf = m.actuatorOfDofRef();
        double[] kp = m.kpRef();
        double[] kd = m.kdRef();
        double[] damping = m.dampingRef();
        boolean[] limited = m.limitedRef();
        double[] lo = m.lowerLimitRef();
        double[] hi = m.upperLimitRef();
        boolean pd = o.actuationEnabled();
        boolean damp = o.passiveDampingEnabled();
        double kLim = o.jointLimitStiffness();
        double w = o.jointLimitSmoothingRad();
        for (int j = 0; j < n; j++) {
            double t = 0;
            int a = actOf[j];
            if (pd && a >= 0) {
                t += kp[j] * (d.target[a] - q[j]) - kd[j] * qd[j];
            }
            if (kLim > 0 && limited[j]) {
                t -= kLim * w * (Smooth.softplus((q[j] - hi[j]) / w) - Smooth.softplus((lo[j] - q[j]) / w));
            }
            if (damp) {
                t -= damping[j] * qd[j];
            }
            tau[j] = t;
        }
    }

    /**
     * Adds h (kd_j + damping_j) to the diagonal of {@code d.massMatrix} (before factorisation): the
     * velocity-proportional torques are then integrated implicitly, -D qd(t + h) = -D (qd + h qdd),
     * which keeps stiff PD damping stable at the default step (as MuJoCo's implicit damping does).
     * The term depends on neither q nor qd, so the adjoint only sees it through the factor of M.
     */
    public static void addImplicitDamping(Model m, SimOptions o, SimData d) {
        double h = o.timestepSeconds();
        int n = m.dof();
        int[] actOf = m.actuatorOfDofRef();
        double[] kd = m.kdRef();
        double[] damping = m.dampingRef();
        boolean pd = o.actuationEnabled();
        boolean damp = o.passiveDampingEnabled();
        for (int j = 0; j < n; j++) {
            double c = 0;
            if (pd && actOf[j] >= 0) {
                c += kd[j];
            }
            if (damp) {
                c += damping[j];
            }
            d.massMatrix[j * n + j] += h * c;
        }
    }

    /** Adjoint of {@link #forward}: adds into {@code qBar, qdBar, targetBar} given {@code tauBar}. */
    public static void backward(Model m, SimOptions o, SimData d, double[] tauBar, double[] qBar, double[] qdBar,
            double[] targetBar) {
        int n = m.dof();
        double[] q = d.q;
        int[] actOf = m.actuatorOfDofRef();
        double[] kp = m.kpRef();
        double[] kd = m.kdRef();
        double[] damping = m.dampingRef();
        boolean[] limited = m.limitedRef();
        double[] lo = m.lowerLimitRef();
        double[] hi = m.upperLimitRef();
        boolean pd = o.actuationEnabled();
        boolean damp = o.passiveDampingEnabled();
        double kLim = o.jointLimitStiffness();
        double w = o.jointLimitSmoothingRad();
        for (int j = 0; j < n; j++) {
            double tb = tauBar[j];
            int a = actOf[j];
            if (pd && a >= 0) {
                targetBar[a] += kp[j] * tb;
                qBar[j] -= kp[j] * tb;
                qdBar[j] -= kd[j] * tb;
            }
            if (kLim > 0 && limited[j]) {
                // d/dq of -k w [sp((q-hi)/w) - sp((lo-q)/w)] = -k [sigmoid((q-hi)/w) + sigmoid((lo-q)/w)]
                qBar[j] -= kLim * (Smooth.sigmoid((q[j] - hi[j]) / w) + Smooth.sigmoid((lo[j] - q[j]) / w)) * tb;
            }
            if (damp) {
                qdBar[j] -= damping[j] * tb;
            }
        }
    }

    /** Adjoint of {@link #interpolateTargets}: adds {@code targetBar} into the two knots' adjoints. */
    public static void interpolateTargetsBackward(Model m, double[] targetBar, int frame, double alpha, double[][] qhatBar) {
        int na = m.actuatorCount();
        double[] a = qhatBar[frame];
        if (alpha == 0) {
            for (int k = 0; k < na; k++) {
                a[k] += targetBar[k];
            }
            return;
        }
        double[] b = qhatBar[frame + 1];
        for (int k = 0; k < na; k++) {
            a[k] += (1 - alpha) * targetBar[k];
            b[k] += alpha * targetBar[k];
        }
    }
}
