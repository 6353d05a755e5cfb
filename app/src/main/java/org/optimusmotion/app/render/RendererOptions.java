package org.optimusmotion.app.render;

/**
 * How the {@link OffscreenRenderer} draws.
 *
 * @param msaaSamples multisample anti-aliasing samples per pixel: 0 (off), 2, 4 or 8 (clamped to the
 *     driver's maximum)
 * @param capsuleSegments template mesh vertices around a capsule's axis, in [6, 128]
 * @param capsuleRingsPerCap template mesh latitude steps per hemispherical cap, in [2, 64]
 */
public record RendererOptions(int msaaSamples, int capsuleSegments, int capsuleRingsPerCap) {

    public RendererOptions {
        if (msaaSamples != 0 && msaaSamples != 2 && msaaSamples != 4 && msaaSamples != 8) {
            throw new IllegalArgumentException("RendererOptions.msaaSamples must be 0, 2, 4 or 8, got " + msaaSamples);
        }
        if (capsuleSegments < 6 || capsuleSegments > 128) {
            throw new IllegalArgumentException("RendererOptions.capsuleSegments must be in [6, 128], got " + capsuleSegments);
        }
        if (capsuleRingsPerCap < 2 || capsuleRingsPerCap > 64) {
            throw new IllegalArgumentException(
                    "RendererOptions.capsuleRingsPerCap must be in [2, 64], got " + capsuleRingsPerCap);
        }
    }

    /**
     * No MSAA, 24 segments, 8 rings per cap (816 triangles per capsule): the interactive setting. On
     * Mesa llvmpipe 4x MSAA costs about three times as much per frame (see {@link OffscreenRenderer}).
     */
    public static RendererOptions defaults() {
        return new RendererOptions(0, 24, 8);
    }

    /** The same options with {@code samples} MSAA samples (0, 2, 4 or 8). */
    public RendererOptions withMsaa(int samples) {
        return new RendererOptions(samples, capsuleSegments, capsuleRingsPerCap);
    }
}
