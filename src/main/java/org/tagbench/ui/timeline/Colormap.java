package org.tagbench.ui.timeline;

/**
 * Perceptual colour maps for the spectrogram as 256-entry ARGB lookup tables, interpolated between the published
 * stops of matplotlib's viridis and magma (every tenth of the range), plus plain grey.
 */
public enum Colormap {
    VIRIDIS("viridis", 0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779, 0x6DCD59, 0xB4DE2C, 0xFDE725),
    MAGMA("magma", 0x000004, 0x180F3D, 0x440F76, 0x721F81, 0x9E2F7F, 0xCD4071, 0xF1605D, 0xFD9668, 0xFECA8D, 0xFCFDBF),
    GREY("grey", 0x000000, 0xFFFFFF);

    public static final int LEVELS = 256;

    private final String label;
    private final int[] table;

    Colormap(String label, int... stops) {
        this.label = label;
        this.table = interpolate(stops);
    }

    /** ARGB colour of a value already scaled to [0, 1]; values outside are clamped. */
    public int argb(double unit) {
        int index = (int) Math.round(Math.max(0, Math.min(1, unit)) * (LEVELS - 1));
        return table[index];
    }

    public int argbAtLevel(int level) {
        return table[level];
    }

    public String label() {
        return label;
    }

    public static Colormap byLabel(String label) {
        for (Colormap map : values()) {
            if (map.label.equalsIgnoreCase(label) || map.name().equalsIgnoreCase(label)) {
                return map;
            }
        }
        throw new IllegalArgumentException("unknown colormap '" + label + "' (viridis, magma, grey)");
    }

    @Override
    public String toString() {
        return label;
    }

    private static int[] interpolate(int[] stops) {
        int[] lut = new int[LEVELS];
        int segments = stops.length - 1;
        for (int level = 0; level < LEVELS; level++) {
            double position = (double) level / (LEVELS - 1) * segments;
            int segment = Math.min(segments - 1, (int) position);
            double t = position - segment;
            lut[level] = 0xFF000000 | mix(stops[segment], stops[segment + 1], t);
        }
        return lut;
    }

    private static int mix(int from, int to, double t) {
        int red = channel(from >> 16, to >> 16, t);
        int green = channel(from >> 8, to >> 8, t);
        int blue = channel(from, to, t);
        return red << 16 | green << 8 | blue;
    }

    private static int channel(int from, int to, double t) {
        int a = from & 0xFF;
        int b = to & 0xFF;
        return (int) Math.round(a + (b - a) * t);
    }
}
