/**
 * Playback: {@link org.optimusmotion.app.gui.timeline.TimelineViewModel} holds the current frame that
 * every view of the clip follows (video, 3D views; so both fits stay in sync) and advances it while
 * playing; {@link org.optimusmotion.app.gui.timeline.TimelineView} has play/pause, frame steps and a
 * scrub slider, and drives playback from the JavaFX pulse.
 */
package org.optimusmotion.app.gui.timeline;
