package org.tagbench.app.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tagbench.app.training.ClipIssues;
import org.tagbench.domain.ClipId;

class JsonFilesTest {
    private static final Gson GSON = JsonFiles.builder().create();

    @Test
    void aClipIdIsWrittenAsItsFnameText() {
        assertEquals("[{\"fname\":\"a.wav\",\"reason\":\"cannot decode\"}]",
                GSON.toJson(List.of(new ClipIssues.Issue(ClipId.of("a.wav"), "cannot decode"))));
    }

    @Test
    void filesWrittenBeforeClipIdsWereATypeStillRead() {
        // clip-issues.json and pipeline state as written by 0.1.0 before this change: the fname as a string
        List<ClipIssues.Issue> read = GSON.fromJson("[{\"fname\":\"b.wav\",\"reason\":\"only 0.02 s decode\"}]",
                new TypeToken<List<ClipIssues.Issue>>() { }.getType());
        assertEquals(List.of(new ClipIssues.Issue(ClipId.of("b.wav"), "only 0.02 s decode")), read);
    }

    @Test
    void aMissingClipIdStaysNull() {
        assertEquals("{\"reason\":\"x\"}", GSON.toJson(new ClipIssues.Issue(null, "x")));
    }
}
