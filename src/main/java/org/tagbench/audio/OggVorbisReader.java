package org.tagbench.audio;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.jcraft.jogg.Packet;
import com.jcraft.jogg.Page;
import com.jcraft.jogg.StreamState;
import com.jcraft.jogg.SyncState;
import com.jcraft.jorbis.Block;
import com.jcraft.jorbis.Comment;
import com.jcraft.jorbis.DspState;
import com.jcraft.jorbis.Info;

import static org.tagbench.audio.AudioDecodeException.Reason.CORRUPT_DATA;
import static org.tagbench.audio.AudioDecodeException.Reason.INVALID_FORMAT;
import static org.tagbench.audio.AudioDecodeException.Reason.TRUNCATED_HEADER;
import static org.tagbench.audio.AudioDecodeException.Reason.UNSUPPORTED_CODEC;
import static org.tagbench.audio.AudioDecodeException.Reason.ZERO_LENGTH_DATA;

/**
 * OGG Vorbis, decoded by driving JOrbis directly (the javax.sound SPI pads and drops tails). The length comes from the
 * granule positions as the Vorbis spec defines them: the last page's granule ends the stream (the decoder's final
 * block overshoots it), and a first audio page whose granule is smaller than the samples decoded so far marks samples
 * to discard at the start.
 */
final class OggVorbisReader {

    static final String CODEC = "ogg-vorbis";
    /** The identification header sits alone on the first page, which is then 58 bytes; a page can reach 65307. */
    private static final int TYPICAL_FIRST_PAGE_BYTES = 1 << 12;
    private static final int MAX_PAGE_BYTES = OggPage.FIXED_HEADER_BYTES + 255 + 255 * 255;
    private static final int IDENTIFICATION_BYTES = 30;
    private static final int TAIL_WINDOW_BYTES = 1 << 14;
    /** How far back from the end (or forward from the start) a damaged file is searched for intact pages. */
    private static final int MAX_SCAN_BYTES = 1 << 26;
    private static final int FEED_BYTES = 1 << 16;

    private OggVorbisReader() {
    }

    private record Identification(int serialNumber, int channels, int sampleRate) {
    }

    static AudioInfo probe(ClipFile clip) throws AudioDecodeException {
        Identification id = readIdentification(clip);
        Optional<OggPage> last = lastGranulePage(clip, id.serialNumber());
        if (last.isEmpty() || last.get().granulePosition() <= 0) {
            throw noAudioPage(clip);
        }
        boolean truncated = !last.get().endOfStream();
        List<String> warnings = truncated
                ? List.of("truncated: the stream has no end-of-stream page; its length is that of the last complete page")
                : List.of();
        return new AudioInfo(clip.path(), CODEC, id.sampleRate(), id.channels(), last.get().granulePosition(), 0,
                truncated, warnings);
    }

    private static Identification readIdentification(ClipFile clip) throws AudioDecodeException {
        ByteBuffer head = clip.read(0, TYPICAL_FIRST_PAGE_BYTES);
        Optional<OggPage> first = OggPage.parse(head, 0);
        if (first.isEmpty() && head.limit() == TYPICAL_FIRST_PAGE_BYTES) {
            head = clip.read(0, MAX_PAGE_BYTES);
            first = OggPage.parse(head, 0);
        }
        if (first.isEmpty()) {
            boolean complete = head.limit() >= OggPage.FIXED_HEADER_BYTES;
            throw complete ? clip.failure(CORRUPT_DATA, "the first Ogg page is damaged (bad header or checksum)")
                    : clip.failure(TRUNCATED_HEADER, "the file ends inside the first Ogg page header");
        }
        OggPage page = first.get();
        int packetLength = page.firstPacketLength(head);
        ByteBuffer packet = head.slice(page.bodyOffset(), packetLength).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        if (packetLength < IDENTIFICATION_BYTES || packet.get(0) != 1 || !ContainerFormat.startsWith(packet, 1, "vorbis")) {
            throw otherCodec(clip, packet);
        }
        int version = packet.getInt(7);
        int channels = packet.get(11) & 0xFF;
        long sampleRate = Integer.toUnsignedLong(packet.getInt(12));
        if (version != 0 || channels == 0 || sampleRate == 0 || sampleRate > Integer.MAX_VALUE) {
            throw clip.failure(INVALID_FORMAT, "the Vorbis identification header declares version " + version + ", "
                    + channels + " channels, " + sampleRate + " Hz");
        }
        return new Identification(page.serialNumber(), channels, (int) sampleRate);
    }

