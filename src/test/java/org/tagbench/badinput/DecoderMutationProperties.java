package org.tagbench.badinput;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.tagbench.audio.AudioDecodeException;
import org.tagbench.audio.AudioFiles;
import org.tagbench.audio.AudioInfo;
import org.tagbench.audio.DecodedAudio;

/**
 * Random byte damage to valid WAV (integer and float), FLAC and OGG Vorbis files: probing and decoding end, within a
 * bound, in either finite samples or an {@link AudioDecodeException} that names the file. jqwik shrinks a failure to
 * the fewest damaged bytes, and the fixed seed replays it.
 */
class DecoderMutationProperties {
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final List<String> SOURCES = List.of("pcm16.wav", "float32.wav", "flac16_stereo_44k.flac",
            "flac24_mono_48k.flac", "vorbis_mono_44k.ogg", "vorbis_stereo_48k.ogg");

    /** Which file, which bytes get which values, and where (if anywhere) the file is cut. */
    record Mutation(String source, List<Tuple2<Double, Byte>> overwrites, double keptFraction) {
        byte[] apply() {
            byte[] bytes = original(source);
            for (Tuple2<Double, Byte> overwrite : overwrites) {
                // Squaring favours the start of the file, where the headers the parsers trust are.
                double position = overwrite.get1() * overwrite.get1();
                bytes[(int) (position * (bytes.length - 1))] = overwrite.get2();
            }
            return Arrays.copyOf(bytes, Math.max(0, (int) Math.ceil(bytes.length * keptFraction)));
        }
    }

    @Property(tries = 400, seed = "8202019")
    void mutatedAudioDecodesToFiniteSamplesOrFailsNamingTheFile(@ForAll("mutations") Mutation mutation) throws IOException {
        Path file = Files.createTempFile("mutated", mutation.source().substring(mutation.source().lastIndexOf('.')));
        try {
            Files.write(file, mutation.apply());
            assertTimeoutPreemptively(BOUND, () -> probeAndDecode(file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void probeAndDecode(Path file) {
        try {
            AudioInfo info = AudioFiles.probe(file);
            if (info.sampleRate() <= 0 || info.channels() <= 0) {
                throw new AssertionError("probe accepted an impossible header: " + info);
            }
        } catch (AudioDecodeException expected) {
            requireNamesFile(expected, file);
        }
        try {
            DecodedAudio audio = AudioFiles.decode(file, AudioCases.RATE);
            if (audio.samples().length == 0) {
                throw new AssertionError("decoded to no samples without an exception");
            }
            for (float sample : audio.samples()) {
                if (!Float.isFinite(sample)) {
                    throw new AssertionError("decoded a non-finite sample " + sample);
                }
            }
        } catch (AudioDecodeException expected) {
            requireNamesFile(expected, file);
        }
    }

    private static void requireNamesFile(AudioDecodeException failure, Path file) {
        if (!failure.getMessage().startsWith(file + ": ") || failure.detail().isBlank()) {
            throw new AssertionError("failure does not name the file and a reason: " + failure.getMessage());
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<String> source = Arbitraries.of(SOURCES);
        Arbitrary<Tuple2<Double, Byte>> overwrite = Combinators.combine(
                Arbitraries.doubles().between(0, 1), Arbitraries.bytes()).as(Tuple::of);
        Arbitrary<List<Tuple2<Double, Byte>>> overwrites = overwrite.list().ofMinSize(0).ofMaxSize(16);
        Arbitrary<Double> kept = Arbitraries.oneOf(Arbitraries.just(1.0), Arbitraries.doubles().between(0, 1));
        return Combinators.combine(source, overwrites, kept).as(Mutation::new)
                .filter(mutation -> !mutation.overwrites().isEmpty() || mutation.keptFraction() < 1);
    }

    private static byte[] original(String source) {
        return switch (source) {
            case "pcm16.wav" -> RawWav.pcm(16, 2, AudioCases.RATE, 4410).bytes();
            case "float32.wav" -> RawWav.ieeeFloat(32, 1, AudioCases.RATE, 4410).bytes();
            default -> AudioCases.fixture(source);
        };
    }
}
