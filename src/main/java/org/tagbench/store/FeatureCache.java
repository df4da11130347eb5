package org.tagbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * On-disk cache of feature matrices keyed by (content hash of the clip, feature configuration key). A matrix
 * is stored as a small header and little-endian float32 rows; files are written to a temporary name and moved
 * into place, so a crash never leaves a half-written entry that a reader would trust.
 */
public final class FeatureCache {
    private static final int MAGIC = 0x54424631; // "TBF1"
    private static final int HEADER_BYTES = 12;

    private final Path root;

    public FeatureCache(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Optional<float[][]> get(String contentHash, String configKey) {
        Path file = entry(contentHash, configKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) channel.size()).order(ByteOrder.LITTLE_ENDIAN);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read the whole entry
            }
            buffer.flip();
            return decode(buffer);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<float[][]> decode(ByteBuffer buffer) {
        if (buffer.remaining() < HEADER_BYTES || buffer.getInt() != MAGIC) {
            return Optional.empty();
        }
        int rows = buffer.getInt();
        int columns = buffer.getInt();
        if (rows < 0 || columns < 0 || (long) rows * columns * Float.BYTES != buffer.remaining()) {
            return Optional.empty();
        }
        float[][] matrix = new float[rows][columns];
        var floats = buffer.asFloatBuffer();
        for (float[] row : matrix) {
            floats.get(row);
        }
        return Optional.of(matrix);
    }

    public void put(String contentHash, String configKey, float[][] matrix) throws IOException {
        Path file = entry(contentHash, configKey);
        Files.createDirectories(file.getParent());
        writeConfigNote(configKey);
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(HEADER_BYTES + rows * columns * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(MAGIC).putInt(rows).putInt(columns);
        var floats = buffer.asFloatBuffer();
        for (float[] row : matrix) {
            floats.put(row);
        }
        Path temporary = Files.createTempFile(file.getParent(), contentHash, ".tmp");
        try {
            Files.write(temporary, buffer.array());
            moveIntoPlace(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void moveIntoPlace(Path temporary, Path file) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public boolean contains(String contentHash, String configKey) {
        return Files.isRegularFile(entry(contentHash, configKey));
    }

    Path entry(String contentHash, String configKey) {
        return configDirectory(configKey).resolve(contentHash.substring(0, 2)).resolve(contentHash + ".f32");
    }

    private Path configDirectory(String configKey) {
        return root.resolve(sha256Hex(configKey.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    private void writeConfigNote(String configKey) throws IOException {
        Path note = configDirectory(configKey).resolve("config.txt");
        if (!Files.exists(note)) {
            Files.writeString(note, configKey + System.lineSeparator());
        }
    }

    /** SHA-256 of a file's bytes, the identity of a clip's content in the cache. */
    public static String contentHash(Path file) throws IOException {
        return sha256Hex(Files.readAllBytes(file));
    }

    public static String contentHash(byte[] bytes) {
        return sha256Hex(bytes);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
