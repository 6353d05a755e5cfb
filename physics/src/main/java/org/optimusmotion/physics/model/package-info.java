/**
 * The immutable body model: a tree of links, each with one revolute or prismatic joint, stored as
 * flat arrays in topological order ({@code parent[i] < i}), plus segment capsules, contact spheres,
 * keypoint attachments, joint limits and PD gains. {@link org.optimusmotion.physics.model.Model} is
 * built once by {@link org.optimusmotion.physics.model.ModelBuilder} (which validates) or loaded
 * from the versioned asset {@code assets/body/humanoid-v1.json} by
 * {@link org.optimusmotion.physics.model.HumanoidLoader}, and is shared read-only by any number of
 * threads. All link frames are parallel to the world frame at {@code q = 0}; lengths in metres,
 * masses in kilograms, angles in radians, world z up.
 */
package org.optimusmotion.physics.model;
