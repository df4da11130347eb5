package org.tagbench.app.features;

import java.nio.file.Path;
import java.util.List;
import org.tagbench.audio.AudioDecodeException;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.DecodedAudio;
import org.tagbench.store.ClipRecord;

/**
 * A clip's audio decoded to mono float PCM at {@code sampleRate} for showing and playing it, with what the decoder
 * had to say about a damaged file ({@code warnings}). Decodes: call it from a job, never from the UI thread.
 */
public record ClipAudio(float[] samples, int sampleRate, List<String> warnings) {
    public ClipAudio {
        warnings = List.copyOf(warnings);
    }

    /** Decodes {@code clip}, whose path is relative to {@code datasetRoot}, resampled to {@code rate}. */
    public static ClipAudio decode(Path datasetRoot, ClipRecord clip, int rate) throws AudioDecodeException {
        DecodedAudio audio = AudioFiles.decode(datasetRoot.resolve(clip.path()), rate);
        return new ClipAudio(audio.samples(), audio.sampleRate(), audio.warnings());
    }
}
