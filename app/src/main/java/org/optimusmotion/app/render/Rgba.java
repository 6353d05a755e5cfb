package org.optimusmotion.app.render;

/**
 * A colour with straight (not premultiplied) alpha, each channel in [0, 1]. Immutable.
 *
 * @param r red in [0, 1]
 * @param g green in [0, 1]
 * @param b blue in [0, 1]
 * @param a alpha (opacity) in [0, 1]
 */
public record Rgba(float r, float g, float b, float a) {

    public Rgba {
        check("r", r);
        check("g", g);
        check("b", b);
        check("a", a);
    }

    private static void check(String name, float v) {
        if (!(v >= 0f && v <= 1f)) {
            throw new IllegalArgumentException("Rgba." + name + " must be in [0, 1], got " + v);
        }
    }

    /** An opaque colour from 8-bit channels 0..255. */
    public static Rgba rgb255(int r, int g, int b) {
        return new Rgba(r / 255f, g / 255f, b / 255f, 1f);
    }

    /** The colour of a packed {@code 0xAARRGGBB} int. */
    public static Rgba ofArgb(int argb) {
        return new Rgba(((argb >>> 16) & 0xff) / 255f, ((argb >>> 8) & 0xff) / 255f, (argb & 0xff) / 255f,
                (argb >>> 24) / 255f);
    }

    /** This colour packed as {@code 0xAARRGGBB}, channels rounded to 8 bits. */
    public int toArgb() {
        return (Math.round(a * 255f) << 24) | (Math.round(r * 255f) << 16) | (Math.round(g * 255f) << 8)
                | Math.round(b * 255f);
    }
}
