package org.tagbench.ml.augment.wave;

/**
 * A second-order IIR filter in direct form I with coefficients normalised by a0; the factories follow the
 * public RBJ "Audio EQ Cookbook" formulas.
 */
record Biquad(double b0, double b1, double b2, double a1, double a2) {

    static Biquad of(double b0, double b1, double b2, double a0, double a1, double a2) {
        return new Biquad(b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0);
    }

    static Biquad lowShelf(double frequency, double gainDb, double slope, int sampleRate) {
        Shelf shelf = Shelf.of(frequency, gainDb, slope, sampleRate);
        double a = shelf.amplitude();
        double cos = shelf.cos();
        double root = 2 * Math.sqrt(a) * shelf.alpha();
        return of(a * ((a + 1) - (a - 1) * cos + root),
                2 * a * ((a - 1) - (a + 1) * cos),
                a * ((a + 1) - (a - 1) * cos - root),
                (a + 1) + (a - 1) * cos + root,
                -2 * ((a - 1) + (a + 1) * cos),
                (a + 1) + (a - 1) * cos - root);
    }

    static Biquad highShelf(double frequency, double gainDb, double slope, int sampleRate) {
        Shelf shelf = Shelf.of(frequency, gainDb, slope, sampleRate);
        double a = shelf.amplitude();
        double cos = shelf.cos();
        double root = 2 * Math.sqrt(a) * shelf.alpha();
        return of(a * ((a + 1) + (a - 1) * cos + root),
                -2 * a * ((a - 1) + (a + 1) * cos),
                a * ((a + 1) + (a - 1) * cos - root),
                (a + 1) - (a - 1) * cos + root,
                2 * ((a - 1) - (a + 1) * cos),
                (a + 1) - (a - 1) * cos - root);
    }

    static Biquad peaking(double frequency, double gainDb, double q, int sampleRate) {
        double a = Math.pow(10, gainDb / 40);
        double omega = 2 * Math.PI * limitedFrequency(frequency, sampleRate) / sampleRate;
        double alpha = Math.sin(omega) / (2 * q);
        double cos = Math.cos(omega);
        return of(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
    }

    /** Keeps the corner below Nyquist so low sample rates still give a stable filter. */
    private static double limitedFrequency(double frequency, int sampleRate) {
        return Math.min(frequency, 0.45 * sampleRate);
    }

    double[] filter(double[] input) {
        double[] output = new double[input.length];
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
        for (int i = 0; i < input.length; i++) {
            double x = input[i];
            double y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
            x2 = x1;
            x1 = x;
            y2 = y1;
            y1 = y;
            output[i] = y;
        }
        return output;
    }

    static double[] toDouble(float[] samples) {
        double[] values = new double[samples.length];
        for (int i = 0; i < samples.length; i++) {
            values[i] = Float.isFinite(samples[i]) ? samples[i] : 0;
        }
        return values;
    }

    private record Shelf(double amplitude, double cos, double alpha) {
        static Shelf of(double frequency, double gainDb, double slope, int sampleRate) {
            double a = Math.pow(10, gainDb / 40);
            double omega = 2 * Math.PI * limitedFrequency(frequency, sampleRate) / sampleRate;
            double alpha = Math.sin(omega) / 2 * Math.sqrt((a + 1 / a) * (1 / slope - 1) + 2);
            return new Shelf(a, Math.cos(omega), alpha);
        }
    }
}
