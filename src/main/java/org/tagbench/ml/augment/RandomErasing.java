package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/**
 * Random erasing (Zhong et al. 2017): one rectangle whose area is a uniform share of the image in
 * {@code [minArea, maxArea]} and whose frames-to-mels aspect ratio is log-uniform in
 * {@code [minAspect, maxAspect]} is set to the spectrogram's minimum. Up to {@code attempts} draws
 * are tried for a rectangle that fits; if none fits the input is returned unchanged (as a copy).
 */
public record RandomErasing(double minArea, double maxArea, double minAspect, double maxAspect, int attempts)
        implements SpectrogramTransform {
    /** The paper's defaults: area 2 %-40 %, aspect 0.3-3.3. */
    public static final RandomErasing PAPER_DEFAULTS = new RandomErasing(0.02, 0.4, 0.3, 1 / 0.3, 10);

    public RandomErasing {
        if (!(minArea > 0 && minArea <= maxArea && maxArea <= 1)) {
            throw new IllegalArgumentException("need 0 < minArea <= maxArea <= 1, got " + minArea + ", " + maxArea);
        }
        if (!(minAspect > 0 && minAspect <= maxAspect)) {
            throw new IllegalArgumentException("need 0 < minAspect <= maxAspect, got " + minAspect + ", " + maxAspect);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
        }
    }

    @Override
    public float[][] apply(float[][] spectrogram, RandomGenerator random) {
        Spectrograms.requireRectangular(spectrogram);
        float[][] erased = Spectrograms.copy(spectrogram);
        int mels = spectrogram.length;
        int frames = spectrogram[0].length;
        for (int attempt = 0; attempt < attempts; attempt++) {
            double area = random.nextDouble(minArea, Math.nextUp(maxArea)) * mels * frames;
            double aspect = Math.exp(random.nextDouble(Math.log(minAspect), Math.nextUp(Math.log(maxAspect))));
            int width = (int) Math.round(Math.sqrt(area * aspect));
            int height = (int) Math.round(Math.sqrt(area / aspect));
            if (width >= 1 && height >= 1 && width <= frames && height <= mels) {
                int melStart = random.nextInt(mels - height + 1);
                int frameStart = random.nextInt(frames - width + 1);
                Spectrograms.fillRectangle(erased, melStart, height, frameStart, width, Spectrograms.min(spectrogram));
                return erased;
            }
        }
        return erased;
    }
}
