package org.tagbench.audio;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.jflac.ChannelData;
import org.jflac.FLACDecoder;
import org.jflac.FrameListener;
import org.jflac.frame.Frame;
import org.jflac.metadata.Metadata;
import org.jflac.metadata.StreamInfo;

import static org.tagbench.audio.AudioDecodeException.Reason.CORRUPT_DATA;
import static org.tagbench.audio.AudioDecodeException.Reason.INVALID_FORMAT;
import static org.tagbench.audio.AudioDecodeException.Reason.TRUNCATED_HEADER;
import static org.tagbench.audio.AudioDecodeException.Reason.ZERO_LENGTH_DATA;

/**
 * FLAC: the header from STREAMINFO (read here, 34 bytes), the samples from jflac's {@link FLACDecoder} frame by frame,
 * taking its integer output directly (sample exact at any bit depth, no PCM byte conversion). Decoding stops at the
 * first damaged frame (bad CRC, lost sync): what came before is returned, flagged truncated.
 */
final class FlacReader {

    static final String CODEC = "flac";
    private static final int MARKER_BYTES = 4;
    private static final int BLOCK_HEADER_BYTES = 4;
    private static final int STREAMINFO_BYTES = 34;

    private FlacReader() {
    }

    static AudioInfo probe(ClipFile clip, long streamOffset) throws AudioDecodeException {
        long blockHeaderAt = streamOffset + MARKER_BYTES;
        ByteBuffer head = clip.read(blockHeaderAt, BLOCK_HEADER_BYTES + STREAMINFO_BYTES);
        if (head.limit() < BLOCK_HEADER_BYTES + STREAMINFO_BYTES) {
            throw clip.failure(TRUNCATED_HEADER, "the file ends inside the FLAC STREAMINFO block (at byte "
                    + clip.size() + ")");
        }
        int blockType = head.get(0) & 0x7F;
        int blockLength = (head.get(1) & 0xFF) << 16 | (head.get(2) & 0xFF) << 8 | head.get(3) & 0xFF;
        if (blockType != 0 || blockLength < STREAMINFO_BYTES) {
            throw clip.failure(INVALID_FORMAT, "the first FLAC metadata block is type " + blockType + " of "
                    + blockLength + " bytes, not a 34-byte STREAMINFO");
        }
        long packed = head.order(java.nio.ByteOrder.BIG_ENDIAN).getLong(BLOCK_HEADER_BYTES + 10);
        int sampleRate = (int) (packed >>> 44);
        int channels = (int) ((packed >>> 41) & 0x7) + 1;
        int bitsPerSample = (int) ((packed >>> 36) & 0x1F) + 1;
        long totalSamples = packed & 0xF_FFFF_FFFFL;
        if (sampleRate == 0) {
            throw clip.failure(INVALID_FORMAT, "STREAMINFO declares a sample rate of 0 Hz");
        }
        if (bitsPerSample < 4) {
            throw clip.failure(INVALID_FORMAT, "STREAMINFO declares " + bitsPerSample + " bits per sample");
        }
        long frames = totalSamples == 0 ? AudioInfo.UNKNOWN_FRAMES : totalSamples;
        List<String> warnings = totalSamples == 0 ? List.of("STREAMINFO does not declare the number of samples")
                : List.of();
        return new AudioInfo(clip.path(), CODEC, sampleRate, channels, frames, bitsPerSample, false, warnings);
    }

    static DecodedAudio decode(ClipFile clip, long streamOffset) throws AudioDecodeException {
        AudioInfo declared = probe(clip, streamOffset);
        InputStream in = new BufferedInputStream(clip.streamFrom(streamOffset), 1 << 16);
        return decodeFrames(clip, declared, in);
    }

