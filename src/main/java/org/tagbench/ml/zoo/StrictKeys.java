package org.tagbench.ml.zoo;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks that a preset's JSON names only the fields of the record it is read into, nested records and lists of records
 * included (Gson alone ignores a misspelt key, so the preset silently trained with the default). Maps hold free keys.
 */
final class StrictKeys {
    private StrictKeys() {}

    /** Throws naming the first unknown key by its path ({@code schedule.cycleEpoch}, {@code members[1].pipline}). */
    static void require(JsonElement json, Class<?> type) {
        check(json, type, "");
    }

    private static void check(JsonElement json, Type type, String path) {
        if (json == null || json.isJsonNull()) {
            return;
        }
        if (type instanceof Class<?> record && record.isRecord() && json.isJsonObject()) {
            checkRecord(json.getAsJsonObject(), record, path);
        } else if (type instanceof ParameterizedType generic && generic.getRawType() == List.class && json.isJsonArray()) {
            JsonArray items = json.getAsJsonArray();
            for (int i = 0; i < items.size(); i++) {
                check(items.get(i), generic.getActualTypeArguments()[0], path + "[" + i + "]");
            }
        }
    }

    private static void checkRecord(JsonObject object, Class<?> record, String path) {
        Map<String, RecordComponent> fields = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
            String key = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            RecordComponent field = fields.get(entry.getKey());
            if (field == null) {
                throw new IllegalArgumentException("unknown key '" + key + "' (known here: "
                        + String.join(", ", fields.keySet().stream().sorted().toList()) + ")");
            }
            check(entry.getValue(), field.getGenericType(), key);
        }
    }
}
