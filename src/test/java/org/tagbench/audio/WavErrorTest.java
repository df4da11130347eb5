package org.tagbench.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.tagbench.audio.AudioDecodeException.Reason;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavErrorTest {

    /** A canonical 44-byte header: RIFF(12) fmt(8+16) data(8). */
    private static final int CANONICAL_HEADER_BYTES = 44;

    @TempDir
    Path dir;

    private final double[][] signal = WavBuilder.tones(2, 1000, 44100);

    @ParameterizedTest(name = "cut after {0} bytes")
    @ValueSource(ints = {1, 3, 4, 8, 11, 12, 16, 19, 20, 24, 30, 35, 36, 37, 40, 43})
    void fileCutInsideTheHeaderIsATruncatedHeader(int length) throws IOException {
        byte[] whole = WavBuilder.pcm(16, 2, 44100).signal(signal).build();
        Path file = Files.write(dir.resolve("cut.wav"), Arrays.copyOf(whole, length));

        assertFailure(file, Reason.TRUNCATED_HEADER);
    }

    @Test
    void headerWithoutAnyDataBytesIsZeroLengthData() throws IOException {
        byte[] whole = WavBuilder.pcm(16, 2, 44100).signal(signal).build();
        Path file = Files.write(dir.resolve("header-only.wav"), Arrays.copyOf(whole, CANONICAL_HEADER_BYTES));

        AudioDecodeException e = assertFailure(file, Reason.ZERO_LENGTH_DATA);
        assertTrue(e.getMessage().contains("declares 1000 frames"), e.getMessage());
    }

    @Test
    void emptyDataChunkIsZeroLengthData() throws IOException {
        Path file = WavBuilder.pcm(16, 1, 44100).signal(new double[1][0]).writeTo(dir, "empty-data.wav");

        assertFailure(file, Reason.ZERO_LENGTH_DATA);
    }

    @Test
    void dataChunkLongerThanTheFileDecodesWhatIsThereFlaggedTruncated() throws IOException {
        byte[] whole = WavBuilder.pcm(16, 2, 44100).signal(signal).build();
        int keptFrames = 600;
        Path file = Files.write(dir.resolve("cut-data.wav"), Arrays.copyOf(whole, CANONICAL_HEADER_BYTES + keptFrames * 4 + 3));

        DecodedAudio decoded = AudioFiles.decodeNative(file);
        AudioInfo probed = AudioFiles.probe(file);

        assertTrue(decoded.truncated());
        assertEquals(keptFrames, decoded.samples().length);
        assertEquals(keptFrames, probed.frames());
        assertTrue(probed.truncated());
        String expectedWarning = "the 'data' chunk declares 1000 frames but the file holds only 600";
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.contains(expectedWarning)), decoded.warnings()::toString);
        assertTrue(probed.warnings().stream().anyMatch(w -> w.contains(expectedWarning)), probed.warnings()::toString);
        WavDecodingTest.assertClose(Arrays.copyOf(WavBuilder.average(signal), keptFrames), decoded.samples(),
                0.5 / 32768 + 1e-9);
    }

    @Test
    void streamingPlaceholderSizeDecodesToTheEndOfTheFile() throws IOException {
        Path file = WavBuilder.pcm(16, 2, 44100).signal(signal).declaredDataBytes(0xFFFF_FFFFL)
                .writeTo(dir, "placeholder.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertEquals(1000, decoded.samples().length);
        assertTrue(decoded.truncated());
    }

    @Test
    void dataChunkShorterThanTheFileStopsAtItsDeclaredEnd() throws IOException {
        Path file = WavBuilder.pcm(16, 2, 44100).signal(signal).declaredDataBytes(400 * 4)
                .writeTo(dir, "short-size.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertEquals(400, decoded.samples().length);
        assertEquals(400, AudioFiles.probe(file).frames());
    }

    @Test
    void dataSizeWithAPartialLastFrameIgnoresItWithAWarning() throws IOException {
        Path file = WavBuilder.pcm(16, 2, 44100).signal(signal).declaredDataBytes(400 * 4 + 2)
                .writeTo(dir, "partial.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertEquals(400, decoded.samples().length);
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.contains("partial frame of 2 bytes")));
    }

    @Test
    void wrongRiffSizeIsIgnored() throws IOException {
        byte[] bytes = WavBuilder.pcm(16, 2, 44100).signal(signal).build();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 12345);
        Path file = Files.write(dir.resolve("riff-size.wav"), bytes);

        assertEquals(1000, AudioFiles.decodeNative(file).samples().length);
    }

    @Test
    void chunkBeforeDataThatClaimsMoreThanTheFileIsATruncatedHeader() throws IOException {
        byte[] bytes = WavBuilder.pcm(16, 1, 44100).signal(signal).chunkBeforeData("LIST", new byte[8]).build();
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(40, 1_000_000);
        Path file = Files.write(dir.resolve("lying-list.wav"), bytes);

        AudioDecodeException e = assertFailure(file, Reason.TRUNCATED_HEADER);
        assertTrue(e.getMessage().contains("chunk 'LIST' at byte 36 declares 1000000 bytes"), e.getMessage());
    }

    @Test
    void zeroChannelsIsInvalidFormat() throws IOException {
        Path file = WavBuilder.pcm(16, 1, 44100).signal(signal).channels(0).blockAlign(2).writeTo(dir, "zero-ch.wav");

        AudioDecodeException e = assertFailure(file, Reason.INVALID_FORMAT);
        assertTrue(e.getMessage().contains("0 channels"), e.getMessage());
    }

    @Test
    void zeroSampleRateIsInvalidFormat() throws IOException {
        Path file = WavBuilder.pcm(16, 1, 44100).signal(signal).rate(0).writeTo(dir, "zero-rate.wav");

        AudioDecodeException e = assertFailure(file, Reason.INVALID_FORMAT);
        assertTrue(e.getMessage().contains("sample rate of 0 Hz"), e.getMessage());
    }

    @Test
    void blockAlignThatContradictsTheFormatIsInvalidFormat() throws IOException {
        Path file = WavBuilder.pcm(24, 2, 44100).signal(signal).blockAlign(8).writeTo(dir, "align.wav");

        assertFailure(file, Reason.INVALID_FORMAT);
    }

    @Test
    void unknownFormatTagIsUnsupportedCodecAndNamed() throws IOException {
        Path file = WavBuilder.pcm(4, 1, 44100).formatTag(0x0011).signal(signal).writeTo(dir, "adpcm.wav");

        AudioDecodeException e = assertFailure(file, Reason.UNSUPPORTED_CODEC);
        assertTrue(e.getMessage().contains("0x0011 (IMA ADPCM)"), e.getMessage());
    }

    @Test
    void unsupportedBitDepthsAreUnsupportedCodec() throws IOException {
        assertFailure(WavBuilder.ieeeFloat(16, 1, 44100).signal(new double[1][0]).declaredDataBytes(10)
                .writeTo(dir, "f16.wav"), Reason.UNSUPPORTED_CODEC);
        assertFailure(WavBuilder.pcm(40, 1, 44100).signal(new double[1][0]).declaredDataBytes(10).writeTo(dir, "i40.wav"),
                Reason.UNSUPPORTED_CODEC);
    }

    @Test
    void extensibleWithAForeignSubFormatGuidIsUnsupportedCodec() throws IOException {
        byte[] ambisonicTail = {0x21, 0x07, (byte) 0xD3, 0x11, (byte) 0x86, 0x44, (byte) 0xC8, (byte) 0xC1,
            (byte) 0xCA, 0x00, 0x00, 0x00, 0x00, 0x00};
        Path file = WavBuilder.pcm(16, 4, 44100).extensible().subFormatGuidTail(ambisonicTail)
                .signal(WavBuilder.tones(4, 100, 44100))
                .writeTo(dir, "ambisonic.wav");

        assertFailure(file, Reason.UNSUPPORTED_CODEC);
    }

    @Test
    void noFmtChunkIsInvalidFormat() throws IOException {
        byte[] bytes = WavBuilder.pcm(16, 1, 44100).signal(signal).build();
        System.arraycopy(WavBuilder.ascii("XXXX"), 0, bytes, 12, 4);
        Path file = Files.write(dir.resolve("no-fmt.wav"), bytes);

        assertFailure(file, Reason.INVALID_FORMAT);
    }

    @Test
    void emptyFileIsEmptyFile() throws IOException {
        assertFailure(Files.write(dir.resolve("empty.wav"), new byte[0]), Reason.EMPTY_FILE);
    }

    @Test
    void missingFileAndDirectoryAreUnreadable() {
        assertFailure(dir.resolve("missing.wav"), Reason.UNREADABLE);
        assertFailure(dir, Reason.UNREADABLE);
    }

    @Test
    void nonAudioBytesNamedWavAreInvalidFormatWithTheirFirstBytesShown() throws IOException {
        Path file = Files.writeString(dir.resolve("page.wav"), "<!DOCTYPE html><html><body>404</body></html>");

        AudioDecodeException e = assertFailure(file, Reason.INVALID_FORMAT);
        assertTrue(e.getMessage().contains("\"<!DOCTYP\""), e.getMessage());
    }

    @Test
    void otherContainersAreRecognisedAndRefusedByName() throws IOException {
        byte[] mp3Frame = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0, 0, 0};
        byte[] aiff = WavBuilder.ascii("FORM\0\0\0\u0020AIFFCOMM");
        byte[] rf64 = WavBuilder.ascii("RF64\u00ff\u00ff\u00ff\u00ffWAVEds64");

        assertTrue(assertFailure(Files.write(dir.resolve("a.wav"), mp3Frame), Reason.UNSUPPORTED_CODEC)
                .getMessage().contains("MPEG"));
        assertTrue(assertFailure(Files.write(dir.resolve("b.wav"), aiff), Reason.UNSUPPORTED_CODEC)
                .getMessage().contains("AIFF"));
        assertTrue(assertFailure(Files.write(dir.resolve("c.wav"), rf64), Reason.UNSUPPORTED_CODEC)
                .getMessage().contains("RF64"));
    }

    @Test
    void messageNamesTheFileTheReasonAndTheDetail() throws IOException {
        Path file = Files.write(dir.resolve("empty.wav"), new byte[0]);

        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> AudioFiles.decode(file, 44100));

        assertEquals(file, e.file());
        assertEquals(file + ": empty file: the file is 0 bytes long", e.getMessage());
    }

    /** Probe and both decode entry points must fail the same way. */
    static AudioDecodeException assertFailure(Path file, Reason reason) {
        AudioDecodeException fromProbe = assertThrows(AudioDecodeException.class, () -> AudioFiles.probe(file));
        AudioDecodeException fromDecode = assertThrows(AudioDecodeException.class, () -> AudioFiles.decode(file, 44100));
        assertEquals(reason, fromProbe.reason(), fromProbe::getMessage);
        assertEquals(reason, fromDecode.reason(), fromDecode::getMessage);
        assertEquals(file, fromDecode.file());
        assertTrue(fromDecode.getMessage().startsWith(file + ": " + reason.text() + ": "), fromDecode::getMessage);
        return fromDecode;
    }
}
