package org.tagbench.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's rows: {@code fname}, {@code path}, {@code duration} (seconds decoded), {@code status} ({@code ok},
 * {@code partial}: scored from the part that decoded, {@code error}: not scored) and {@code reason}, one float column
 * per class (the bundle's class names; null on an error row), {@code top_labels} (the best k classes, best first) and
 * {@code bundle_id}.
 */
final class OutputSchema {
    static final String FNAME = "fname";
    static final String PATH = "path";
    static final String DURATION = "duration";
    static final String STATUS = "status";
    static final String REASON = "reason";
    static final String TOP_LABELS = "top_labels";
    static final String BUNDLE_ID = "bundle_id";
    /** Columns before the class columns. */
    static final int FIRST_CLASS = 5;

    private OutputSchema() {}

    static StructType of(List<String> classes) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(FNAME, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(PATH, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(DURATION, DataTypes.DoubleType, false));
        fields.add(DataTypes.createStructField(STATUS, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(REASON, DataTypes.StringType, false));
        for (String name : classes) {
            fields.add(DataTypes.createStructField(name, DataTypes.FloatType, true));
        }
        fields.add(DataTypes.createStructField(TOP_LABELS, DataTypes.createArrayType(DataTypes.StringType, false), false));
        fields.add(DataTypes.createStructField(BUNDLE_ID, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }
}
