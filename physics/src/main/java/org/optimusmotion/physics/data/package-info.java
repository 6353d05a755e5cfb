/**
 * Mutable per-thread simulation state and workspaces ({@link org.optimusmotion.physics.data.SimData})
 * and their adjoints ({@link org.optimusmotion.physics.data.SimAdjoint}). A
 * {@link org.optimusmotion.physics.model.Model} is shared read-only; every thread owns its data.
 */
package org.optimusmotion.physics.data;
