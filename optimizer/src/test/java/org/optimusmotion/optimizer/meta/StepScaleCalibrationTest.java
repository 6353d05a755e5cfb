package org.optimusmotion.optimizer.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.learned.AdafactorMlp;
import org.optimusmotion.optimizer.learned.AdafactorMlpConfig;

class StepScaleCalibrationTest {

    /** A steep bowl whose minimum is 1e-4 from the start: untrained steps overshoot it by orders of magnitude. */
    private static TrainingTask nearbyMinimum(int n) {
        double[] x0 = new double[n];
        return new TrainingTask() {
            @Override
            public String id() {
                return "bowl-" + n;
            }

            @Override
            public Problem newProblem() {
                return new CountingProblem() {
                    @Override
                    public int dimension() {
                        return n;
                    }

                    @Override
                    protected double compute(double[] x, double[] gradient) {
                        double f = 0;
                        for (int i = 0; i < n; i++) {
                            double d = x[i] - 1e-4 * (i + 1) / n;
                            f += 1e6 * d * d;
                            if (gradient != null) {
                                gradient[i] = 2e6 * d;
                            }
                        }
                        return f;
                    }
                };
            }

            @Override
            public double[] x0() {
                return x0.clone();
            }

            @Override
            public double fStar() {
                return 0;
            }
        };
    }

    @Test
    void picksASmallerStepWhenTheShippedScaleOvershoots() {
        AdafactorMlp family = new AdafactorMlp(AdafactorMlpConfig.defaults());
        double[] theta = family.initialTheta(3);
        List<TrainingTask> tasks = new ArrayList<>();
        tasks.add(nearbyMinimum(5));
        tasks.add(nearbyMinimum(9));
        TaskValidation validation = new TaskValidation(tasks, 30);
        List<String> log = new ArrayList<>();

        double[] calibrated = StepScaleCalibration.calibrate(family, theta, validation, log::add);

        int idx = family.logStepScaleIndex();
        double decades = -(calibrated[idx] - theta[idx]) * 10 / Math.log(10);
        assertEquals(StepScaleCalibration.DECADES + 4, log.size(), "7 decades, then 4 quarter-decade refinements");
        assertTrue(decades >= 1.99, "expected a step at least 100x smaller, got 10^-" + decades);
        assertTrue(validation.score(family, calibrated) < validation.score(family, theta) - 1.0,
                "calibration must improve the score by more than one log unit");
        for (int i = 0; i < theta.length; i++) {
            if (i != idx) {
                assertEquals(theta[i], calibrated[i], "only the step scale may change (index " + i + ")");
            }
        }
    }
}
