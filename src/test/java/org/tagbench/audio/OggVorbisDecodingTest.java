package org.tagbench.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tagbench.audio.AudioDecodeException.Reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The references were decoded from the same files by oggdec (libvorbisfile, 16-bit; the mono one stored as FLAC to
 * keep it small): lengths must match exactly and samples within one 16-bit step (the reference's own rounding is half
 * a step). The mono file is sox-encoded, 3 s, the kind on which the vorbisspi SPI drops the last 0.41 s.
 */
class OggVorbisDecodingTest {

    private static final double ONE_16_BIT_STEP = 1.0 / 32768;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        Fixtures.VORBIS_MONO + "," + Fixtures.VORBIS_MONO_REFERENCE + ",1,44100",
        Fixtures.VORBIS_STEREO + "," + Fixtures.VORBIS_STEREO_REFERENCE + ",2,48000"})
    void matchesTheReferenceDecodeInLengthAndSamples(String ogg, String reference, int channels, int rate)
            throws IOException {
        DecodedAudio decoded = AudioFiles.decodeNative(Fixtures.path(ogg));
        float[] expected = AudioFiles.decodeNative(Fixtures.path(reference)).samples();

        assertEquals(expected.length, decoded.samples().length, "length");
        assertTrue(maxAbsDifference(expected, decoded.samples()) <= ONE_16_BIT_STEP);
        assertEquals(new AudioInfo(Fixtures.path(ogg), "ogg-vorbis", rate, channels, expected.length, 0),
                decoded.source());
        assertFalse(decoded.truncated());
        assertTrue(decoded.warnings().isEmpty(), decoded.warnings()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({Fixtures.VORBIS_MONO, Fixtures.VORBIS_STEREO})
    void probeReadsTheLastGranuleAndAgreesWithDecode(String ogg) throws IOException {
        AudioInfo info = AudioFiles.probe(Fixtures.path(ogg));

        assertEquals(AudioFiles.decodeNative(Fixtures.path(ogg)).samples().length, info.frames());
        assertFalse(info.truncated());
        assertEquals("ogg-vorbis", info.codec());
    }

    @Test
    void resamplesToTheTargetRate() throws IOException {
        DecodedAudio decoded = AudioFiles.decode(Fixtures.path(Fixtures.VORBIS_STEREO), 44100);

        assertEquals(44100, decoded.sampleRate());
        assertEquals(Resampler.outputLength(21922, 48000, 44100), decoded.samples().length);
        assertEquals(48000, decoded.source().sampleRate());
    }

    @Test
    void cutFileDecodesUpToItsLastCompletePageFlaggedTruncated() throws IOException {
        byte[] whole = Fixtures.bytes(Fixtures.VORBIS_MONO);
        Path cut = Fixtures.cutCopy(Fixtures.VORBIS_MONO, whole.length * 2 / 3, dir, "cut.ogg");
        float[] full = AudioFiles.decodeNative(Fixtures.path(Fixtures.VORBIS_MONO)).samples();

        DecodedAudio decoded = AudioFiles.decodeNative(cut);
        AudioInfo probed = AudioFiles.probe(cut);

        assertTrue(decoded.truncated());
        assertTrue(probed.truncated());
        assertTrue(decoded.samples().length > 0 && decoded.samples().length < full.length);
        assertEquals(decoded.samples().length, probed.frames());
        assertTrue(maxAbsDifference(Arrays.copyOf(full, decoded.samples().length), decoded.samples()) < 1e-6);
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.contains("no end-of-stream page")),
                decoded.warnings()::toString);
    }

    @Test
    void firstGranuleSmallerThanTheDecodedSamplesTrimsTheStart() throws IOException {
        int trimmed = 1000;
        byte[] bytes = Fixtures.bytes(Fixtures.VORBIS_MONO);
        List<Integer> audioPages = shiftAudioGranules(bytes, -trimmed);
        assertTrue(audioPages.size() >= 2, "the fixture needs audio on two pages at least");
        Path shifted = Files.write(dir.resolve("shifted.ogg"), bytes);
        float[] full = AudioFiles.decodeNative(Fixtures.path(Fixtures.VORBIS_MONO)).samples();

        float[] decoded = AudioFiles.decodeNative(shifted).samples();

        assertEquals(full.length - trimmed, decoded.length);
        assertTrue(maxAbsDifference(Arrays.copyOfRange(full, trimmed, full.length), decoded) < 1e-6);
        assertEquals(full.length - trimmed, AudioFiles.probe(shifted).frames());
    }

    @Test
    void sixChannelStreamIsRefusedWithTheReason() {
        AudioDecodeException e = org.junit.jupiter.api.Assertions.assertThrows(AudioDecodeException.class,
                () -> AudioFiles.decodeNative(Fixtures.path(Fixtures.VORBIS_SIX_CHANNELS)));

        assertEquals(Reason.UNSUPPORTED_CODEC, e.reason());
        assertTrue(e.getMessage().contains("6-channel Vorbis"), e.getMessage());
    }

    @Test
    void opusIsRecognisedAndRefused() throws IOException {
        byte[] head = WavBuilder.ascii("OpusHead\u0001\u0001\u0038\u0001\u0080\u00bb\u0000\u0000\u0000\u0000\u0000");
        Path file = Files.write(dir.resolve("voice.ogg"), oggPage(head, 2, 0));

        AudioDecodeException e = WavErrorTest.assertFailure(file, Reason.UNSUPPORTED_CODEC);
        assertTrue(e.getMessage().contains("Ogg Opus"), e.getMessage());
    }

    @Test
    void headersOnlyStreamIsZeroLengthData() throws IOException {
        byte[] bytes = Fixtures.bytes(Fixtures.VORBIS_MONO);
        List<Integer> audioPages = shiftAudioGranules(bytes.clone(), 0);
        Path headersOnly = Fixtures.cutCopy(Fixtures.VORBIS_MONO, audioPages.get(0), dir, "headers.ogg");

        WavErrorTest.assertFailure(headersOnly, Reason.ZERO_LENGTH_DATA);
    }

    static double maxAbsDifference(float[] expected, float[] actual) {
        double max = 0;
        for (int i = 0; i < expected.length; i++) {
            max = Math.max(max, Math.abs(expected[i] - actual[i]));
        }
        return max;
    }

    /** Adds {@code delta} to the granule of every page that carries audio, fixing checksums; returns their offsets. */
    private static List<Integer> shiftAudioGranules(byte[] bytes, long delta) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> audioPages = new ArrayList<>();
        int offset = 0;
        while (offset < bytes.length) {
            OggPage page = OggPage.parse(buffer, offset).orElseThrow();
            if (page.granulePosition() > 0) {
                audioPages.add(offset);
                buffer.putLong(offset + 6, page.granulePosition() + delta);
                int length = page.headerLength() + page.bodyLength();
                buffer.putInt(offset + OggPage.CRC_OFFSET, OggPage.checksum(buffer, offset, length));
            }
            offset += page.headerLength() + page.bodyLength();
        }
        return audioPages;
    }

    private static byte[] oggPage(byte[] packet, int headerType, long granule) {
        ByteBuffer page = ByteBuffer.allocate(OggPage.FIXED_HEADER_BYTES + 1 + packet.length).order(ByteOrder.LITTLE_ENDIAN);
        page.put(WavBuilder.ascii("OggS")).put((byte) 0).put((byte) headerType).putLong(granule).putInt(0x1234)
                .putInt(0).putInt(0).put((byte) 1).put((byte) packet.length).put(packet);
        page.putInt(OggPage.CRC_OFFSET, OggPage.checksum(page, 0, page.capacity()));
        return page.array();
    }
}
