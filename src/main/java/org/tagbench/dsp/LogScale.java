package org.tagbench.dsp;

/**
 * How a mel matrix is compressed after projection.
 *
 * <ul>
 *   <li>{@link Kind#POWER_TO_DB}: {@code librosa.power_to_db}: {@code 10·log10(max(amin, x)) − 10·log10(max(amin, ref))},
 *       then every value is raised to at least (matrix maximum − topDb). An infinite topDb disables that clamp.</li>
 *   <li>{@link Kind#LN_OFFSET}: {@code ln(x + offset)} (3rd place and the DCASE baselines).</li>
 *   <li>{@link Kind#NONE}: values are left as they are.</li>
 * </ul>
 * Fields a kind does not use are zero.
 */
public record LogScale(Kind kind, double ref, double amin, double topDb, double offset) {

    public enum Kind { POWER_TO_DB, LN_OFFSET, NONE }

    /** 10·log10(x) = TEN_OVER_LN_10 · ln(x); the natural log has a fast exact-enough path ({@link FastLog}). */
    private static final double TEN_OVER_LN_10 = 10.0 / Math.log(10.0);

    public LogScale {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        switch (kind) {
            case POWER_TO_DB -> {
                requirePositive("ref", ref);
                requirePositive("amin", amin);
                requirePositive("topDb", topDb);
            }
            case LN_OFFSET -> requirePositive("offset", offset);
            case NONE -> { }
        }
    }

    /** librosa's defaults as the solutions call it: ref 1.0, amin 1e-10, top_db 80. */
    public static LogScale powerToDb() {
        return powerToDb(1.0, 1e-10, 80.0);
    }

    public static LogScale powerToDb(double ref, double amin, double topDb) {
        return new LogScale(Kind.POWER_TO_DB, ref, amin, topDb, 0.0);
    }

    public static LogScale lnOffset(double offset) {
        return new LogScale(Kind.LN_OFFSET, 0.0, 0.0, 0.0, offset);
    }

    public static LogScale none() {
        return new LogScale(Kind.NONE, 0.0, 0.0, 0.0, 0.0);
    }

    /** Compresses every value of the matrix; the top-dB clamp is relative to the maximum of the whole matrix. */
    public void applyInPlace(float[][] melByFrame) {
        switch (kind) {
            case POWER_TO_DB -> applyPowerToDb(melByFrame);
            case LN_OFFSET -> applyLnOffset(melByFrame);
            case NONE -> { }
        }
    }

    /** Stable text of every field that changes the output, for cache keys. */
    String describe() {
        return switch (kind) {
            case POWER_TO_DB -> "db(ref=" + ref + ",amin=" + amin + ",top=" + topDb + ")";
            case LN_OFFSET -> "ln(offset=" + offset + ")";
            case NONE -> "none";
        };
    }

    private void applyPowerToDb(float[][] matrix) {
        double refDb = TEN_OVER_LN_10 * Math.log(Math.max(amin, ref));
        double maxDb = Double.NEGATIVE_INFINITY;
        for (float[] row : matrix) {
            for (int i = 0; i < row.length; i++) {
                float db = (float) (TEN_OVER_LN_10 * FastLog.ln(Math.max(amin, row[i])) - refDb);
                row[i] = db;
                maxDb = Math.max(maxDb, db);
            }
        }
        if (Double.isInfinite(topDb) || maxDb == Double.NEGATIVE_INFINITY) {
            return;
        }
        float floor = (float) (maxDb - topDb);
        for (float[] row : matrix) {
            for (int i = 0; i < row.length; i++) {
                row[i] = Math.max(row[i], floor);
            }
        }
    }

    private void applyLnOffset(float[][] matrix) {
        for (float[] row : matrix) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) FastLog.ln(row[i] + offset);
            }
        }
    }

    private static void requirePositive(String field, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(field + " must be positive, got " + value);
        }
    }
}
