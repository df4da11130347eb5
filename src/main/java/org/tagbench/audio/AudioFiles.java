package org.tagbench.audio;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.tagbench.audio.AudioDecodeException.Reason.CORRUPT_DATA;
import static org.tagbench.audio.AudioDecodeException.Reason.INVALID_FORMAT;

/**
 * Reads audio clips: WAV (8/16/24/32-bit integer, 32/64-bit float, WAVE_FORMAT_EXTENSIBLE), FLAC and OGG Vorbis, any
 * channel count (averaged to mono), any sample rate. The format comes from the file's content, never its name.
 *
 * <p>Failures are {@link AudioDecodeException}s naming the file and the reason; no unchecked exception escapes for a
 * bad file. A file that holds less than its header promises decodes to what is there, flagged {@code truncated}.
 */
public final class AudioFiles {

    public static final int DEFAULT_RATE = 44100;

    private AudioFiles() {
    }

    /** The header only, never the samples: a WAV chunk walk, FLAC STREAMINFO, or the Ogg first page and file tail. */
    public static AudioInfo probe(Path file) throws AudioDecodeException {
        try (ClipFile clip = ClipFile.open(file)) {
            ContainerFormat.Detected detected = ContainerFormat.detect(clip);
            AudioInfo info = guarded(clip, () -> switch (detected.format()) {
                case WAV -> WavReader.readLayout(clip).toInfo(file);
                case FLAC -> FlacReader.probe(clip, detected.offset());
                case OGG -> OggVorbisReader.probe(clip);
            });
            List<String> warnings = withNameWarning(file, detected.format(), info.warnings());
            return info.withTruncation(info.truncated(), warnings);
        }
    }

    /**
     * How much of the file decodes: the header alone for integer WAV (its samples are always finite, and the chunk
     * walk already measures what the file holds); a full decode for float WAV (NaN/Inf samples), FLAC (damaged frames
     * stop decoding) and Ogg Vorbis (lost pages), since only decoding finds those.
     */
    public static AudioCheck inspect(Path file) throws AudioDecodeException {
        AudioInfo header = probe(file);
        long declared = header.codec().startsWith("wav-") ? declaredFrames(file, header) : header.frames();
        if (header.codec().startsWith("wav-pcm")) {
            return new AudioCheck(header, declared, 0);
        }
        DecodedAudio decoded = decodeNative(file);
        return new AudioCheck(decoded.source(), declared, decoded.zeroedSamples());
    }

    private static long declaredFrames(Path file, AudioInfo header) throws AudioDecodeException {
        if (!header.truncated()) {
            return header.frames();
        }
        try (ClipFile clip = ClipFile.open(file)) {
            return guarded(clip, () -> WavReader.readLayout(clip).framesDeclared());
        }
    }

    /** Mono samples resampled (band-limited) to {@code targetRate}; a file already at that rate passes through exactly. */
    public static DecodedAudio decode(Path file, int targetRate) throws AudioDecodeException {
        if (targetRate <= 0) {
            throw new IllegalArgumentException("target rate must be positive, was " + targetRate);
        }
        DecodedAudio decoded = decodeNative(file);
        if (decoded.sampleRate() == targetRate) {
            return decoded;
        }
        if (!Resampler.canConvert(decoded.sampleRate(), targetRate)) {
            throw new AudioDecodeException(file, INVALID_FORMAT, "a sample rate of " + decoded.sampleRate()
                    + " Hz cannot be resampled to " + targetRate + " Hz (ratio beyond " + Resampler.MAX_RATIO + ")");
        }
        float[] resampled = Resampler.resample(decoded.samples(), decoded.sampleRate(), targetRate);
        return new DecodedAudio(resampled, targetRate, decoded.source(), decoded.truncated(), decoded.warnings(),
                decoded.zeroedSamples());
    }

    /** Mono samples at the file's own sample rate. */
    public static DecodedAudio decodeNative(Path file) throws AudioDecodeException {
        try (ClipFile clip = ClipFile.open(file)) {
            ContainerFormat.Detected detected = ContainerFormat.detect(clip);
            DecodedAudio decoded = guarded(clip, () -> switch (detected.format()) {
                case WAV -> WavReader.decode(clip, WavReader.readLayout(clip));
                case FLAC -> FlacReader.decode(clip, detected.offset());
                case OGG -> OggVorbisReader.decode(clip);
            });
            List<String> warnings = withNameWarning(file, detected.format(), decoded.warnings());
            return new DecodedAudio(decoded.samples(), decoded.sampleRate(), decoded.source(), decoded.truncated(),
                    warnings, decoded.zeroedSamples());
        }
    }

    private interface Reading<T> {
        T read() throws AudioDecodeException;
    }

    /** The readers validate what they parse; this is the net under the libraries they call, so garbage never escapes unchecked. */
    private static <T> T guarded(ClipFile clip, Reading<T> reading) throws AudioDecodeException {
        try {
            return reading.read();
        } catch (RuntimeException e) {
            throw clip.failure(CORRUPT_DATA, "decoding failed (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        } catch (OutOfMemoryError e) {
            throw clip.failure(CORRUPT_DATA, "the file asks for more memory than is available (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> withNameWarning(Path file, ContainerFormat actual, List<String> warnings) {
        Optional<ContainerFormat> suggested = ContainerFormat.suggestedBy(file);
        if (suggested.isEmpty() || suggested.get() == actual) {
            return warnings;
        }
        List<String> all = new ArrayList<>(warnings);
        all.add("the content is " + actual.displayName() + " although the name suggests " + suggested.get().displayName());
        return all;
    }
}
