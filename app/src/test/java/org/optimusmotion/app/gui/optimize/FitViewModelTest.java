package org.optimusmotion.app.gui.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.optimusmotion.app.fit.CaseLoader;
import org.optimusmotion.app.fit.FitControl;
import org.optimusmotion.app.fit.FitException;
import org.optimusmotion.app.fit.FitListener;
import org.optimusmotion.app.fit.FitProgress;
import org.optimusmotion.app.fit.FitRequest;
import org.optimusmotion.app.fit.FitResult;
import org.optimusmotion.app.fit.FitService;
import org.optimusmotion.app.fit.MotionCase;
import org.optimusmotion.app.fit.OptimizerChoice;
import org.optimusmotion.app.fit.TestCases;
import org.optimusmotion.app.gui.task.DirectTaskExecutor;
import org.optimusmotion.optimizer.StopReason;

/** The loss curve of a fit slot, with a scripted fit service (no physics) on the direct executor. */
class FitViewModelTest {

    private static MotionCase sample;

    @BeforeAll
    static void load() throws Exception {
        sample = new CaseLoader().load(TestCases.sample());
    }

    /** Reports the given best losses, one evaluation each, then returns {@code finalLoss}. */
    private static FitService scripted(double[] bestLosses, double finalLoss) {
        return new FitService() {
            @Override
            public FitResult fit(FitRequest request, FitListener listener,
                    FitControl control) {
                for (int i = 0; i < bestLosses.length; i++) {
                    listener.onProgress(new FitProgress(i, i + 1, request.maxEvaluations(), bestLosses[i], bestLosses[i], 0.01 * i,
                            null));
                }
                return new FitResult(null, finalLoss, bestLosses.length, bestLosses.length, StopReason.MAX_EVALUATIONS, 0.1);
            }

            @Override
            public String describe() {
                return "scripted";
            }
        };
    }

    /** Returns what {@code answer} makes of each request, reporting no progress. */
    private static FitService answering(String name, java.util.function.Function<FitRequest, FitResult> answer) {
        return new FitService() {
            @Override
            public FitResult fit(FitRequest request, FitListener listener, FitControl control) {
                return answer.apply(request);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }

    private static List<LossPoint> run(FitService service) {
        return finishedFit(service).lossPoints();
    }

    private static FitViewModel finishedFit(FitService service) {
        FitViewModel vm = new FitViewModel("A", new DirectTaskExecutor(), method -> service);
        vm.setCase(sample);
        vm.optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.budgetProperty().set(40);
        vm.start();
        assertEquals(FitState.DONE, vm.stateProperty().get(), vm.statusProperty().get());
        return vm;
    }

    @Test
    void aNewFitSlotStartsWithOptimusWhichTheBuildShips() {
        FitViewModel vm = new FitViewModel("A", new DirectTaskExecutor(), method -> scripted(new double[] {1}, 1));
        assertEquals(OptimizerChoice.OPTIMUS, vm.optimizerProperty().get());
        assertTrue(OptimizerChoice.OPTIMUS.available(), "the physics weights are on the class path");
    }

    @Test
    void theLessFootSkateChoiceReachesTheFitRequest() {
        List<FitRequest> requests = new ArrayList<>();
        FitService recording = answering("recording", request -> {
            requests.add(request);
            return new FitResult(null, 1, 1, 1, StopReason.MAX_EVALUATIONS, 0.1);
        });
        FitViewModel vm = new FitViewModel("A", new DirectTaskExecutor(), method -> recording);
        vm.setCase(sample);
        vm.optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.start();
        vm.lessFootSkateProperty().set(true);
        vm.start();
        assertEquals(2, requests.size());
        assertFalse(requests.get(0).lessFootSkate());
        assertTrue(requests.get(1).lessFootSkate());
    }

    @Test
    void aResultsWarningReachesTheStatusLine() {
        String warning = "1 of 8 windows could not be simulated (starting at frames [27]); their frames show the kinematic estimate";
        FitViewModel vm = finishedFit(answering("warning",
                request -> new FitResult(null, 0.5, 1, 1, StopReason.MAX_EVALUATIONS, 0.1, warning)));
        assertTrue(vm.statusProperty().get().endsWith(" · " + warning), vm.statusProperty().get());
        FitViewModel plain = finishedFit(answering("plain",
                request -> new FitResult(null, 0.5, 1, 1, StopReason.MAX_EVALUATIONS, 0.1)));
        assertFalse(plain.statusProperty().get().contains("could not"), plain.statusProperty().get());
    }

    @Test
    void cancellingBeforeAnyResultIsACancelNotAnError() {
        FitService cancelledEarly = new FitService() {
            @Override
            public FitResult fit(FitRequest request, FitListener listener, FitControl control) throws FitException {
                control.cancel(); // as the user pressing Cancel during the first reconstruction window
                throw new FitException("The reconstruction was cancelled before its first window finished.");
            }

            @Override
            public String describe() {
                return "cancelled early";
            }
        };
        FitViewModel vm = new FitViewModel("A", new DirectTaskExecutor(), method -> cancelledEarly);
        vm.setCase(sample);
        vm.optimizerProperty().set(OptimizerChoice.LBFGS);
        vm.start();
        assertEquals(FitState.CANCELLED, vm.stateProperty().get(), vm.statusProperty().get());
        assertEquals("", vm.errorProperty().get());
        assertTrue(vm.statusProperty().get().contains("cancelled"), vm.statusProperty().get());
    }

    @Test
    void aFitThatStopsUnderItsBudgetShowsAFullBarWhenDone() {
        FitViewModel vm = finishedFit(scripted(new double[] {4, 2, 1}, 0.8));
        assertEquals(1.0, vm.progressProperty().get(), "3 of 40 evaluations, but done");
    }

    @Test
    void everyQueuedPointReachesTheChartWhenTheFitEnds() {
        // Two reconstruction windows, each restarting its curve; coalescing must not lose the shape.
        double[] losses = {10, 5, 2, 1, 8, 4, 1, 0.5};
        List<LossPoint> curve = run(scripted(losses, 3.0));
        assertEquals(losses.length, curve.size(), "one point per 2 % drop or stride: " + curve);
        assertEquals(0.5, curve.get(curve.size() - 1).loss(), "no spike from the clip's final loss: " + curve);
    }

    @Test
    void aFinalLossThatImprovesTheCurveClosesIt() {
        List<LossPoint> curve = run(scripted(new double[] {4, 2, 1}, 0.8));
        assertEquals(0.8, curve.get(curve.size() - 1).loss());
        assertTrue(curve.size() == 4, curve.toString());
    }
}
