/**
 * Smooth soft contact between the body's contact spheres and the ground plane: a softplus-smoothed
 * Hunt-Crossley normal force and smooth Coulomb friction, differentiable everywhere, with a
 * hand-written adjoint ({@link org.optimusmotion.physics.contact.SoftContact}). Constants in
 * {@link org.optimusmotion.physics.model.ContactParameters}.
 */
package org.optimusmotion.physics.contact;
