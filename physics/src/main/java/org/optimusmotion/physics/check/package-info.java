/**
 * Reproducible checks of the simulator that the command line exposes: a whole-rollout gradient check
 * against finite differences ({@link org.optimusmotion.physics.check.RolloutGradcheck}) and a
 * single-thread benchmark ({@link org.optimusmotion.physics.check.SimulatorBenchmark}) on seeded
 * random motions of the humanoid on the ground ({@link org.optimusmotion.physics.check.MotionScenario}).
 */
package org.optimusmotion.physics.check;
