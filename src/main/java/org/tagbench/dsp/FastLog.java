package org.tagbench.dsp;

/**
 * Natural logarithm to about 1e-15 absolute, roughly three times faster than {@link Math#log} (a 5-s log-mel
 * matrix needs 81,000 of them). x = 2^e · m with m in [1, 2); the top 8 bits of m pick a table entry c near m,
 * and ln(m) = ln(c) + ln(m / c) where |m / c − 1| < 2^-9 makes a five-term series exact to double rounding.
 */
final class FastLog {

    private static final int TABLE_BITS = 8;
    private static final int TABLE_SIZE = 1 << TABLE_BITS;
    private static final int MANTISSA_BITS = 52;
    private static final long MANTISSA_MASK = (1L << MANTISSA_BITS) - 1;
    private static final long EXPONENT_OF_ONE = 0x3FF0_0000_0000_0000L;
    private static final int EXPONENT_BIAS = 1023;
    private static final double LN_2 = Math.log(2.0);

    /** 1 / c for the centre c of each mantissa interval, and −ln of exactly that stored value. */
    private static final double[] INVERSE_CENTRE = new double[TABLE_SIZE];
    private static final double[] LOG_CENTRE = new double[TABLE_SIZE];

    static {
        for (int i = 0; i < TABLE_SIZE; i++) {
            double centre = 1.0 + (i + 0.5) / TABLE_SIZE;
            INVERSE_CENTRE[i] = 1.0 / centre;
            LOG_CENTRE[i] = -Math.log(INVERSE_CENTRE[i]);
        }
    }

    private FastLog() {}

    static double ln(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int biasedExponent = (int) (bits >>> MANTISSA_BITS);
        // Sign bit set, zero, subnormal, infinity or NaN: leave the special cases to the JDK.
        if (biasedExponent == 0 || biasedExponent >= 0x7FF) {
            return Math.log(x);
        }
        int index = (int) ((bits >>> (MANTISSA_BITS - TABLE_BITS)) & (TABLE_SIZE - 1));
        double mantissa = Double.longBitsToDouble((bits & MANTISSA_MASK) | EXPONENT_OF_ONE);
        double r = mantissa * INVERSE_CENTRE[index] - 1.0;
        double series = r * (1.0 - r * (0.5 - r * (1.0 / 3 - r * (0.25 - r * 0.2))));
        return (biasedExponent - EXPONENT_BIAS) * LN_2 + LOG_CENTRE[index] + series;
    }
}
