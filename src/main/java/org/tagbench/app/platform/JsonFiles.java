package org.tagbench.app.platform;

import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.tagbench.domain.ClipId;

/**
 * The Gson of the application's JSON files that can hold clip ids (a run folder's request and clip issues, pipeline and
 * recipe state, a submission's clip issues): a {@link ClipId} is written as its fname text, as every file written
 * before clip ids were a type holds it, so old state files still resume and scripts reading them see the same JSON.
 */
public final class JsonFiles {
    private JsonFiles() {}

    public static GsonBuilder builder() {
        return new GsonBuilder().registerTypeAdapter(ClipId.class, new ClipIdText().nullSafe());
    }

    private static final class ClipIdText extends TypeAdapter<ClipId> {
        @Override
        public void write(JsonWriter out, ClipId clip) throws IOException {
            out.value(clip.fname());
        }

        @Override
        public ClipId read(JsonReader in) throws IOException {
            return ClipId.of(in.nextString());
        }
    }
}
