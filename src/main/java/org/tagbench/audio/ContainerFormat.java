package org.tagbench.audio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import static org.tagbench.audio.AudioDecodeException.Reason.INVALID_FORMAT;
import static org.tagbench.audio.AudioDecodeException.Reason.TRUNCATED_HEADER;
import static org.tagbench.audio.AudioDecodeException.Reason.UNSUPPORTED_CODEC;

/** The decodable containers, recognised from the first bytes of the file; the file name is only a hint. */
enum ContainerFormat {
    WAV("WAV"), FLAC("FLAC"), OGG("OGG");

    private static final int SNIFF_BYTES = 16;
    private static final int ID3V2_HEADER_BYTES = 10;

    private final String displayName;

    ContainerFormat(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** Where a detected container starts: FLAC may follow an ID3v2 tag. */
    record Detected(ContainerFormat format, long offset) {
    }

    static Detected detect(ClipFile clip) throws AudioDecodeException {
        ByteBuffer head = clip.read(0, SNIFF_BYTES);
        if (startsWith(head, 0, "RIFF")) {
            if (head.limit() < 12) {
                throw clip.failure(TRUNCATED_HEADER, "the file is " + clip.size() + " bytes, shorter than the 12-byte RIFF header");
            }
            if (startsWith(head, 8, "WAVE")) {
                return new Detected(WAV, 0);
            }
            throw clip.failure(UNSUPPORTED_CODEC, "a RIFF '" + ascii(head, 8, 4) + "' file, not RIFF WAVE");
        }
        if (startsWith(head, 0, "fLaC")) {
            return new Detected(FLAC, 0);
        }
        if (startsWith(head, 0, "OggS")) {
            return new Detected(OGG, 0);
        }
        if (startsWith(head, 0, "ID3") && head.limit() >= ID3V2_HEADER_BYTES) {
            long afterTag = id3v2End(head);
            if (startsWith(clip.read(afterTag, 4), 0, "fLaC")) {
                return new Detected(FLAC, afterTag);
            }
            throw clip.failure(UNSUPPORTED_CODEC, "an ID3-tagged file that is not FLAC (MP3?)");
        }
        Optional<String> unsupported = unsupportedContainer(head);
        if (unsupported.isPresent()) {
            throw clip.failure(UNSUPPORTED_CODEC, unsupported.get());
        }
        if (head.limit() < 4 && isPrefixOfKnownMagic(head)) {
            throw clip.failure(TRUNCATED_HEADER, "the file is " + clip.size() + " bytes, shorter than any audio header");
        }
        throw clip.failure(INVALID_FORMAT, "not a WAV, FLAC or OGG file; it starts with " + hexAndText(head));
    }

    /** The format a file name suggests, if its extension is one we know. */
    static Optional<ContainerFormat> suggestedBy(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (text.endsWith(".wav") || text.endsWith(".wave")) {
            return Optional.of(WAV);
        }
        if (text.endsWith(".flac")) {
            return Optional.of(FLAC);
        }
        if (text.endsWith(".ogg") || text.endsWith(".oga")) {
            return Optional.of(OGG);
        }
        return Optional.empty();
    }

    private static Optional<String> unsupportedContainer(ByteBuffer head) {
        if (startsWith(head, 0, "RIFX")) {
            return Optional.of("big-endian RIFX WAV");
        }
        if (startsWith(head, 0, "RF64") || startsWith(head, 0, "BW64")) {
            return Optional.of("RF64/BW64 WAV (the 64-bit variant for files over 4 GB)");
        }
        if (startsWith(head, 0, "FORM") && (startsWith(head, 8, "AIFF") || startsWith(head, 8, "AIFC"))) {
            return Optional.of("AIFF");
        }
        if (startsWith(head, 4, "ftyp")) {
            return Optional.of("MP4/M4A");
        }
        if (startsWith(head, 0, ".snd")) {
            return Optional.of("Sun AU");
        }
        if (head.limit() >= 2 && (head.get(0) & 0xFF) == 0xFF && (head.get(1) & 0xE0) == 0xE0) {
            return Optional.of("MPEG audio (MP3 or AAC)");
        }
        return Optional.empty();
    }

    private static long id3v2End(ByteBuffer head) {
        int flags = head.get(5) & 0xFF;
        long size = 0;
        for (int i = 6; i < 10; i++) {
            size = (size << 7) | (head.get(i) & 0x7F);
        }
        boolean hasFooter = (flags & 0x10) != 0;
        return ID3V2_HEADER_BYTES + size + (hasFooter ? ID3V2_HEADER_BYTES : 0);
    }

    private static boolean isPrefixOfKnownMagic(ByteBuffer head) {
        byte[] bytes = new byte[head.limit()];
        head.get(0, bytes);
        String start = new String(bytes, StandardCharsets.ISO_8859_1);
        return "RIFF".startsWith(start) || "fLaC".startsWith(start) || "OggS".startsWith(start);
    }

    static boolean startsWith(ByteBuffer buffer, int offset, String magic) {
        if (buffer.limit() < offset + magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (buffer.get(offset + i) != (byte) magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String ascii(ByteBuffer buffer, int offset, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = offset; i < Math.min(buffer.limit(), offset + length); i++) {
            int b = buffer.get(i) & 0xFF;
            text.append(b >= 0x20 && b < 0x7F ? (char) b : '?');
        }
        return text.toString();
    }

    private static String hexAndText(ByteBuffer head) {
        int shown = Math.min(8, head.limit());
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            hex.append(String.format("%02X ", head.get(i) & 0xFF));
        }
        return hex.toString().trim() + " (\"" + ascii(head, 0, shown) + "\")";
    }
}
