/**
 * Accuracy and plausibility metrics of a motion against ground truth, as DiffPhy reports them
 * (PAPERS.md D.6): MPJPE-G, MPJPE, MPJPE-PA, MPJPE-2d, TV and foot skate
 * ({@link org.optimusmotion.physics.metrics.MotionMetrics}), collected in a
 * {@link org.optimusmotion.physics.metrics.MetricsReport}. 3D errors are in millimetres, averaged over
 * joints, then frames. Only keypoints valid in both tracks count.
 */
package org.optimusmotion.physics.metrics;