    private static AudioDecodeException otherCodec(ClipFile clip, ByteBuffer packet) {
        String codec = ContainerFormat.startsWith(packet, 0, "OpusHead") ? "Ogg Opus"
                : ContainerFormat.startsWith(packet, 1, "FLAC") ? "FLAC in Ogg"
                : ContainerFormat.startsWith(packet, 0, "Speex   ") ? "Ogg Speex"
                : ContainerFormat.startsWith(packet, 1, "theora") ? "Ogg Theora (video)"
                : null;
        return codec != null ? clip.failure(UNSUPPORTED_CODEC, codec)
                : clip.failure(INVALID_FORMAT, "the first Ogg packet is not a Vorbis identification header");
    }

    /** Scans the file's tail backwards for the last intact page of the stream that carries a granule position. */
    private static Optional<OggPage> lastGranulePage(ClipFile clip, int serialNumber) throws AudioDecodeException {
        long searchable = Math.min(clip.size(), MAX_SCAN_BYTES);
        long window = Math.min(searchable, TAIL_WINDOW_BYTES);
        while (true) {
            long start = clip.size() - window;
            ByteBuffer tail = clip.read(start, (int) window);
            for (int at = tail.limit() - OggPage.FIXED_HEADER_BYTES; at >= 0; at--) {
                Optional<OggPage> page = OggPage.parse(tail, at);
                if (page.isPresent() && page.get().serialNumber() == serialNumber
                        && page.get().granulePosition() != -1) {
                    return page;
                }
            }
            if (window == searchable) {
                return Optional.empty();
            }
            window = Math.min(searchable, window * 4);
        }
    }

    /** Tells a stream that ends cleanly after its headers from one whose pages are cut or damaged. */
    private static AudioDecodeException noAudioPage(ClipFile clip) throws AudioDecodeException {
        ByteBuffer whole = clip.read(0, (int) Math.min(clip.size(), MAX_SCAN_BYTES));
        int offset = 0;
        int pages = 0;
        Optional<OggPage> page;
        while (offset < whole.limit() && (page = OggPage.parse(whole, offset)).isPresent()) {
            offset += page.get().headerLength() + page.get().bodyLength();
            pages++;
        }
        if (offset == clip.size()) {
            return clip.failure(ZERO_LENGTH_DATA, "the Ogg Vorbis stream ends after " + pages
                    + " header pages without audio");
        }
        return clip.failure(CORRUPT_DATA, "the Ogg page at byte " + offset + " is cut or damaged and no intact "
                + "audio page follows");
    }

    static DecodedAudio decode(ClipFile clip) throws AudioDecodeException {
        AudioInfo declared = probe(clip);
        try {
            return new Decoding(clip, declared).run();
        } catch (RuntimeException e) {
            throw clip.failure(CORRUPT_DATA, "the Vorbis decoder failed (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")", e);
        }
    }

    /** One pass of JOrbis over the file: Ogg pages in, mono samples out, granules noted per page. */
    private static final class Decoding {
        private final ClipFile clip;
        private final AudioInfo declared;
        private final SyncState sync = new SyncState();
        private final StreamState stream = new StreamState();
        private final Page page = new Page();
        private final Packet packet = new Packet();
        private final Info info = new Info();
        private final Comment comment = new Comment();
        private final DspState dsp = new DspState();
        private final Block block = new Block(dsp);
        private final MonoBuffer mono;
        private final List<String> warnings = new ArrayList<>();
        private long bytesFed;
        private int syncLosses;
        private int holes;
        private int undecodablePackets;
        private int audioPackets;
        private GranuleMark firstMark;
        private GranuleMark lastMark;
        private String stoppedBecause;

