package org.tagbench.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damaged and random files must end in a result or an {@link AudioDecodeException}: never an unchecked exception,
 * never a hang, never an empty result. Seeds are fixed so a failure replays.
 */
class GarbageInputTest {

    private static final List<String> SOURCES = List.of(Fixtures.FLAC16_STEREO_SOURCE, Fixtures.FLAC24_MONO_SOURCE,
            Fixtures.FLAC16_STEREO, Fixtures.FLAC24_MONO, Fixtures.VORBIS_MONO, Fixtures.VORBIS_STEREO);
    private static final int MUTATIONS_PER_SOURCE = 80;

    @TempDir
    Path dir;

    @Test
    void randomBytesUnderAudioNames() {
        Random random = new Random(20191);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 300; i++) {
                byte[] bytes = new byte[random.nextInt(3000)];
                random.nextBytes(bytes);
                String[] magics = {"", "RIFF", "fLaC", "OggS"};
                byte[] magic = WavBuilder.ascii(magics[i % magics.length]);
                System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, bytes.length));
                String name = "random" + i + new String[] {".wav", ".flac", ".ogg", ""}[random.nextInt(4)];
                exercise(Files.write(dir.resolve(name), bytes), "random #" + i, problems);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void mutatedAndCutFixtures() {
        Random random = new Random(2018);
        List<String> problems = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (String source : SOURCES) {
                byte[] original = Fixtures.bytes(source);
                for (int i = 0; i < MUTATIONS_PER_SOURCE; i++) {
                    byte[] mutated = mutate(original, random);
                    String label = source + " mutation #" + i;
                    exercise(Files.write(dir.resolve("mutated-" + source), mutated), label, problems);
                }
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    /** Overwrites a few bytes (often in the header), or cuts the file, or both. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int kind = random.nextInt(3);
        if (kind != 1) {
            int changes = 1 + random.nextInt(12);
            int region = random.nextBoolean() ? Math.min(bytes.length, 4200) : bytes.length;
            for (int c = 0; c < changes; c++) {
                bytes[random.nextInt(region)] = (byte) random.nextInt(256);
            }
        }
        if (kind != 0) {
            bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
        }
        return bytes;
    }

    private static void exercise(Path file, String label, List<String> problems) {
        for (boolean probe : new boolean[] {true, false}) {
            try {
                if (probe) {
                    AudioFiles.probe(file);
                } else {
                    DecodedAudio decoded = AudioFiles.decode(file, AudioFiles.DEFAULT_RATE);
                    if (decoded.samples().length == 0) {
                        problems.add(label + ": decoded to an empty array without an exception");
                    }
                }
            } catch (AudioDecodeException expected) {
                if (!expected.getMessage().startsWith(file.toString())) {
                    problems.add(label + ": message does not name the file: " + expected.getMessage());
                }
            } catch (IOException | RuntimeException | Error e) {
                problems.add(label + (probe ? " probe: " : " decode: ") + e);
            }
        }
    }
}
