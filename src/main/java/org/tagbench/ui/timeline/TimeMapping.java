package org.tagbench.ui.timeline;

/** Maps clip seconds to canvas x and back for one visible range drawn across {@code width} pixels from {@code left}. */
public record TimeMapping(double viewStart, double viewDuration, double left, double width) {
    public double x(double seconds) {
        return left + (seconds - viewStart) / viewDuration * width;
    }

    public double seconds(double x) {
        return viewStart + (x - left) / width * viewDuration;
    }

    public double viewEnd() {
        return viewStart + viewDuration;
    }

    /** A readable tick spacing (1, 2 or 5 times a power of ten seconds) giving ticks at least {@code minPixels} apart. */
    public double tickStep(double minPixels) {
        double rough = viewDuration * minPixels / Math.max(1, width);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** Text of a tick: seconds with as many decimals as the step needs. */
    public static String label(double seconds, double step) {
        int decimals = step >= 1 ? 0 : (int) Math.ceil(-Math.log10(step) - 1e-9);
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", seconds);
    }
}
