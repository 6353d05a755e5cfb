package org.optimusmotion.optimizer.meta;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.SplittableRandom;

import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * The inner problem of meta-training (learned_optimization {@code TruncatedStep}): how particles get
 * tasks, how episodes start and end, and how one truncation of K inner steps runs for the + and − copies.
 * All randomness is derived from (seed, outer step, particle, inner step) through {@link Seeds}.
 *
 * <p>Immutable and thread-safe; the particle states it advances are not.
 */
public final class TruncatedUnroll {

    /** Stream tag for the initial episodes (outer step −1). */
    private static final long INITIAL_STEP = -1;

    private final LearnedOptimizer optimizer;
    private final TaskSampler sampler;
    private final TruncationSchedule schedule;
    private final int truncationLength;
    private final int randomInitialOffset;
    private final long seed;
    private final StepRule innerSteps;

    /**
     * @param truncationLength    K inner steps per truncation, at least 1
     * @param randomInitialOffset initial episode step counters are drawn in [0, offset) to desynchronise particles; ≥ 0
     */
    public TruncatedUnroll(LearnedOptimizer optimizer, TaskSampler sampler, TruncationSchedule schedule,
                           int truncationLength, int randomInitialOffset, long seed) {
        this(optimizer, sampler, schedule, truncationLength, randomInitialOffset, seed, StepRule.PLAIN);
    }

    /** @param innerSteps how every inner step is taken (descent safeguard, restarts; {@link StepRule#PLAIN}: the reference's) */
    public TruncatedUnroll(LearnedOptimizer optimizer, TaskSampler sampler, TruncationSchedule schedule,
                           int truncationLength, int randomInitialOffset, long seed, StepRule innerSteps) {
        if (truncationLength < 1) {
            throw new IllegalArgumentException("truncationLength must be >= 1, was " + truncationLength);
        }
        if (randomInitialOffset < 0) {
            throw new IllegalArgumentException("randomInitialOffset must be >= 0, was " + randomInitialOffset);
        }
        this.optimizer = optimizer;
        this.sampler = sampler;
        this.schedule = schedule;
        this.truncationLength = truncationLength;
        this.randomInitialOffset = randomInitialOffset;
        this.seed = seed;
        this.innerSteps = innerSteps;
    }

    public int truncationLength() {
        return truncationLength;
    }

    public LearnedOptimizer optimizer() {
        return optimizer;
    }

    /** A particle at the start of training, on a fresh task with a random initial step offset. */
    PesWorkerState initWorker(int particle) {
        long key = Seeds.mix(seed, INITIAL_STEP, particle, 0);
        Episode ep = new Episode();
        PesWorkerState w = newEpisodeState(key, ep, new double[optimizer.thetaLength()]);
        if (randomInitialOffset > 0) {
            ep.step = Seeds.stream(seed, INITIAL_STEP, particle, 1).nextInt(randomInitialOffset);
        }
        return w;
    }

    private PesWorkerState newEpisodeState(long key, Episode ep, double[] accumulator) {
        SplittableRandom rng = new SplittableRandom(key);
        TrainingTask task = sampler.sample(rng);
        ep.taskKey = key;
        ep.task = task;
        ep.length = schedule.sample(rng);
        ep.step = 0;
        ep.done = false;
        InnerRun pos = new InnerRun(optimizer.start(task.newProblem(), task.x0()));
        InnerRun neg = new InnerRun(optimizer.start(task.newProblem(), task.x0()));
        ep.f0 = pos.run().value();
        return new PesWorkerState(pos, neg, accumulator, ep);
    }

    /**
     * Runs one truncation of K inner steps for both copies (the reference's unroll with resets): a live
     * step records the loss at the current iterate, then applies the optimizer; a step after the episode
     * ended resets to a new task and records nothing (mask 0).
     *
     * @return the particle state to use next (a new object after a reset; the accumulator array is kept)
     */
    PesWorkerState unroll(PesWorkerState w, double[] thetaPos, double[] thetaNeg, long outerStep, int particle,
                          UnrollTrace trace) {
        trace.doneAt = -1;
        for (int t = 0; t < truncationLength; t++) {
            Episode ep = w.episode();
            if (ep.done) {
                w = newEpisodeState(Seeds.mix(seed, outerStep, particle, 2L + t), ep, w.accumulator());
                trace.lossPos[t] = 0;
                trace.lossNeg[t] = 0;
                trace.mask[t] = 0;
                continue;
            }
            double fStar = ep.task.fStar();
            double gapFloor = ep.task.gapFloor();
            trace.lossPos[t] = w.posState().loss(fStar, ep.f0, gapFloor);
            trace.lossNeg[t] = w.negState().loss(fStar, ep.f0, gapFloor);
            trace.mask[t] = 1;
            w.posState().step(thetaPos, innerSteps);
            w.negState().step(thetaNeg, innerSteps);
            ep.step++;
            if (ep.step >= ep.length) {
                ep.done = true;
                if (trace.doneAt < 0) {
                    trace.doneAt = t;
                }
            }
        }
        return w;
    }

    /** Writes a particle (task key, episode counters, both run states, accumulator). */
    void writeWorker(DataOutput out, PesWorkerState w) throws IOException {
        Episode ep = w.episode();
        out.writeLong(ep.taskKey);
        out.writeInt(ep.step);
        out.writeBoolean(ep.done);
        out.writeBoolean(w.posState().lastStepFailed());
        out.writeBoolean(w.negState().lastStepFailed());
        w.posState().run().writeState(out);
        w.negState().run().writeState(out);
        double[] acc = w.accumulator();
        out.writeInt(acc.length);
        for (double a : acc) {
            out.writeDouble(a);
        }
    }

    /** Reads a particle written by {@link #writeWorker}; the task is re-created from its key. */
    PesWorkerState readWorker(DataInput in) throws IOException {
        long key = in.readLong();
        int step = in.readInt();
        boolean done = in.readBoolean();
        boolean posFailed = in.readBoolean();
        boolean negFailed = in.readBoolean();
        Episode ep = new Episode();
        PesWorkerState w = newEpisodeState(key, ep, new double[optimizer.thetaLength()]);
        ep.step = step;
        ep.done = done;
        w.posState().run().readState(in);
        w.negState().run().readState(in);
        w.posState().setLastStepFailed(posFailed);
        w.negState().setLastStepFailed(negFailed);
        int len = in.readInt();
        if (len != w.accumulator().length) {
            throw new IOException("checkpoint accumulator has " + len + " values, optimizer needs " + w.accumulator().length);
        }
        for (int i = 0; i < len; i++) {
            w.accumulator()[i] = in.readDouble();
        }
        return w;
    }
}
