/**
 * Synthetic test cases from ground-truth motion: camera placement, 2D detector noise and the errors
 * of a monocular 3D estimator (docs/synthetic-cases.md).
 */
package org.optimusmotion.physics.synth;
