package org.tagbench.ml.augment;

import java.util.random.RandomGenerator;

/** Beta sampling from two Gamma draws (Marsaglia and Tsang's method), for mixup weights. */
final class BetaDistribution {
    private BetaDistribution() {}

    static double sample(RandomGenerator random, double alpha, double beta) {
        if (!(alpha > 0 && beta > 0)) {
            throw new IllegalArgumentException("Beta parameters must be positive, got " + alpha + ", " + beta);
        }
        double x = gamma(random, alpha);
        double y = gamma(random, beta);
        return x / (x + y);
    }

    static double gamma(RandomGenerator random, double shape) {
        if (shape < 1) {
            // Gamma(a) = Gamma(a + 1) * U^(1/a) keeps the squeeze method below in its valid range
            return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double z = random.nextGaussian();
            double v = 1 + c * z;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * z * z + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }
}
