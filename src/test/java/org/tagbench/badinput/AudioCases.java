package org.tagbench.badinput;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Generates the audio cases of the bad-input suite: damaged headers, lying sizes, odd formats, non-audio, cut codecs. */
final class AudioCases {
    static final int RATE = 44_100;
    /** Half a second: long enough for every mel preset's window, short enough for 200 files in seconds. */
    static final int FRAMES = RATE / 2;
    static final List<String> CODEC_FIXTURES = List.of("flac16_stereo_44k.flac", "flac24_mono_48k.flac",
            "vorbis_mono_44k.ogg", "vorbis_stereo_48k.ogg", "vorbis_6ch_44k.ogg");

    private AudioCases() {}

    static byte[] goodWav() {
        return RawWav.pcm(16, 1, RATE, FRAMES).bytes();
    }

    /** Every case, in a fixed order; random parts come from the seed so a failure replays. */
    static List<AudioCase> all(long seed) {
        List<AudioCase> cases = new ArrayList<>();
        cases.addAll(headerCuts());
        cases.addAll(lyingSizes());
        cases.addAll(impossibleFormats());
        cases.addAll(validVariants());
        cases.addAll(tinyFiles());
        cases.addAll(nonAudio());
        cases.addAll(damagedCodecs());
        cases.addAll(mutatedWavs(new Random(seed), 30));
        return cases;
    }

    /** The valid WAV cut at every byte of its header, and at the start of its samples. */
    static List<AudioCase> headerCuts() {
        byte[] wav = goodWav();
        List<AudioCase> cases = new ArrayList<>();
        for (int length = 0; length <= RawWav.HEADER_BYTES; length++) {
            int cut = length;
            cases.add(AudioCase.reported("cut-header-" + cut + ".wav", () -> Arrays.copyOf(wav, cut)));
        }
        for (int samples : new int[] {1, 100, FRAMES / 2}) {
            int cut = RawWav.HEADER_BYTES + 2 * samples;
            cases.add(AudioCase.either("cut-data-after-" + samples + ".wav", () -> Arrays.copyOf(wav, cut)));
        }
        cases.add(AudioCase.either("cut-mid-sample.wav", () -> Arrays.copyOf(wav, RawWav.HEADER_BYTES + 2 * 1000 + 1)));
        return cases;
    }

    static List<AudioCase> lyingSizes() {
        RawWav good = RawWav.pcm(16, 1, RATE, FRAMES);
        List<AudioCase> cases = new ArrayList<>();
        for (int riff : new int[] {0, 4, 36, 100, Integer.MAX_VALUE, -1}) {
            cases.add(AudioCase.either("riff-size-" + Integer.toUnsignedString(riff) + ".wav", () -> good.withRiffSize(riff).bytes()));
        }
        for (int fmt : new int[] {0, 2, 14, 15, 17, 40, 1_000_000, -1}) {
            cases.add(AudioCase.either("fmt-size-" + Integer.toUnsignedString(fmt) + ".wav", () -> good.withFmtSize(fmt).bytes()));
        }
        for (int data : new int[] {1, 3, FRAMES * 4, Integer.MAX_VALUE, -1, -2}) {
            cases.add(AudioCase.either("data-size-" + Integer.toUnsignedString(data) + ".wav", () -> good.withDataSize(data).bytes()));
        }
        cases.add(AudioCase.reported("data-size-0.wav", () -> good.withDataSize(0).bytes()));
        cases.add(AudioCase.reported("zero-byte-data.wav", () -> RawWav.pcm(16, 1, RATE, 0).bytes()));
        return cases;
    }

    static List<AudioCase> impossibleFormats() {
        List<AudioCase> cases = new ArrayList<>();
        cases.add(AudioCase.reported("zero-channels.wav", () -> RawWav.pcm(16, 0, RATE, FRAMES).bytes()));
        cases.add(AudioCase.reported("zero-rate.wav", () -> RawWav.pcm(16, 1, 0, FRAMES).bytes()));
        cases.add(AudioCase.reported("negative-rate.wav", () -> RawWav.pcm(16, 1, -44_100, FRAMES).bytes()));
        cases.add(AudioCase.reported("zero-bits.wav", () -> RawWav.pcm(0, 1, RATE, FRAMES).bytes()));
        cases.add(AudioCase.reported("12-bit-odd-container.wav", () -> RawWav.pcm(12, 1, RATE, FRAMES).withBlockAlign(3).bytes()));
        cases.add(AudioCase.reported("zero-block-align.wav", () -> RawWav.pcm(16, 1, RATE, FRAMES).withBlockAlign(0).bytes()));
        cases.add(AudioCase.reported("65535-channels.wav", patched(() -> RawWav.pcm(16, 1, RATE, FRAMES).bytes(), 22, new byte[] {-1, -1})));
        cases.add(AudioCase.reported("float-16-bit.wav", () -> RawWav.ieeeFloat(16, 1, RATE, FRAMES).bytes()));
        cases.add(AudioCase.reported("format-tag-mp3.wav", () -> new RawWav(0x55, 1, RATE, 16, FRAMES, null, null, null, null).bytes()));
        cases.add(AudioCase.reported("format-tag-adpcm.wav", () -> new RawWav(2, 1, RATE, 4, FRAMES, null, null, null, null).bytes()));
        cases.add(AudioCase.reported("rate-1hz.wav", () -> RawWav.pcm(16, 1, 1, 4).bytes()));
        cases.add(AudioCase.reported("rate-4ghz.wav", () -> RawWav.pcm(16, 1, Integer.MAX_VALUE, FRAMES).bytes()));
        return cases;
    }

