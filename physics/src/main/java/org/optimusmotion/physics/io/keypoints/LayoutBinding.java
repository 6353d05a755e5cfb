package org.optimusmotion.physics.io.keypoints;

import org.optimusmotion.physics.model.Keypoint;

/**
 * A {@link SkeletonMapping} resolved against one source layout of {@code sourceCount} joints: maps
 * per-frame source arrays onto the canonical keypoints. Immutable and thread-safe; the {@code map}
 * methods do not allocate.
 */
public final class LayoutBinding {

    private static final int K = Keypoint.COUNT;

    private final String mappingName;
    private final int sourceCount;
    private final int[][] index;
    private final double[][] weight;

    LayoutBinding(String mappingName, int sourceCount, int[][] index, double[][] weight) {
        this.mappingName = mappingName;
        this.sourceCount = sourceCount;
        this.index = index;
        this.weight = weight;
    }

    /** Name of the mapping this binds. */
    public String mappingName() {
        return mappingName;
    }

    /** Number of source joints per frame. */
    public int sourceCount() {
        return sourceCount;
    }

    /**
     * Maps one frame of {@code dim}-dimensional points.
     *
     * @param src      source points {@code (sourceCount × dim)} starting at {@code srcStart}
     * @param srcValid source validity {@code (sourceCount)} starting at {@code validStart}; {@code null} = all valid
     * @param dst      canonical points {@code (19 × dim)} starting at {@code dstStart}; written
     * @param dstValid canonical validity {@code (19)} starting at {@code dstValidStart}; written
     */
    public void mapFrame(int dim, double[] src, int srcStart, boolean[] srcValid, int validStart,
                         double[] dst, int dstStart, boolean[] dstValid, int dstValidStart) {
        for (int k = 0; k < K; k++) {
            int[] idx = index[k];
            boolean ok = idx.length > 0;
            for (int i = 0; ok && i < idx.length; i++) {
                ok = srcValid == null || srcValid[validStart + idx[i]];
            }
            dstValid[dstValidStart + k] = ok;
            for (int a = 0; a < dim; a++) {
                double v = 0;
                if (ok) {
                    for (int i = 0; i < idx.length; i++) {
                        v += weight[k][i] * src[srcStart + idx[i] * dim + a];
                    }
                }
                dst[dstStart + k * dim + a] = v;
            }
        }
    }

    /**
     * Maps one frame of 2D detections: pixel coordinates by the weighted mean, confidence by the
     * minimum over the source joints (0 if any is missing, i.e. has confidence 0).
     *
     * @param srcXy   {@code (sourceCount × 2)} from {@code srcStart}
     * @param srcConf {@code (sourceCount)} from {@code confStart}
     * @param dstXy   {@code (19 × 2)} from {@code dstStart}; written
     * @param dstConf {@code (19)} from {@code dstConfStart}; written
     */
    public void mapFrame2D(double[] srcXy, int srcStart, double[] srcConf, int confStart,
                           double[] dstXy, int dstStart, double[] dstConf, int dstConfStart) {
        for (int k = 0; k < K; k++) {
            int[] idx = index[k];
            double c = idx.length > 0 ? 1 : 0;
            for (int i = 0; i < idx.length; i++) {
                c = Math.min(c, srcConf[confStart + idx[i]]);
            }
            dstConf[dstConfStart + k] = c;
            for (int a = 0; a < 2; a++) {
                double v = 0;
                if (c > 0) {
                    for (int i = 0; i < idx.length; i++) {
                        v += weight[k][i] * srcXy[srcStart + idx[i] * 2 + a];
                    }
                }
                dstXy[dstStart + k * 2 + a] = v;
            }
        }
    }
}
