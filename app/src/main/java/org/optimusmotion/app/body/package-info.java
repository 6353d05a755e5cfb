/**
 * The simulated body as something to draw: {@link org.optimusmotion.app.body.BodyPoser} turns joint
 * coordinates into world capsules and keypoints (forward kinematics of the physics model), and
 * {@link org.optimusmotion.app.body.BodyScenes} turns those into {@link org.optimusmotion.app.render.RenderScene}s
 * (body, input ghost, ground) for the offscreen renderer. Shared by the desktop app, the sample
 * generator and the command line; no JavaFX here.
 */
package org.optimusmotion.app.body;
