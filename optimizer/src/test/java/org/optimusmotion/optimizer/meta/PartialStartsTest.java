package org.optimusmotion.optimizer.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.optimusmotion.optimizer.learned.LearnedRun;
import org.optimusmotion.optimizer.learned.Optimus;
import org.optimusmotion.optimizer.learned.OptimusConfig;
import org.optimusmotion.optimizer.learned.StepRule;

class PartialStartsTest {

    private static final Optimus OPTIMUS = new Optimus(OptimusConfig.defaults());
    private static final StepRule RULE = new StepRule(3, 4);

    private static List<TrainingTask> twoQuadratics() {
        SplittableRandom rng = new SplittableRandom(3);
        return List.of(ToyTasks.quadratic(6, rng), ToyTasks.quadratic(9, rng));
    }

    @Test
    void eachTaskIsFollowedByItsPartialStartsWhereTheRuleTookTheWeightsAfterKSteps() {
        List<TrainingTask> tasks = twoQuadratics();
        double[] theta = OPTIMUS.initialTheta(5);
        List<TrainingTask> expanded = PartialStarts.expand(tasks, OPTIMUS, theta, RULE, new int[] {3, 7}, 2, done -> { });

        assertEquals(6, expanded.size());
        assertEquals(List.of("quadratic-d6", "quadratic-d6@3", "quadratic-d6@7", "quadratic-d9", "quadratic-d9@3",
                "quadratic-d9@7"), expanded.stream().map(TrainingTask::id).toList());
        for (int i = 0; i < 2; i++) {
            TrainingTask task = tasks.get(i);
            assertArrayEquals(task.x0(), expanded.get(3 * i).x0(), 0.0, "the task itself comes first, unchanged");
            // The same weights run by the same rule (a restart after step 4) from the task's start.
            LearnedRun run = OPTIMUS.start(task.newProblem(), task.x0());
            for (int t = 1; t <= 7; t++) {
                RULE.step(run, theta);
                if (t == 3) {
                    assertArrayEquals(run.xRef(), expanded.get(3 * i + 1).x0(), 0.0, task.id() + " after 3 steps");
                }
            }
            assertArrayEquals(run.xRef(), expanded.get(3 * i + 2).x0(), 0.0, task.id() + " after 7 steps");
            TrainingTask late = expanded.get(3 * i + 2);
            assertEquals(task.fStar(), late.fStar());
            assertEquals(task.gapFloor(), late.gapFloor());
            assertTrue(late.x0()[0] != task.x0()[0], task.id() + ": the partial start is elsewhere");
        }
    }

    @Test
    void aPartialStartIsACopyThatRunsCannotChange() {
        TrainingTask late = PartialStarts.expand(twoQuadratics(), OPTIMUS, OPTIMUS.initialTheta(5), RULE,
                new int[] {2}, 1, done -> { }).get(1);
        double[] x = late.x0();
        x[0] += 1;
        assertTrue(late.x0()[0] != x[0]);
    }

    @Test
    void stepCountsMustBePositiveAndIncreasing() {
        List<TrainingTask> tasks = twoQuadratics();
        double[] theta = OPTIMUS.initialTheta(5);
        assertThrows(IllegalArgumentException.class,
                () -> PartialStarts.expand(tasks, OPTIMUS, theta, RULE, new int[] {0, 3}, 1, done -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> PartialStarts.expand(tasks, OPTIMUS, theta, RULE, new int[] {5, 5}, 1, done -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> PartialStarts.expand(tasks, OPTIMUS, theta, RULE, new int[] {}, 1, done -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> PartialStarts.expand(List.of(), OPTIMUS, theta, RULE, new int[] {3}, 1, done -> { }));
    }
}
