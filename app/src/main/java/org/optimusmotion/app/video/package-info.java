/**
 * Reading and writing video through JavaCV (FFmpeg 7.1 from the bytedeco presets, Linux x86-64
 * natives only): frame count, rate, size, exact seeking, frames as {@code 0xAARRGGBB} pixels, and
 * MP4 output written atomically. No JavaFX here.
 */
package org.optimusmotion.app.video;