        /** After a page: its granule and how many samples had been decoded once its packets were done. */
        private record GranuleMark(long granule, int samplesDecoded, boolean endOfStream) {
        }

        Decoding(ClipFile clip, AudioInfo declared) {
            this.clip = clip;
            this.declared = declared;
            this.mono = new MonoBuffer(clip, declared.frames());
        }

        DecodedAudio run() throws AudioDecodeException {
            sync.init();
            int serialNumber = readHeaders();
            dsp.synthesis_init(info);
            block.init(dsp);
            decodeAudio(serialNumber);
            return result();
        }

        private int readHeaders() throws AudioDecodeException {
            if (!nextPage()) {
                throw clip.failure(TRUNCATED_HEADER, "no complete Ogg page");
            }
            int serialNumber = page.serialno();
            stream.init(serialNumber);
            info.init();
            comment.init();
            stream.pagein(page);
            int headers = 0;
            while (headers < 3) {
                int result = stream.packetout(packet);
                if (result == 0) {
                    if (!nextPage()) {
                        throw clip.failure(TRUNCATED_HEADER, "the file ends inside the Vorbis header packets");
                    }
                    stream.pagein(page);
                    continue;
                }
                if (result < 0 || info.synthesis_headerin(comment, packet) < 0) {
                    throw headerFailure(headers + 1);
                }
                headers++;
            }
            return serialNumber;
        }

        /**
         * JOrbis 0.0.17 sizes the channel-coupling fields of the setup header as log2(channels) bits where the spec
         * says ilog(channels - 1): the two agree for power-of-two counts only, so e.g. 5.1 streams fail here.
         */
        private AudioDecodeException headerFailure(int packetNumber) {
            int channels = declared.channels();
            boolean couplingMisread = packetNumber == 3 && channels > 2 && Integer.bitCount(channels) != 1;
            if (couplingMisread) {
                return clip.failure(UNSUPPORTED_CODEC, channels + "-channel Vorbis: the JOrbis decoder cannot read the "
                        + "channel-coupling setup of streams whose channel count is not a power of two");
            }
            return clip.failure(CORRUPT_DATA, "Vorbis header packet " + packetNumber + " of 3 is damaged");
        }

        private void decodeAudio(int serialNumber) throws AudioDecodeException {
            float[][][] pcmHolder = new float[1][][];
            int[] channelOffsets = new int[info.channels];
            while (true) {
                int packetsBefore = audioPackets;
                if (!decodePacketsOfPage(pcmHolder, channelOffsets)) {
                    return;
                }
                if (page.serialno() == serialNumber && page.granulepos() != -1 && audioPackets > packetsBefore) {
                    markGranule(page.granulepos(), page.eos() != 0);
                }
                if (page.serialno() == serialNumber && page.eos() != 0) {
                    if (bytesFed < clip.size() || nextPage()) {
                        warnings.add("the file goes on after the end of the Vorbis stream (chained Ogg?); "
                                + "only the first stream was decoded");
                    }
                    return;
                }
                if (!nextOwnPage(serialNumber)) {
                    return;
                }
            }
        }

        /** False when decoding must stop (a packet broke the decoder); the reason is kept. */
        private boolean decodePacketsOfPage(float[][][] pcmHolder, int[] channelOffsets) throws AudioDecodeException {
            int result;
            while ((result = stream.packetout(packet)) != 0) {
                if (result < 0) {
                    holes++;
                    continue;
                }
                try {
                    if (block.synthesis(packet) != 0) {
                        undecodablePackets++;
                        continue;
                    }
                    dsp.synthesis_blockin(block);
                } catch (RuntimeException e) {
                    stoppedBecause = "packet " + packet.packetno + " broke the decoder (" + e.getClass().getSimpleName()
                            + ")";
                    return false;
                }
                audioPackets++;
                drainPcm(pcmHolder, channelOffsets);
            }
            return true;
        }

