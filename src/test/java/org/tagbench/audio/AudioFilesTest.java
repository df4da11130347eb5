package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tagbench.testsupport.TestData;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AudioFilesTest {

    @TempDir
    Path dir;

    @Test
    void decodesTheGoldenChirpInFloat32AndPcm16Alike() throws IOException {
        DecodedAudio asFloat = AudioFiles.decode(TestData.golden("mel/chirp_1s.wav"), AudioFiles.DEFAULT_RATE);
        DecodedAudio asPcm16 = AudioFiles.decode(TestData.golden("mel/chirp_1s_pcm16.wav"), AudioFiles.DEFAULT_RATE);

        assertEquals("wav-float32", asFloat.source().codec());
        assertEquals("wav-pcm16", asPcm16.source().codec());
        assertEquals(44100, asFloat.samples().length);
        assertEquals(44100, asPcm16.samples().length);
        assertTrue(asFloat.warnings().isEmpty(), asFloat.warnings()::toString);
        float[] floats = asFloat.samples();
        float[] ints = asPcm16.samples();
        for (int i = 0; i < floats.length; i++) {
            assertEquals(floats[i], ints[i], 1.0 / 32768, "sample " + i);
        }
    }

    @Test
    void decodesEveryClipOfTheDevCorpusAt44100MonoWithTheProbedDuration() throws IOException {
        List<Path> clips = devCorpusWavs();
        assertTrue(clips.size() >= 100, "dev corpus has " + clips.size() + " clips");
        for (Path clip : clips) {
            AudioInfo info = AudioFiles.probe(clip);
            DecodedAudio decoded = AudioFiles.decode(clip, AudioFiles.DEFAULT_RATE);

            assertEquals(44100, info.sampleRate(), clip::toString);
            assertEquals(1, info.channels(), clip::toString);
            assertEquals(info.frames(), decoded.samples().length, clip::toString);
            assertEquals(info.durationSeconds(), decoded.durationSeconds(), 1e-9, clip::toString);
            assertFalse(decoded.truncated(), clip::toString);
            assertTrue(isAudible(decoded.samples()), () -> clip + " decoded to silence");
        }
    }

    @Test
    void probeAgreesWithDecodeOnEveryFixture() throws IOException {
        for (String name : List.of(Fixtures.FLAC16_STEREO, Fixtures.FLAC16_STEREO_SOURCE, Fixtures.FLAC24_MONO,
                Fixtures.FLAC24_MONO_SOURCE, Fixtures.VORBIS_MONO, Fixtures.VORBIS_MONO_REFERENCE,
                Fixtures.VORBIS_STEREO, Fixtures.VORBIS_STEREO_REFERENCE)) {
            Path file = Fixtures.path(name);
            AudioInfo probed = AudioFiles.probe(file);
            DecodedAudio decoded = AudioFiles.decodeNative(file);

            assertEquals(probed, decoded.source(), name);
            assertEquals(probed.frames(), decoded.samples().length, name);
        }
    }

    @Test
    void fileAlreadyAtTheTargetRatePassesThroughUntouched() throws IOException {
        Path clip = devCorpusWavs().get(0);

        assertArrayEquals(AudioFiles.decodeNative(clip).samples(), AudioFiles.decode(clip, 44100).samples());
    }

    @Test
    void otherRatesAreResampledToTheTarget() throws IOException {
        Path file = Fixtures.path(Fixtures.FLAC24_MONO_SOURCE);

        DecodedAudio decoded = AudioFiles.decode(file, 44100);

        assertEquals(44100, decoded.sampleRate());
        assertEquals(Resampler.outputLength(14400, 48000, 44100), decoded.samples().length);
        assertEquals(48000, decoded.source().sampleRate());
        assertArrayEquals(Resampler.resample(AudioFiles.decodeNative(file).samples(), 48000, 44100), decoded.samples());
    }

    @Test
    void rateTooFarFromTheTargetIsAnInvalidFormatNotACrash() throws IOException {
        Path file = WavBuilder.pcm(16, 1, 100).signal(WavBuilder.tones(1, 50, 100)).writeTo(dir, "100hz.wav");

        AudioDecodeException e = assertThrows(AudioDecodeException.class, () -> AudioFiles.decode(file, 44100));

        assertEquals(AudioDecodeException.Reason.INVALID_FORMAT, e.reason());
        assertEquals(100, AudioFiles.decodeNative(file).sampleRate());
    }

    @Test
    void refusesANonPositiveTargetRate() {
        assertThrows(IllegalArgumentException.class, () -> AudioFiles.decode(Fixtures.path(Fixtures.FLAC24_MONO), 0));
    }

    @Test
    void formatComesFromTheContentNotTheName() throws IOException {
        Path wavNamedOgg = Files.copy(Fixtures.path(Fixtures.FLAC24_MONO_SOURCE), dir.resolve("clip.ogg"));
        Path oggWithoutExtension = Files.copy(Fixtures.path(Fixtures.VORBIS_STEREO), dir.resolve("clip"));

        DecodedAudio wav = AudioFiles.decodeNative(wavNamedOgg);
        DecodedAudio ogg = AudioFiles.decodeNative(oggWithoutExtension);

        assertEquals("wav-pcm24", wav.source().codec());
        assertEquals(List.of("the content is WAV although the name suggests OGG"), wav.warnings());
        assertEquals("ogg-vorbis", ogg.source().codec());
        assertTrue(ogg.warnings().isEmpty());
    }

    static List<Path> devCorpusWavs() throws IOException {
        try (Stream<Path> files = Files.walk(TestData.devCorpus())) {
            return files.filter(p -> p.toString().endsWith(".wav")).sorted().toList();
        }
    }

    private static boolean isAudible(float[] samples) {
        for (float sample : samples) {
            if (Math.abs(sample) > 1e-3) {
                return true;
            }
        }
        return false;
    }
}
