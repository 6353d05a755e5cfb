package org.optimusmotion.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.Budget;
import org.optimusmotion.optimizer.ConvergenceChecker;
import org.optimusmotion.optimizer.Minimizer;
import org.optimusmotion.optimizer.OptimizeResult;
import org.optimusmotion.optimizer.functions.FunctionSuite;
import org.optimusmotion.optimizer.functions.SuiteProblem;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.learned.LearnedWeights;

/** The weights in assets/weights are on the program's class path, valid, and run as ordinary optimizers. */
class ShippedWeightsTest {

    @Test
    void bothShippedWeightFilesLoadAndRun() throws Exception {
        SuiteProblem p = FunctionSuite.test(5, new int[] {10}).get(0);
        for (LearnedOptimizerKind kind : LearnedOptimizerKind.values()) {
            LearnedWeights w = LearnedOptimizers.shipped(Launcher.class, kind);
            assertEquals(kind, w.kind());
            OptimizeResult r = Minimizer.minimize(w.optimizer(), p.newProblem(), p.x0(), Budget.iterations(3),
                    ConvergenceChecker.never());
            assertEquals(3, r.iterations());
            assertTrue(Double.isFinite(r.value()), kind.id());
        }
    }
}
