/**
 * The reconstruction problem suite for meta-training Optimus on physics (issue 7): windows of synthetic
 * cases cut from mocap clips, with a fixed split into training, validation and test clips
 * ({@link org.optimusmotion.physics.reconstruct.suite.ReconstructionSuite}), posed as meta-training tasks
 * ({@link org.optimusmotion.physics.reconstruct.suite.ReconstructionTasks}).
 */
package org.optimusmotion.physics.reconstruct.suite;
