/**
 * The overlay video: the fitted bodies rendered over the input video through the case's camera,
 * written as MP4 ({@link org.optimusmotion.app.overlay.OverlayVideoWriter}). Needs no display (the
 * renderer is offscreen), so the app and the command line can both write it.
 */
package org.optimusmotion.app.overlay;
