package org.tagbench.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The committed audio fixtures (made with sox, flac and oggenc; see README.md beside them) and helpers to damage copies.
 */
final class Fixtures {

    static final String FLAC16_STEREO = "flac16_stereo_44k.flac";
    static final String FLAC16_STEREO_SOURCE = "flac16_stereo_44k.wav";
    static final String FLAC24_MONO = "flac24_mono_48k.flac";
    static final String FLAC24_MONO_SOURCE = "flac24_mono_48k.wav";
    static final String VORBIS_MONO = "vorbis_mono_44k.ogg";
    static final String VORBIS_MONO_REFERENCE = "vorbis_mono_44k.ref.flac";
    static final String VORBIS_STEREO = "vorbis_stereo_48k.ogg";
    static final String VORBIS_STEREO_REFERENCE = "vorbis_stereo_48k.ref.wav";
    static final String VORBIS_SIX_CHANNELS = "vorbis_6ch_44k.ogg";

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the fixture's first {@code length} bytes, written under {@code dir}. */
    static Path cutCopy(String name, int length, Path dir, String copyName) throws IOException {
        return Files.write(dir.resolve(copyName), Arrays.copyOf(bytes(name), length));
    }
}
