package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WavDecodingTest {

    @TempDir
    Path dir;

    static Stream<Arguments> variants() {
        return Stream.of(
                Arguments.of("8-bit unsigned", WavBuilder.pcm(8, 1, 44100), "wav-pcm8"),
                Arguments.of("16-bit", WavBuilder.pcm(16, 1, 44100), "wav-pcm16"),
                Arguments.of("24-bit", WavBuilder.pcm(24, 1, 44100), "wav-pcm24"),
                Arguments.of("32-bit integer", WavBuilder.pcm(32, 1, 44100), "wav-pcm32"),
                Arguments.of("32-bit float", WavBuilder.ieeeFloat(32, 1, 44100), "wav-float32"),
                Arguments.of("64-bit float", WavBuilder.ieeeFloat(64, 1, 44100), "wav-float64"),
                Arguments.of("stereo 16-bit", WavBuilder.pcm(16, 2, 44100), "wav-pcm16"),
                Arguments.of("6-channel 16-bit", WavBuilder.pcm(16, 6, 44100), "wav-pcm16"),
                Arguments.of("6-channel 24-bit extensible", WavBuilder.pcm(24, 6, 48000).extensible(), "wav-pcm24"),
                Arguments.of("stereo 8-bit", WavBuilder.pcm(8, 2, 22050), "wav-pcm8"),
                Arguments.of("stereo 32-bit integer", WavBuilder.pcm(32, 2, 44100), "wav-pcm32"),
                Arguments.of("stereo float32", WavBuilder.ieeeFloat(32, 2, 44100), "wav-float32"),
                Arguments.of("stereo float64", WavBuilder.ieeeFloat(64, 2, 44100), "wav-float64"),
                Arguments.of("extensible 16-bit", WavBuilder.pcm(16, 1, 44100).extensible(), "wav-pcm16"),
                Arguments.of("extensible float32", WavBuilder.ieeeFloat(32, 2, 44100).extensible(), "wav-float32"),
                Arguments.of("12-bit in 16-bit container", WavBuilder.pcm(12, 1, 44100), "wav-pcm16"),
                Arguments.of("8 kHz", WavBuilder.pcm(16, 1, 8000), "wav-pcm16"),
                Arguments.of("96 kHz", WavBuilder.pcm(24, 2, 96000), "wav-pcm24"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void decodesEachVariantToTheAverageOfItsChannels(String name, WavBuilder builder, String codec) throws IOException {
        int rate = builder.sampleRate();
        int channels = builder.channelCount();
        double[][] signal = WavBuilder.tones(channels, 4001, rate);
        Path file = builder.signal(signal).writeTo(dir, "clip.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertEquals(rate, decoded.sampleRate());
        assertEquals(codec, decoded.source().codec());
        assertEquals(channels, decoded.source().channels());
        assertFalse(decoded.truncated());
        assertTrue(decoded.warnings().isEmpty(), decoded.warnings()::toString);
        assertClose(WavBuilder.average(signal), decoded.samples(), toleranceFor(builder));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void probeAgreesWithDecodeWithoutReadingSamples(String name, WavBuilder builder, String codec) throws IOException {
        int rate = builder.sampleRate();
        Path file = builder.signal(WavBuilder.tones(builder.channelCount(), 3000, rate)).writeTo(dir, "clip.wav");

        AudioInfo info = AudioFiles.probe(file);

        assertEquals(codec, info.codec());
        assertEquals(3000, info.frames());
        assertEquals(rate, info.sampleRate());
        assertEquals(AudioFiles.decodeNative(file).samples().length, info.frames());
        assertEquals(3000.0 / rate, info.durationSeconds(), 1e-12);
    }

    @Test
    void sixteenBitMonoIsExactlyTheIntegerOver32768() throws IOException {
        double[][] signal = WavBuilder.tones(1, 1000, 44100);
        Path file = WavBuilder.pcm(16, 1, 44100).signal(signal).writeTo(dir, "exact.wav");

        float[] samples = AudioFiles.decodeNative(file).samples();

        for (int i = 0; i < samples.length; i++) {
            assertEquals(WavBuilder.quantize(signal[0][i], 16) / 32768f, samples[i], 0f, "sample " + i);
        }
    }

    @Test
    void eightBitMidpointIsSilence() throws IOException {
        Path file = WavBuilder.pcm(8, 1, 8000).signal(new double[][] {{0.0, 0.5, -0.5, -1.0}}).writeTo(dir, "u8.wav");

        float[] samples = AudioFiles.decodeNative(file).samples();

        assertEquals(0f, samples[0]);
        assertEquals(0.5f, samples[1]);
        assertEquals(-0.5f, samples[2]);
        assertEquals(-1f, samples[3]);
    }

    @Test
    void skipsUnknownChunksBeforeAndAfterFmtIncludingOddSizedOnesWithTheirPadByte() throws IOException {
        double[][] signal = WavBuilder.tones(1, 500, 44100);
        Path file = WavBuilder.pcm(16, 1, 44100).signal(signal)
                .chunkBeforeFmt("JUNK", new byte[28])
                .chunkBeforeData("LIST", "INFOISFT\u0005\u0000\u0000\u0000Lavf\u0000".getBytes())
                .chunkBeforeData("fact", new byte[] {(byte) 0xF4, 0x01, 0, 0})
                .chunkBeforeData("odd ", new byte[] {1, 2, 3})
                .writeTo(dir, "chunks.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertTrue(decoded.warnings().isEmpty(), decoded.warnings()::toString);
        assertClose(signal[0], decoded.samples(), 0.5 / 32768 + 1e-9);
    }

    @Test
    void toleratesAnOddSizedChunkWhoseWriterForgotThePadByte() throws IOException {
        double[][] signal = WavBuilder.tones(1, 500, 44100);
        Path file = WavBuilder.pcm(16, 1, 44100).signal(signal)
                .unpaddedChunkBeforeData("bext", new byte[] {1, 2, 3, 4, 5})
                .writeTo(dir, "unpadded.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertClose(signal[0], decoded.samples(), 0.5 / 32768 + 1e-9);
        assertTrue(decoded.warnings().stream().anyMatch(w -> w.contains("pad byte")), decoded.warnings()::toString);
    }

    @Test
    void oddLengthDataChunkOf8BitSamplesDecodesEveryFrame() throws IOException {
        double[][] signal = WavBuilder.tones(1, 1001, 8000);
        Path file = WavBuilder.pcm(8, 1, 8000).signal(signal).writeTo(dir, "odd.wav");

        assertEquals(1001, AudioFiles.decodeNative(file).samples().length);
        assertEquals(1001, AudioFiles.probe(file).frames());
    }

    @Test
    void replacesNonFiniteFloatSamplesAndSaysSo() throws IOException {
        double[][] signal = {{0.25, Double.NaN, Double.POSITIVE_INFINITY, -0.25}};
        Path file = WavBuilder.ieeeFloat(32, 1, 44100).signal(signal).writeTo(dir, "nan.wav");

        DecodedAudio decoded = AudioFiles.decodeNative(file);

        assertClose(new double[] {0.25, 0, 0, -0.25}, decoded.samples(), 0);
        assertTrue(decoded.warnings().contains("2 NaN or infinite samples replaced by 0"), decoded.warnings()::toString);
    }

    private static double toleranceFor(WavBuilder builder) {
        if (builder.isFloat()) {
            return 1e-6;
        }
        return 0.5 / Math.scalb(1.0, Math.min(24, builder.bitsPerSample()) - 1) + 1e-6;
    }

    static void assertClose(double[] expected, float[] actual, double tolerance) {
        assertEquals(expected.length, actual.length, "length");
        for (int i = 0; i < expected.length; i++) {
            if (Math.abs(expected[i] - actual[i]) > tolerance) {
                throw new AssertionError("sample " + i + ": expected " + expected[i] + " but was " + actual[i]
                        + " (tolerance " + tolerance + ")");
            }
        }
    }
}
