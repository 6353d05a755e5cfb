package org.optimusmotion.app.video;

/** The video codecs {@link VideoWriter} can write into MP4 with the stock (LGPL) FFmpeg build. */
public enum VideoCodec {
    /**
     * H.264 Constrained Baseline through Cisco's libopenh264 (the LGPL FFmpeg build has no libx264);
     * plays everywhere.
     */
    H264("libopenh264"),
    /** MPEG-4 Part 2 with FFmpeg's own encoder; the fallback when libopenh264 is missing. */
    MPEG4("mpeg4");

    private final String encoderName;

    VideoCodec(String encoderName) {
        this.encoderName = encoderName;
    }

    /** FFmpeg's encoder name. */
    public String encoderName() {
        return encoderName;
    }
}
