/**
 * The bundled sample case ({@code assets/sample/}), made by the project itself: the physics
 * humanoid walking by a procedural gait ({@link org.optimusmotion.app.sample.ProceduralWalk}),
 * rendered with the offscreen renderer to MP4, with its exact 3D keypoints (ground truth), noisy
 * 3D and 2D input tracks and the camera ({@link org.optimusmotion.app.sample.SampleCaseWriter}).
 * Deterministic for a seed (the video bytes depend on the encoder build).
 */
package org.optimusmotion.app.sample;