    /** Unusual but valid files: every bit depth, float, 6 channels, rates from 8 kHz to 96 kHz, and 10 minutes. */
    static List<AudioCase> validVariants() {
        List<AudioCase> cases = new ArrayList<>();
        for (int bits : new int[] {8, 16, 24, 32}) {
            cases.add(AudioCase.imports("pcm" + bits + ".wav", () -> RawWav.pcm(bits, 1, RATE, FRAMES).bytes()));
            cases.add(AudioCase.imports("pcm" + bits + "-6ch.wav", () -> RawWav.pcm(bits, 6, RATE, FRAMES).bytes()));
        }
        for (int bits : new int[] {32, 64}) {
            cases.add(AudioCase.imports("float" + bits + ".wav", () -> RawWav.ieeeFloat(bits, 1, RATE, FRAMES).bytes()));
            cases.add(AudioCase.imports("float" + bits + "-stereo.wav", () -> RawWav.ieeeFloat(bits, 2, RATE, FRAMES).bytes()));
        }
        for (int rate : new int[] {8_000, 11_025, 16_000, 22_050, 32_000, 48_000, 88_200, 96_000, 7_350, 44_101}) {
            cases.add(AudioCase.imports("rate-" + rate + ".wav", () -> RawWav.pcm(16, 2, rate, rate / 2).bytes()));
        }
        cases.add(AudioCase.imports("ten-minutes.wav", () -> RawWav.pcm(16, 1, RATE, RATE * 600).bytes()));
        for (String fixture : CODEC_FIXTURES) {
            // JOrbis cannot read the channel coupling of 5.1 Vorbis; the audio package reports it as unsupported.
            cases.add(fixture.contains("6ch") ? AudioCase.reported("intact-" + fixture, () -> fixture(fixture))
                    : AudioCase.imports("intact-" + fixture, () -> fixture(fixture)));
        }
        cases.add(AudioCase.imports("flac-named.wav", () -> fixture("flac16_stereo_44k.flac")));
        cases.add(AudioCase.imports("ogg-named.flac", () -> fixture("vorbis_mono_44k.ogg")));
        return cases;
    }

    /** One sample, or a handful: valid files that are shorter than any analysis window. */
    static List<AudioCase> tinyFiles() {
        List<AudioCase> cases = new ArrayList<>();
        for (int bits : new int[] {8, 16, 24, 32}) {
            cases.add(AudioCase.either("one-sample-pcm" + bits + ".wav", () -> RawWav.pcm(bits, 1, RATE, 1).bytes()));
        }
        cases.add(AudioCase.either("one-sample-float.wav", () -> RawWav.ieeeFloat(32, 1, RATE, 1).bytes()));
        cases.add(AudioCase.either("one-frame-6ch.wav", () -> RawWav.pcm(16, 6, RATE, 1).bytes()));
        cases.add(AudioCase.either("one-sample-8khz.wav", () -> RawWav.pcm(16, 1, 8_000, 1).bytes()));
        cases.add(AudioCase.either("ten-samples.wav", () -> RawWav.pcm(16, 1, RATE, 10).bytes()));
        // All zeros: silence trimming leaves nothing, so the features must come from the untrimmed clip.
        cases.add(AudioCase.imports("silence.wav", () -> zeroed(goodWav(), RawWav.HEADER_BYTES, FRAMES * 2)));
        return cases;
    }

