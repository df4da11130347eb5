package org.tagbench.dsp;

import java.util.SplittableRandom;

/**
 * Which windows of a clip a model scores at test time: the tile grid, {@code count} crops from a {@link CropSampler},
 * {@code count} crops evenly spaced from the start to the end of the clip, or the whole clip. One rule shared by inference, the out-of-fold predictions and the window's overlays, so what the
 * overlay draws is what the model sees.
 *
 * @param frames window length (the plan's {@code inputFrames})
 * @param step frames between tiles ({@link Kind#TILES})
 * @param count crops per clip ({@link Kind#UNIFORM_CROPS}, {@link Kind#STRENGTH_ADAPTIVE_CROPS},
 *              {@link Kind#EVEN_CROPS})
 * @param seed the run's seed; each clip's crops come from a generator seeded by it and the clip itself
 */
public record ClipWindows(Kind kind, int frames, int step, int count, long seed) {

    public enum Kind {
        TILES, UNIFORM_CROPS, STRENGTH_ADAPTIVE_CROPS,
        /** The 2nd place's TTA ({@link #evenStarts}): with 3 crops, the start, the middle and the end of the clip. */
        EVEN_CROPS,
        FULL;

        /**
         * A preset's inference mode: {@code tiles}, {@code crops}, {@code adaptive-crops}, {@code even-crops} or
         * {@code full}.
         */
        public static Kind parse(String mode) {
            String normalized = mode == null ? "tiles" : mode.strip().toLowerCase(java.util.Locale.ROOT);
            return switch (normalized) {
                case "tiles" -> TILES;
                case "crops" -> UNIFORM_CROPS;
                case "adaptive-crops" -> STRENGTH_ADAPTIVE_CROPS;
                case "even-crops" -> EVEN_CROPS;
                case "full" -> FULL;
                default -> throw new IllegalArgumentException("Unknown inference mode '" + mode
                        + "': expected tiles, crops, adaptive-crops, even-crops or full");
            };
        }
    }

    public ClipWindows {
        if (frames < 1) {
            throw new IllegalArgumentException("window frames must be at least 1, got " + frames);
        }
        if (kind == Kind.TILES) {
            new TileGrid(frames, step);
        }
        if ((kind == Kind.UNIFORM_CROPS || kind == Kind.STRENGTH_ADAPTIVE_CROPS || kind == Kind.EVEN_CROPS)
                && count < 1) {
            throw new IllegalArgumentException(kind + " needs at least one crop, got " + count);
        }
    }

    public static ClipWindows tiles(int frames, int step) {
        return new ClipWindows(Kind.TILES, frames, step, 0, 0);
    }

    /** Window length for a clip of {@code clipFrames}: the whole clip (at least {@link #frames}) for {@link Kind#FULL}. */
    public int windowFrames(int clipFrames) {
        return kind == Kind.FULL ? Math.max(frames, clipFrames) : frames;
    }

    /**
     * Window starts for {@code logMel} {@code [bands][frames]}, the clip on its decibel scale (before any per-clip
     * standardisation: strength-adaptive crops score loudness). Starts may lie before 0 or windows past the end; the
     * cut pads those columns with the minimum ({@link TimeCrop#crop}).
     */
    public int[] starts(float[][] logMel) {
        int clipFrames = logMel[0].length;
        return switch (kind) {
            case TILES -> new TileGrid(frames, step).starts(clipFrames);
            case FULL -> new int[] {0};
            case UNIFORM_CROPS -> crops(CropSampler.UNIFORM, logMel);
            case STRENGTH_ADAPTIVE_CROPS -> crops(CropSampler.STRENGTH_ADAPTIVE, logMel);
            case EVEN_CROPS -> evenStarts(clipFrames, frames, count);
        };
    }

    /**
     * {@code count} windows of {@code frames} evenly spaced over a clip of {@code clipFrames}: the first starts at
     * frame 0, the last ends at the clip's last frame, the others lie between at equal steps (rounded down, as the
     * 2nd place's {@code (len - crop) // 2} middle). One crop is the middle one. A clip shorter than the window gets
     * every crop at {@link TimeCrop#centredStart}, padded as the other modes pad it.
     */
    public static int[] evenStarts(int clipFrames, int frames, int count) {
        int[] starts = new int[count];
        int room = clipFrames - frames;
        for (int i = 0; i < count; i++) {
            if (room < 0) {
                starts[i] = TimeCrop.centredStart(clipFrames, frames);
            } else if (count == 1) {
                starts[i] = room / 2;
            } else {
                starts[i] = (int) ((long) i * room / (count - 1));
            }
        }
        return starts;
    }

    private int[] crops(CropSampler sampler, float[][] logMel) {
        SplittableRandom random = clipRandom(logMel);
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = sampler.start(logMel, frames, random);
        }
        return starts;
    }

    /** The same clip gets the same crops under the same seed, wherever they are drawn (inference, OOF, overlay). */
    private SplittableRandom clipRandom(float[][] logMel) {
        int clipFrames = logMel[0].length;
        long content = clipFrames == 0 ? 0 : Float.floatToIntBits(logMel[0][0]);
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + clipFrames * 0xBF58476D1CE4E5B9L + content);
    }
}
