/**
 * Smooth soft contact between the body's contact spheres and the static world: the ground plane
 * ({@link org.optimusmotion.physics.contact.SoftContact}), axis-aligned boxes
 * ({@link org.optimusmotion.physics.contact.BoxContact}) and triangle meshes incl. rotated boxes
 * ({@link org.optimusmotion.physics.contact.MeshContact}: jbullet's BVH for candidate triangles, our
 * double closest-point narrow phase): a softplus-smoothed Hunt-Crossley normal force and smooth
 * Coulomb friction with hand-written adjoints. Constants in
 * {@link org.optimusmotion.physics.model.ContactParameters}.
 */
package org.optimusmotion.physics.contact;