    private static DecodedAudio decodeFrames(ClipFile clip, AudioInfo declared, InputStream in)
            throws AudioDecodeException {
        FLACDecoder decoder = new FLACDecoder(in);
        ErrorCollector errors = new ErrorCollector();
        decoder.addFrameListener(errors);
        StreamInfo streamInfo = readMetadata(clip, decoder);
        MonoBuffer mono = new MonoBuffer(clip, declared.hasKnownLength() ? declared.frames() : 0);
        List<String> warnings = new ArrayList<>(declared.warnings());
        String stoppedBecause = null;
        long total = declared.hasKnownLength() ? declared.frames() : Long.MAX_VALUE;
        while (mono.size() < total) {
            int errorsBefore = errors.count();
            int badFramesBefore = decoder.getBadFrames();
            Frame frame;
            try {
                frame = decoder.readNextFrame();
            } catch (IOException | RuntimeException e) {
                stoppedBecause = "frame decoding failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
                break;
            }
            if (frame == null && decoder.isEOF() && errors.count() > errorsBefore) {
                stoppedBecause = "the file ends inside a frame (cut short or damaged)";
                break;
            }
            if (errors.count() > errorsBefore || decoder.getBadFrames() > badFramesBefore) {
                stoppedBecause = "damaged frame (" + errors.lastError() + ")";
                break;
            }
            if (frame == null) {
                break;
            }
            if (frame.header.channels != streamInfo.getChannels()) {
                stoppedBecause = "a frame has " + frame.header.channels + " channels, STREAMINFO says "
                        + streamInfo.getChannels();
                break;
            }
            if (frame.header.bitsPerSample != declared.bitsPerSample()) {
                stoppedBecause = "a frame has " + frame.header.bitsPerSample + " bits per sample, STREAMINFO says "
                        + declared.bitsPerSample();
                break;
            }
            mixFrame(mono, decoder.getChannelData(), frame.header.blockSize, frame.header.channels,
                    declared.bitsPerSample());
        }
        return result(clip, declared, mono, warnings, stoppedBecause);
    }

    private static StreamInfo readMetadata(ClipFile clip, FLACDecoder decoder) throws AudioDecodeException {
        try {
            Metadata[] blocks = decoder.readMetadata();
            StreamInfo streamInfo = decoder.getStreamInfo();
            if (streamInfo == null || blocks.length == 0) {
                throw clip.failure(INVALID_FORMAT, "no STREAMINFO metadata block");
            }
            return streamInfo;
        } catch (AudioDecodeException e) {
            throw e;
        } catch (EOFException e) {
            throw clip.failure(TRUNCATED_HEADER, "the file ends inside the FLAC metadata blocks", e);
        } catch (IOException | RuntimeException e) {
            throw clip.failure(CORRUPT_DATA, "unreadable FLAC metadata (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    private static void mixFrame(MonoBuffer mono, ChannelData[] channelData, int blockSize, int channels,
                                 int bitsPerSample) throws AudioDecodeException {
        float[] out = mono.reserve(blockSize);
        int start = mono.size();
        if (channels == 1) {
            float scale = (float) Math.scalb(1.0, 1 - bitsPerSample);
            int[] samples = channelData[0].getOutput();
            for (int i = 0; i < blockSize; i++) {
                out[start + i] = samples[i] * scale;
            }
        } else {
            double scale = Math.scalb(1.0, 1 - bitsPerSample) / channels;
            for (int i = 0; i < blockSize; i++) {
                long sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += channelData[c].getOutput()[i];
                }
                out[start + i] = (float) (sum * scale);
            }
        }
        mono.commit(blockSize);
    }

    private static DecodedAudio result(ClipFile clip, AudioInfo declared, MonoBuffer mono, List<String> warnings,
                                       String stoppedBecause) throws AudioDecodeException {
        int decoded = mono.size();
        if (decoded == 0) {
            if (stoppedBecause != null) {
                throw clip.failure(CORRUPT_DATA, "no frame could be decoded: " + stoppedBecause);
            }
            throw clip.failure(ZERO_LENGTH_DATA, "the FLAC stream holds no audio frames");
        }
        boolean truncated = stoppedBecause != null;
        if (stoppedBecause != null) {
            warnings.add("truncated: decoding stopped after " + decoded + " frames"
                    + (declared.hasKnownLength() ? " of " + declared.frames() : "") + ": " + stoppedBecause);
        } else if (declared.hasKnownLength() && decoded < declared.frames()) {
            truncated = true;
            warnings.add("truncated: STREAMINFO declares " + declared.frames() + " frames but the file holds only "
                    + decoded);
        }
        int kept = declared.hasKnownLength() ? (int) Math.min(decoded, declared.frames()) : decoded;
        AudioInfo source = declared.withFrames(kept).withTruncation(truncated, warnings);
        return new DecodedAudio(mono.toArray(kept), declared.sampleRate(), source, truncated, warnings);
    }

    /** jflac reports CRC mismatches and lost sync only through this callback (a bad-CRC frame comes back zeroed). */
    private static final class ErrorCollector implements FrameListener {
        private int count;
        private String lastError = "";

        @Override
        public void processMetadata(Metadata metadata) {
            // Metadata is read through readMetadata's return value.
        }

        @Override
        public void processFrame(Frame frame) {
            // Frames are taken from readNextFrame's return value.
        }

        @Override
        public void processError(String message) {
            count++;
            lastError = message;
        }

        int count() {
            return count;
        }

        String lastError() {
            return lastError;
        }
    }
}
