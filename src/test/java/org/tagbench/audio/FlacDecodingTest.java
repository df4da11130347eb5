package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tagbench.audio.AudioDecodeException.Reason;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The FLAC fixtures were encoded by the reference flac tool from the WAVs beside them: decoding must give them back. */
class FlacDecodingTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        Fixtures.FLAC16_STEREO + "," + Fixtures.FLAC16_STEREO_SOURCE + ",16,2,44100",
        Fixtures.FLAC24_MONO + "," + Fixtures.FLAC24_MONO_SOURCE + ",24,1,48000"})
    void decodesSampleExactToTheSourceWav(String flac, String source, int bits, int channels, int rate)
            throws IOException {
        DecodedAudio decoded = AudioFiles.decodeNative(Fixtures.path(flac));
        DecodedAudio expected = AudioFiles.decodeNative(Fixtures.path(source));

        assertArrayEquals(expected.samples(), decoded.samples());
        assertEquals(rate, decoded.sampleRate());
        assertEquals(new AudioInfo(Fixtures.path(flac), "flac", rate, channels, expected.samples().length, bits),
                decoded.source());
        assertFalse(decoded.truncated());
        assertTrue(decoded.warnings().isEmpty(), decoded.warnings()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({Fixtures.FLAC16_STEREO, Fixtures.FLAC24_MONO})
    void probeReadsStreamInfoAndAgreesWithDecode(String flac) throws IOException {
        AudioInfo info = AudioFiles.probe(Fixtures.path(flac));

        assertEquals(AudioFiles.decodeNative(Fixtures.path(flac)).samples().length, info.frames());
        assertFalse(info.truncated());
    }

    @Test
    void cutFileDecodesItsIntactFramesFlaggedTruncated() throws IOException {
        byte[] whole = Fixtures.bytes(Fixtures.FLAC16_STEREO);
        Path cut = Fixtures.cutCopy(Fixtures.FLAC16_STEREO, whole.length * 3 / 5, dir, "cut.flac");
        float[] source = AudioFiles.decodeNative(Fixtures.path(Fixtures.FLAC16_STEREO_SOURCE)).samples();

        DecodedAudio decoded = AudioFiles.decodeNative(cut);

        assertTrue(decoded.truncated());
        assertTrue(decoded.samples().length > 0 && decoded.samples().length < source.length);
        assertArrayEquals(Arrays.copyOf(source, decoded.samples().length), decoded.samples());
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.startsWith("truncated: ") && w.contains("of 22050")),
                decoded.warnings()::toString);
        assertEquals(decoded.samples().length, decoded.source().frames());
    }

    @ParameterizedTest(name = "damage at {0}% of the file")
    @CsvSource({"45", "70", "95"})
    void damagedFrameStopsDecodingInsteadOfReturningZeros(int percent) throws IOException {
        byte[] bytes = Fixtures.bytes(Fixtures.FLAC16_STEREO);
        int at = bytes.length * percent / 100;
        for (int i = at; i < at + 16; i++) {
            bytes[i] ^= (byte) 0x5A;
        }
        Path damaged = Files.write(dir.resolve("damaged.flac"), bytes);
        float[] source = AudioFiles.decodeNative(Fixtures.path(Fixtures.FLAC16_STEREO_SOURCE)).samples();

        DecodedAudio decoded = AudioFiles.decodeNative(damaged);

        assertTrue(decoded.truncated());
        assertTrue(decoded.samples().length < source.length);
        assertArrayEquals(Arrays.copyOf(source, decoded.samples().length), decoded.samples(),
                "every returned sample is a correctly decoded one");
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.contains("damaged")), decoded.warnings()::toString);
    }

    @Test
    void damageInTheFirstFrameIsCorruptData() throws IOException {
        byte[] bytes = Fixtures.bytes(Fixtures.FLAC24_MONO);
        int firstFrame = firstFrameOffset(bytes);
        for (int i = firstFrame + 8; i < firstFrame + 40; i++) {
            bytes[i] = (byte) ~bytes[i];
        }
        Path damaged = Files.write(dir.resolve("damaged.flac"), bytes);

        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> AudioFiles.decodeNative(damaged));
        assertEquals(Reason.CORRUPT_DATA, e.reason());
    }

    @Test
    void fileCutInsideStreamInfoIsATruncatedHeader() throws IOException {
        Path cut = Fixtures.cutCopy(Fixtures.FLAC16_STEREO, 20, dir, "cut.flac");

        WavErrorTest.assertFailure(cut, Reason.TRUNCATED_HEADER);
    }

    @Test
    void flacNamedWavIsDecodedByContentWithAWarning() throws IOException {
        Path misnamed = Files.copy(Fixtures.path(Fixtures.FLAC24_MONO), dir.resolve("really-flac.wav"));

        DecodedAudio decoded = AudioFiles.decodeNative(misnamed);

        assertEquals("flac", decoded.source().codec());
        assertTrue(decoded.warnings().contains("the content is FLAC although the name suggests WAV"),
                decoded.warnings()::toString);
        assertTrue(AudioFiles.probe(misnamed).warnings().contains("the content is FLAC although the name suggests WAV"));
    }

    @Test
    void id3TaggedFlacIsRecognised() throws IOException {
        byte[] flac = Fixtures.bytes(Fixtures.FLAC24_MONO);
        byte[] tag = {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 20};
        byte[] tagged = new byte[tag.length + 20 + flac.length];
        System.arraycopy(tag, 0, tagged, 0, tag.length);
        System.arraycopy(flac, 0, tagged, tag.length + 20, flac.length);
        Path file = Files.write(dir.resolve("tagged.flac"), tagged);

        assertArrayEquals(AudioFiles.decodeNative(Fixtures.path(Fixtures.FLAC24_MONO)).samples(),
                AudioFiles.decodeNative(file).samples());
        assertEquals(14400, AudioFiles.probe(file).frames());
    }

    /** Metadata blocks: 4-byte header each, bit 7 of the first byte marks the last. */
    private static int firstFrameOffset(byte[] flac) {
        int at = 4;
        boolean last = false;
        while (!last) {
            last = (flac[at] & 0x80) != 0;
            int length = (flac[at + 1] & 0xFF) << 16 | (flac[at + 2] & 0xFF) << 8 | flac[at + 3] & 0xFF;
            at += 4 + length;
        }
        return at;
    }
}
