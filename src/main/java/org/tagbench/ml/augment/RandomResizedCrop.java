package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * torchvision-style random resized crop, resized back to the input size with bilinear
 * interpolation. The crop's area is a uniform share in {@code [minScale, maxScale]} of the input and
 * its frames-to-mels ratio is log-uniform in {@code [minRatio, maxRatio]}; after 10 draws that do not
 * fit, a centred crop with the ratio clamped to the range is taken. The 1st place used scale
 * 0.8-1.0 and ratio 1.7-2.3 on 128 x 256 inputs with p = 0.33.
 */
public record RandomResizedCrop(double minScale, double maxScale, double minRatio, double maxRatio)
        implements SpectrogramTransform {
    public static final RandomResizedCrop FIRST_PLACE = new RandomResizedCrop(0.8, 1.0, 1.7, 2.3);
    /** torchvision's {@code RandomResizedCrop} defaults, scale 0.08-1.0 and ratio 3/4-4/3 (the 7th place's Inception). */
    public static final RandomResizedCrop TORCHVISION_DEFAULTS = new RandomResizedCrop(0.08, 1.0, 3.0 / 4, 4.0 / 3);
    private static final int ATTEMPTS = 10;

    public RandomResizedCrop {
        if (!(minScale > 0 && minScale <= maxScale && maxScale <= 1)) {
            throw new IllegalArgumentException("need 0 < minScale <= maxScale <= 1, got " + minScale + ", " + maxScale);
        }
        if (!(minRatio > 0 && minRatio <= maxRatio)) {
            throw new IllegalArgumentException("need 0 < minRatio <= maxRatio, got " + minRatio + ", " + maxRatio);
        }
    }

    /** The region of the input that is cut out before resizing. */
    record Region(int melStart, int mels, int frameStart, int frames) {}

    @Override
    public float[][] apply(float[][] spectrogram, RandomGenerator random) {
        Spectrograms.requireRectangular(spectrogram);
        Region region = chooseRegion(spectrogram.length, spectrogram[0].length, random);
        return resizeBilinear(spectrogram, region, spectrogram.length, spectrogram[0].length);
    }

    Region chooseRegion(int mels, int frames, RandomGenerator random) {
        double area = (double) mels * frames;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            double targetArea = area * random.nextDouble(minScale, Math.nextUp(maxScale));
            double ratio = Math.exp(random.nextDouble(Math.log(minRatio), Math.nextUp(Math.log(maxRatio))));
            int width = (int) Math.round(Math.sqrt(targetArea * ratio));
            int height = (int) Math.round(Math.sqrt(targetArea / ratio));
            if (width > 0 && height > 0 && width <= frames && height <= mels) {
                return new Region(random.nextInt(mels - height + 1), height, random.nextInt(frames - width + 1), width);
            }
        }
        return centredFallback(mels, frames);
    }

    private Region centredFallback(int mels, int frames) {
        double inputRatio = (double) frames / mels;
        int width = frames;
        int height = mels;
        if (inputRatio < minRatio) {
            height = (int) Math.round(frames / minRatio);
        } else if (inputRatio > maxRatio) {
            width = (int) Math.round(mels * maxRatio);
        }
        return new Region((mels - height) / 2, height, (frames - width) / 2, width);
    }

    /** Bilinear resize of a region with pixel centres aligned (align_corners = False), edges clamped. */
    static float[][] resizeBilinear(float[][] source, Region region, int outMels, int outFrames) {
        float[][] resized = new float[outMels][outFrames];
        double melScale = (double) region.mels() / outMels;
        double frameScale = (double) region.frames() / outFrames;
        for (int mel = 0; mel < outMels; mel++) {
            double y = clamp((mel + 0.5) * melScale - 0.5, region.mels() - 1);
            int y0 = (int) Math.floor(y);
            int y1 = Math.min(y0 + 1, region.mels() - 1);
            double wy = y - y0;
            for (int frame = 0; frame < outFrames; frame++) {
                double x = clamp((frame + 0.5) * frameScale - 0.5, region.frames() - 1);
                int x0 = (int) Math.floor(x);
                int x1 = Math.min(x0 + 1, region.frames() - 1);
                double wx = x - x0;
                float[] row0 = source[region.melStart() + y0];
                float[] row1 = source[region.melStart() + y1];
                int f0 = region.frameStart() + x0;
                int f1 = region.frameStart() + x1;
                double top = row0[f0] * (1 - wx) + row0[f1] * wx;
                double bottom = row1[f0] * (1 - wx) + row1[f1] * wx;
                resized[mel][frame] = (float) (top * (1 - wy) + bottom * wy);
            }
        }
        return resized;
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
