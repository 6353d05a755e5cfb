/**
 * The metrics table: MPJPE-G, MPJPE, MPJPE-PA, MPJPE-2d, TV and foot skate of each fit, against the
 * case's ground truth (or its 3D input when there is none), one column per fit slot.
 */
package org.optimusmotion.app.gui.metrics;
