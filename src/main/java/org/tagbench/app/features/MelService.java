package org.tagbench.app.features;

import java.nio.file.Path;
import org.tagbench.audio.AudioDecodeException;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.DecodedAudio;
import org.tagbench.dsp.MelConfig;
import org.tagbench.dsp.MelSpectrogram;

/** The log-mel of a single file exactly as librosa computes it (no trimming), for inspection and reference checks. */
public final class MelService {
    private MelService() {}

    /** Rows are mel bands low to high, columns frames; the mel power (or magnitude) when {@code power} is set, else its log. */
    public static float[][] melOf(Path file, MelConfig config, boolean power) throws AudioDecodeException {
        DecodedAudio audio = AudioFiles.decode(file, config.sampleRate());
        MelSpectrogram extractor = new MelSpectrogram(config);
        return power ? extractor.power(audio.samples()) : extractor.logMel(audio.samples());
    }
}
