/**
 * Reading and writing motion data: shared error type and atomic file output. Sub-packages hold the
 * formats: {@code bvh} (skeletal motion) and {@code keypoints} (2D/3D keypoint tracks, skeleton
 * mappings). File formats are documented in {@code docs/formats.md}.
 */
package org.optimusmotion.physics.io;
