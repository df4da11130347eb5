package org.tagbench.audio;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.tagbench.audio.AudioDecodeException.Reason.INVALID_FORMAT;
import static org.tagbench.audio.AudioDecodeException.Reason.TRUNCATED_HEADER;
import static org.tagbench.audio.AudioDecodeException.Reason.UNSUPPORTED_CODEC;
import static org.tagbench.audio.AudioDecodeException.Reason.ZERO_LENGTH_DATA;

/**
 * RIFF WAVE reader: walks the chunks (skipping LIST, fact, PEAK and any other, honouring the pad byte after
 * odd-sized chunks), reads 'fmt ' (PCM, IEEE float, WAVE_FORMAT_EXTENSIBLE) and decodes 'data' with bulk reads.
 */
final class WavReader {

    private static final int RIFF_HEADER_BYTES = 12;
    private static final int CHUNK_HEADER_BYTES = 8;
    private static final int MIN_FMT_BYTES = 16;
    private static final int EXTENSIBLE_FMT_BYTES = 40;
    private static final int TAG_PCM = 0x0001;
    private static final int TAG_IEEE_FLOAT = 0x0003;
    private static final int TAG_EXTENSIBLE = 0xFFFE;
    /** KSDATAFORMAT_SUBTYPE_* GUIDs share these bytes after the 2-byte format tag. */
    private static final byte[] SUBFORMAT_GUID_TAIL = {
        0x00, 0x00, 0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
    private static final int MAX_READ_BYTES = 4 << 20;

    private WavReader() {
    }

    /** What the header says, checked against what the file holds. */
    record Layout(SampleEncoding encoding, int channels, int sampleRate, int bitsPerSample, int blockAlign,
                  long dataOffset, long framesPresent, long framesDeclared, List<String> warnings) {

        boolean truncated() {
            return framesPresent < framesDeclared;
        }

        AudioInfo toInfo(java.nio.file.Path file) {
            return new AudioInfo(file, encoding.codec(), sampleRate, channels, framesPresent, bitsPerSample,
                    truncated(), warnings);
        }
    }

    private record Format(SampleEncoding encoding, int channels, int sampleRate, int bitsPerSample, int blockAlign) {
    }

    static Layout readLayout(ClipFile clip) throws AudioDecodeException {
        long size = clip.size();
        List<String> warnings = new ArrayList<>();
        Format format = null;
        long dataOffset = -1;
        long dataDeclaredBytes = 0;
        long position = RIFF_HEADER_BYTES;
        while (position + CHUNK_HEADER_BYTES <= size) {
            ByteBuffer header = clip.read(position, CHUNK_HEADER_BYTES);
            String id = ContainerFormat.ascii(header, 0, 4);
            long chunkSize = Integer.toUnsignedLong(header.getInt(4));
            long body = position + CHUNK_HEADER_BYTES;
            boolean fitsInFile = body + chunkSize <= size;
            if (id.equals("fmt ")) {
                format = readFormat(clip, body, chunkSize, fitsInFile);
            } else if (id.equals("data")) {
                dataOffset = body;
                dataDeclaredBytes = chunkSize;
                if (format != null || !fitsInFile) {
                    break; // the audio is found; a lying size must not send the walk past the end
                }
            } else if (!fitsInFile && (format == null || dataOffset < 0)) {
                throw clip.failure(TRUNCATED_HEADER, "chunk '" + id + "' at byte " + position + " declares "
                        + chunkSize + " bytes but only " + (size - body) + " remain before the end of the file");
            }
            position = nextChunk(clip, body, chunkSize, warnings);
        }
        if (dataOffset < 0) {
            throw clip.failure(TRUNCATED_HEADER, "the file ends at byte " + size + " before any 'data' chunk"
                    + (format == null ? " (and without a 'fmt ' chunk)" : ""));
        }
        if (format == null) {
            throw clip.failure(INVALID_FORMAT, "no 'fmt ' chunk describes the audio in the 'data' chunk");
        }
        return layout(clip, format, dataOffset, dataDeclaredBytes, warnings);
    }

    private static Layout layout(ClipFile clip, Format format, long dataOffset, long declaredBytes, List<String> warnings)
            throws AudioDecodeException {
        int blockAlign = format.blockAlign();
        long framesDeclared = declaredBytes / blockAlign;
        long bytesPresent = Math.min(declaredBytes, clip.size() - dataOffset);
        long framesPresent = bytesPresent / blockAlign;
        if (declaredBytes == 0) {
            throw clip.failure(ZERO_LENGTH_DATA, "the 'data' chunk is empty (0 bytes)");
        }
        if (framesPresent == 0) {
            throw clip.failure(ZERO_LENGTH_DATA, "the 'data' chunk declares " + framesDeclared
                    + " frames but the file ends before the first complete one");
        }
        if (framesPresent < framesDeclared) {
            warnings.add("truncated: the 'data' chunk declares " + framesDeclared + " frames but the file holds only "
                    + framesPresent + " (" + percent(framesPresent, framesDeclared) + ")");
        } else if (declaredBytes % blockAlign != 0) {
            warnings.add("the 'data' chunk ends with a partial frame of " + declaredBytes % blockAlign
                    + " bytes, ignored");
        }
        return new Layout(format.encoding(), format.channels(), format.sampleRate(), format.bitsPerSample(),
                blockAlign, dataOffset, framesPresent, framesDeclared, List.copyOf(warnings));
    }

    static DecodedAudio decode(ClipFile clip, Layout layout) throws AudioDecodeException {
        float[] samples = new float[MonoBuffer.checkedLength(clip, layout.framesPresent())];
        int blockAlign = layout.blockAlign();
        int framesPerRead = Math.max(1, MAX_READ_BYTES / blockAlign);
        ByteBuffer chunk = ByteBuffer.allocate((int) Math.min(samples.length, framesPerRead) * blockAlign);
        int done = 0;
        while (done < samples.length) {
            int frames = Math.min(samples.length - done, framesPerRead);
            chunk.clear().limit(frames * blockAlign);
            clip.readFully(layout.dataOffset() + (long) done * blockAlign, chunk);
            layout.encoding().toMono(chunk.array(), frames, layout.channels(), samples, done);
            done += frames;
        }
        List<String> warnings = new ArrayList<>(layout.warnings());
        int replaced = layout.encoding().isFloatingPoint() ? replaceNonFinite(samples) : 0;
        if (replaced > 0) {
            warnings.add(replaced + " NaN or infinite samples replaced by 0");
        }
        AudioInfo info = layout.toInfo(clip.path());
        return new DecodedAudio(samples, layout.sampleRate(), info, layout.truncated(), warnings, replaced);
    }

    private static Format readFormat(ClipFile clip, long body, long chunkSize, boolean fitsInFile)
            throws AudioDecodeException {
        if (!fitsInFile) {
            throw clip.failure(TRUNCATED_HEADER, "the 'fmt ' chunk at byte " + (body - CHUNK_HEADER_BYTES)
                    + " needs " + chunkSize + " bytes but the file ends after " + (clip.size() - body));
        }
        if (chunkSize < MIN_FMT_BYTES) {
            throw clip.failure(INVALID_FORMAT, "the 'fmt ' chunk is " + chunkSize + " bytes, at least 16 are needed");
        }
        ByteBuffer fmt = clip.read(body, (int) Math.min(chunkSize, EXTENSIBLE_FMT_BYTES));
        int tag = fmt.getShort(0) & 0xFFFF;
        int channels = fmt.getShort(2) & 0xFFFF;
        long sampleRate = Integer.toUnsignedLong(fmt.getInt(4));
        int blockAlign = fmt.getShort(12) & 0xFFFF;
        int bitsPerSample = fmt.getShort(14) & 0xFFFF;
        if (channels == 0) {
            throw clip.failure(INVALID_FORMAT, "the 'fmt ' chunk declares 0 channels");
        }
        if (sampleRate == 0 || sampleRate > Integer.MAX_VALUE) {
            throw clip.failure(INVALID_FORMAT, "the 'fmt ' chunk declares a sample rate of " + sampleRate + " Hz");
        }
        int effectiveTag = tag == TAG_EXTENSIBLE ? extensibleSubFormat(clip, fmt, chunkSize) : tag;
        SampleEncoding encoding = switch (effectiveTag) {
            case TAG_PCM -> SampleEncoding.integerPcm(bitsPerSample);
            case TAG_IEEE_FLOAT -> SampleEncoding.ieeeFloat(bitsPerSample);
            default -> throw clip.failure(UNSUPPORTED_CODEC, "WAV format tag " + formatTagName(effectiveTag));
        };
        if (encoding == null) {
            String kind = effectiveTag == TAG_PCM ? "integer PCM" : "IEEE float";
            throw clip.failure(UNSUPPORTED_CODEC, kind + " with " + bitsPerSample + " bits per sample");
        }
        int expectedBlockAlign = channels * encoding.bytesPerSample();
        if (blockAlign != expectedBlockAlign) {
            throw clip.failure(INVALID_FORMAT, "block align is " + blockAlign + " bytes but " + channels
                    + " channels of " + encoding.bytesPerSample() + "-byte samples need " + expectedBlockAlign);
        }
        return new Format(encoding, channels, (int) sampleRate, bitsPerSample, blockAlign);
    }

    private static int extensibleSubFormat(ClipFile clip, ByteBuffer fmt, long chunkSize) throws AudioDecodeException {
        if (chunkSize < EXTENSIBLE_FMT_BYTES) {
            throw clip.failure(INVALID_FORMAT, "a WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk needs 40 bytes, this one has "
                    + chunkSize);
        }
        int subFormatOffset = 24;
        for (int i = 0; i < SUBFORMAT_GUID_TAIL.length; i++) {
            if (fmt.get(subFormatOffset + 2 + i) != SUBFORMAT_GUID_TAIL[i]) {
                throw clip.failure(UNSUPPORTED_CODEC, "WAVE_FORMAT_EXTENSIBLE with the non-standard sub-format GUID "
                        + guid(fmt, subFormatOffset));
            }
        }
        return fmt.getShort(subFormatOffset) & 0xFFFF;
    }

    /**
     * The next chunk starts after the pad byte of an odd-sized chunk; some writers forget that byte, so when the padded
     * position holds no chunk id but the unpadded one does, the unpadded one wins.
     */
    private static long nextChunk(ClipFile clip, long body, long chunkSize, List<String> warnings)
            throws AudioDecodeException {
        long unpadded = body + chunkSize;
        if ((chunkSize & 1) == 0) {
            return unpadded;
        }
        long padded = unpadded + 1;
        if (padded + CHUNK_HEADER_BYTES <= clip.size() && !looksLikeChunkId(clip.read(padded, 4))
                && looksLikeChunkId(clip.read(unpadded, 4))) {
            warnings.add("the odd-sized chunk ending at byte " + unpadded + " lacks its pad byte");
            return unpadded;
        }
        return padded;
    }

    private static boolean looksLikeChunkId(ByteBuffer id) {
        if (id.limit() < 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            int b = id.get(i) & 0xFF;
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static int replaceNonFinite(float[] samples) {
        int replaced = 0;
        for (int i = 0; i < samples.length; i++) {
            if (!Float.isFinite(samples[i])) {
                samples[i] = 0f;
                replaced++;
            }
        }
        return replaced;
    }

    private static String formatTagName(int tag) {
        String name = switch (tag) {
            case 0x0002 -> "Microsoft ADPCM";
            case 0x0006 -> "A-law";
            case 0x0007 -> "mu-law";
            case 0x0011 -> "IMA ADPCM";
            case 0x0031 -> "GSM 6.10";
            case 0x0050 -> "MPEG";
            case 0x0055 -> "MPEG layer 3";
            default -> "unknown";
        };
        return String.format("0x%04X (%s)", tag, name);
    }

    private static String guid(ByteBuffer fmt, int offset) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            hex.append(String.format("%02X", fmt.get(offset + i) & 0xFF));
        }
        return hex.toString();
    }

    private static String percent(long part, long whole) {
        return String.format("%.1f%%", 100.0 * part / whole);
    }
}