    /** Bytes that are not audio at all, under audio names. */
    static List<AudioCase> nonAudio() {
        List<AudioCase> cases = new ArrayList<>();
        cases.add(AudioCase.reported("empty.wav", () -> new byte[0]));
        cases.add(AudioCase.reported("one-byte.wav", () -> new byte[] {'R'}));
        cases.add(AudioCase.reported("text.wav", () -> "fname,labels\nthis is not audio\n".getBytes(StandardCharsets.UTF_8)));
        cases.add(AudioCase.reported("html.wav", () -> "<!DOCTYPE html><html><body>404</body></html>".getBytes(StandardCharsets.UTF_8)));
        cases.add(AudioCase.reported("png.wav", () -> bytesOf(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R')));
        cases.add(AudioCase.reported("zip.wav", () -> bytesOf('P', 'K', 3, 4, 20, 0, 0, 0, 8, 0)));
        cases.add(AudioCase.reported("elf.flac", () -> bytesOf(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        cases.add(AudioCase.reported("zeros.ogg", () -> new byte[4096]));
        cases.add(AudioCase.reported("rifx-big-endian.wav", () -> replaceStart(goodWav(), "RIFX")));
        cases.add(AudioCase.reported("riff-avi.wav", () -> replaceAt(goodWav(), 8, "AVI ")));
        cases.add(AudioCase.reported("only-magic.flac", () -> RawWav.ascii("fLaC")));
        cases.add(AudioCase.reported("only-magic.ogg", () -> RawWav.ascii("OggS")));
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            byte[] noise = new byte[1 + random.nextInt(20_000)];
            random.nextBytes(noise);
            cases.add(AudioCase.reported("noise-" + i + ".wav", () -> noise.clone()));
        }
        return cases;
    }

    /** FLAC and OGG Vorbis files cut short and with damaged regions. */
    static List<AudioCase> damagedCodecs() {
        List<AudioCase> cases = new ArrayList<>();
        for (String fixture : CODEC_FIXTURES) {
            byte[] original = fixture(fixture);
            String stem = fixture.substring(0, fixture.lastIndexOf('.'));
            String extension = fixture.substring(fixture.lastIndexOf('.'));
            for (int cut : new int[] {4, 20, 41}) {
                cases.add(AudioCase.reported(stem + "-cut" + cut + extension, () -> Arrays.copyOf(original, cut)));
            }
            for (double fraction : new double[] {0.1, 0.5, 0.9}) {
                int cut = (int) (original.length * fraction);
                cases.add(AudioCase.either(stem + "-cut" + Math.round(fraction * 100) + "pct" + extension,
                        () -> Arrays.copyOf(original, cut)));
            }
            cases.add(AudioCase.either(stem + "-zeroed-middle" + extension, () -> zeroed(original, original.length / 2, 2048)));
            cases.add(AudioCase.either(stem + "-zeroed-header" + extension, () -> zeroed(original, 8, 200)));
            cases.add(AudioCase.either(stem + "-flipped-bytes" + extension, () -> flipped(original, new Random(stem.hashCode()), 40)));
        }
        return cases;
    }

    /** Seeded random damage to a valid WAV: overwritten bytes (often in the header), cuts, or both. */
    static List<AudioCase> mutatedWavs(Random random, int count) {
        byte[] wav = RawWav.pcm(16, 2, RATE, FRAMES / 4).bytes();
        List<AudioCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] mutated = flipped(wav, random, 1 + random.nextInt(8));
            byte[] result = random.nextBoolean() ? Arrays.copyOf(mutated, 1 + random.nextInt(mutated.length)) : mutated;
            cases.add(AudioCase.either("mutated-" + i + ".wav", () -> result.clone()));
        }
        return cases;
    }

    static byte[] fixture(String name) {
        try (InputStream in = AudioCases.class.getResourceAsStream("/org/tagbench/audio/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing audio fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Overwrites {@code count} random bytes, three in four of them within the first 100 (where headers are). */
    static byte[] flipped(byte[] original, Random random, int count) {
        byte[] bytes = original.clone();
        for (int i = 0; i < count; i++) {
            int region = random.nextInt(4) == 0 ? bytes.length : Math.min(100, bytes.length);
            bytes[random.nextInt(region)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] zeroed(byte[] original, int from, int length) {
        byte[] bytes = original.clone();
        Arrays.fill(bytes, Math.min(from, bytes.length), Math.min(from + length, bytes.length), (byte) 0);
        return bytes;
    }

    private static byte[] replaceStart(byte[] bytes, String text) {
        return replaceAt(bytes, 0, text);
    }

    private static byte[] replaceAt(byte[] bytes, int offset, String text) {
        byte[] copy = bytes.clone();
        byte[] replacement = RawWav.ascii(text);
        System.arraycopy(replacement, 0, copy, offset, replacement.length);
        return copy;
    }

    private static byte[] bytesOf(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static Supplier<byte[]> patched(Supplier<byte[]> base, int offset, byte[] patch) {
        return () -> {
            byte[] bytes = base.get();
            System.arraycopy(patch, 0, bytes, offset, patch.length);
            return bytes;
        };
    }
}
