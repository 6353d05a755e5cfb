/**
 * Spatial (6D) vector algebra and rotations on flat {@code double[]} arrays with offsets, after
 * Featherstone, "Rigid Body Dynamics Algorithms" (2008), ch. 2. Kernels are static, allocation-free
 * and write their output argument, which comes first.
 */
package org.optimusmotion.physics.spatial;
