package org.tagbench.audio;

import java.nio.ByteBuffer;
import java.util.Optional;

/** One Ogg page header as laid out in a buffer, parsed without any codec: enough to probe length and codec. */
record OggPage(int offset, int headerType, long granulePosition, int serialNumber, int headerLength, int bodyLength) {

    static final int FIXED_HEADER_BYTES = 27;
    private static final int FLAG_END_OF_STREAM = 0x04;
    static final int CRC_OFFSET = 22;
    private static final int[] CRC_TABLE = crcTable();

    /** The page starting at {@code offset}, if a complete one with a valid checksum is there. */
    static Optional<OggPage> parse(ByteBuffer buffer, int offset) {
        if (offset + FIXED_HEADER_BYTES > buffer.limit() || !ContainerFormat.startsWith(buffer, offset, "OggS")
                || buffer.get(offset + 4) != 0) {
            return Optional.empty();
        }
        int segments = buffer.get(offset + 26) & 0xFF;
        int headerLength = FIXED_HEADER_BYTES + segments;
        if (offset + headerLength > buffer.limit()) {
            return Optional.empty();
        }
        int bodyLength = 0;
        for (int i = 0; i < segments; i++) {
            bodyLength += buffer.get(offset + FIXED_HEADER_BYTES + i) & 0xFF;
        }
        if (offset + headerLength + bodyLength > buffer.limit()) {
            return Optional.empty();
        }
        OggPage page = new OggPage(offset, buffer.get(offset + 5) & 0xFF, buffer.getLong(offset + 6),
                buffer.getInt(offset + 14), headerLength, bodyLength);
        return page.checksumMatches(buffer) ? Optional.of(page) : Optional.empty();
    }

    boolean endOfStream() {
        return (headerType & FLAG_END_OF_STREAM) != 0;
    }

    int bodyOffset() {
        return offset + headerLength;
    }

    /** Length of the first packet that starts on this page, as far as this page holds it. */
    int firstPacketLength(ByteBuffer buffer) {
        int length = 0;
        for (int i = 0; i < headerLength - FIXED_HEADER_BYTES; i++) {
            int lacing = buffer.get(offset + FIXED_HEADER_BYTES + i) & 0xFF;
            length += lacing;
            if (lacing < 255) {
                break;
            }
        }
        return length;
    }

    private boolean checksumMatches(ByteBuffer buffer) {
        return checksum(buffer, offset, headerLength + bodyLength) == buffer.getInt(offset + CRC_OFFSET);
    }

    /** The CRC of the page at {@code offset}, computed as the spec says: with its own CRC field taken as zero. */
    static int checksum(ByteBuffer buffer, int offset, int pageLength) {
        int crc = 0;
        for (int i = offset; i < offset + pageLength; i++) {
            boolean inCrcField = i >= offset + CRC_OFFSET && i < offset + CRC_OFFSET + 4;
            int b = inCrcField ? 0 : buffer.get(i) & 0xFF;
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xFF];
        }
        return crc;
    }

    /** Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, initial value 0. */
    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int bit = 0; bit < 8; bit++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }
}
