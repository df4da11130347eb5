package org.tagbench.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ties {@link AudioVersion} to what the decoders and the resampler give on the committed fixtures: a SHA-256 of the
 * samples' float bits, recorded per version. A change that alters the samples fails here until the matching version
 * is bumped and the new checksum recorded beside it, so feature caches keyed by the version never serve stale
 * features. (Checksums are of exact floats, as computed by HotSpot on x86-64.)
 */
class AudioVersionTest {
    private static final Map<Integer, String> DECODED = Map.of(
            1, "8e7493b31dfd94bc114f3236e8150d3dc8a461c69361c9bae4ca71656a49d50b");
    private static final Map<Integer, String> RESAMPLED = Map.of(
            1, "715b9c46c976630a1c02d9a9776881d37b297f43df49583f9ffb3cab7d2233cd");

    private static final List<String> DECODER_FIXTURES = List.of(Fixtures.FLAC16_STEREO_SOURCE, Fixtures.FLAC16_STEREO,
            Fixtures.FLAC24_MONO_SOURCE, Fixtures.FLAC24_MONO, Fixtures.VORBIS_MONO, Fixtures.VORBIS_STEREO);

    @Test
    void decodedSamplesOfTheFixturesMatchTheDecodingVersion() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String fixture : DECODER_FIXTURES) {
            DecodedAudio decoded = AudioFiles.decodeNative(Fixtures.path(fixture));
            add(digest, decoded.sampleRate(), decoded.samples());
        }
        assertRecorded("decoding", AudioVersion.CURRENT.decoding(), DECODED, digest);
    }

    @Test
    void resampledSamplesOfTheFixturesMatchTheResamplingVersion() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        float[] cd = AudioFiles.decodeNative(Fixtures.path(Fixtures.FLAC16_STEREO)).samples();
        float[] dat = AudioFiles.decodeNative(Fixtures.path(Fixtures.FLAC24_MONO)).samples();
        add(digest, 22_050, Resampler.resample(cd, 44_100, 22_050));
        add(digest, 32_000, Resampler.resample(cd, 44_100, 32_000));
        add(digest, 44_100, Resampler.resample(dat, 48_000, 44_100));
        add(digest, 96_000, Resampler.resample(dat, 48_000, 96_000));
        assertRecorded("resampling", AudioVersion.CURRENT.resampling(), RESAMPLED, digest);
    }

    private static void add(MessageDigest digest, int rate, float[] samples) {
        ByteBuffer bytes = ByteBuffer.allocate(8 + samples.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.putInt(rate).putInt(samples.length);
        bytes.asFloatBuffer().put(samples);
        digest.update(bytes.array());
    }

    private static void assertRecorded(String what, int version, Map<Integer, String> recorded, MessageDigest digest) {
        String actual = HexFormat.of().formatHex(digest.digest());
        assertEquals(recorded.get(version), actual, "the " + what + " of the test fixtures gives other samples than "
                + "the ones recorded for AudioVersion " + what + " " + version + ": if the change is meant, bump "
                + "AudioVersion.CURRENT's " + what + " and record " + actual + " for the new version here");
    }
}