        private void drainPcm(float[][][] pcmHolder, int[] channelOffsets) throws AudioDecodeException {
            int channels = info.channels;
            int count;
            while ((count = dsp.synthesis_pcmout(pcmHolder, channelOffsets)) > 0) {
                float[][] pcm = pcmHolder[0];
                float[] out = mono.reserve(count);
                int start = mono.size();
                if (channels == 1) {
                    System.arraycopy(pcm[0], channelOffsets[0], out, start, count);
                } else {
                    float scale = 1f / channels;
                    for (int i = 0; i < count; i++) {
                        float sum = 0;
                        for (int c = 0; c < channels; c++) {
                            sum += pcm[c][channelOffsets[c] + i];
                        }
                        out[start + i] = sum * scale;
                    }
                }
                mono.commit(count);
                dsp.synthesis_read(count);
            }
        }

        private void markGranule(long granule, boolean endOfStream) {
            GranuleMark mark = new GranuleMark(granule, mono.size(), endOfStream);
            if (firstMark == null) {
                firstMark = mark;
            }
            lastMark = mark;
        }

        private boolean nextOwnPage(int serialNumber) throws AudioDecodeException {
            while (nextPage()) {
                if (page.serialno() == serialNumber) {
                    stream.pagein(page);
                    return true;
                }
            }
            return false;
        }

        private boolean nextPage() throws AudioDecodeException {
            while (true) {
                int result = sync.pageout(page);
                if (result == 1) {
                    return true;
                }
                if (result < 0) {
                    syncLosses++;
                    continue;
                }
                if (bytesFed >= clip.size()) {
                    return false;
                }
                int count = (int) Math.min(FEED_BYTES, clip.size() - bytesFed);
                int at = sync.buffer(count);
                ByteBuffer target = ByteBuffer.wrap(sync.data, at, count);
                clip.readFully(bytesFed, target);
                sync.wrote(count);
                bytesFed += count;
            }
        }

        private DecodedAudio result() throws AudioDecodeException {
            if (firstMark == null || mono.size() == 0) {
                throw stoppedBecause != null ? clip.failure(CORRUPT_DATA, "no audio decoded: " + stoppedBecause)
                        : clip.failure(ZERO_LENGTH_DATA, "the Ogg Vorbis stream decoded to no samples");
            }
            boolean singlePage = firstMark.endOfStream();
            int leading = singlePage ? 0 : (int) Math.max(0, firstMark.samplesDecoded() - firstMark.granule());
            long firstGranule = singlePage ? 0 : firstMark.granule() - (firstMark.samplesDecoded() - leading);
            long wanted = lastMark.granule() - firstGranule;
            int available = mono.size() - leading;
            int length = (int) Math.max(0, Math.min(wanted, available));
            boolean truncated = reportDamage(wanted, available);
            if (length == 0) {
                throw clip.failure(ZERO_LENGTH_DATA, "the granule positions leave no samples");
            }
            AudioInfo source = declared.withFrames(length).withTruncation(truncated, warnings);
            return new DecodedAudio(mono.copyRange(leading, length), declared.sampleRate(), source, truncated, warnings);
        }

        private boolean reportDamage(long wanted, int available) {
            boolean truncated = false;
            if (stoppedBecause != null) {
                warnings.add("truncated: decoding stopped after " + mono.size() + " samples: " + stoppedBecause);
                truncated = true;
            }
            if (!lastMark.endOfStream()) {
                warnings.add("truncated: the stream has no end-of-stream page; decoded up to the last complete page");
                truncated = true;
            }
            if (wanted > available) {
                warnings.add("truncated: the granule positions promise " + wanted + " samples, "
                        + available + " were decoded");
                truncated = true;
            }
            if (holes > 0) {
                warnings.add(holes + " gaps in the Ogg page sequence (pages missing)");
            }
            if (syncLosses > 0) {
                warnings.add("lost Ogg page sync " + syncLosses + " times (damaged bytes skipped)");
            }
            if (undecodablePackets > 0) {
                warnings.add(undecodablePackets + " Vorbis packets could not be decoded and were skipped");
            }
            return truncated;
        }
    }
}
