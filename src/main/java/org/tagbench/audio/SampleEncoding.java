package org.tagbench.audio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How WAV samples are stored, and the conversion of interleaved little-endian frames to mono floats. Integers are
 * scaled by 2^(bits-1) (8-bit is unsigned around 128), the convention of libsndfile and librosa; channels are averaged.
 */
enum SampleEncoding {
    PCM_U8("wav-pcm8", 1, false) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            float scale = 1f / (128f * channels);
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                int sum = 0;
                for (int c = 0; c < channels; c++) {
                    sum += (src[at++] & 0xFF) - 128;
                }
                dst[dstOffset + frame] = sum * scale;
            }
        }
    },
    PCM_S16("wav-pcm16", 2, false) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            if (channels == 1) {
                for (int frame = 0; frame < frames; frame++) {
                    dst[dstOffset + frame] = (short) SHORT_LE.get(src, frame << 1) * (1f / 32768f);
                }
                return;
            }
            float scale = 1f / (32768f * channels);
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                int sum = 0;
                for (int c = 0; c < channels; c++, at += 2) {
                    sum += (short) SHORT_LE.get(src, at);
                }
                dst[dstOffset + frame] = sum * scale;
            }
        }
    },
    PCM_S24("wav-pcm24", 3, false) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            double scale = 1.0 / (8388608.0 * channels);
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                long sum = 0;
                for (int c = 0; c < channels; c++, at += 3) {
                    sum += (src[at] & 0xFF) | (src[at + 1] & 0xFF) << 8 | src[at + 2] << 16;
                }
                dst[dstOffset + frame] = (float) (sum * scale);
            }
        }
    },
    PCM_S32("wav-pcm32", 4, false) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            double scale = 1.0 / (2147483648.0 * channels);
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                long sum = 0;
                for (int c = 0; c < channels; c++, at += 4) {
                    sum += (int) INT_LE.get(src, at);
                }
                dst[dstOffset + frame] = (float) (sum * scale);
            }
        }
    },
    FLOAT32("wav-float32", 4, true) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            if (channels == 1) {
                for (int frame = 0; frame < frames; frame++) {
                    dst[dstOffset + frame] = (float) FLOAT_LE.get(src, frame << 2);
                }
                return;
            }
            double scale = 1.0 / channels;
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                double sum = 0;
                for (int c = 0; c < channels; c++, at += 4) {
                    sum += (float) FLOAT_LE.get(src, at);
                }
                dst[dstOffset + frame] = (float) (sum * scale);
            }
        }
    },
    FLOAT64("wav-float64", 8, true) {
        @Override
        void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset) {
            double scale = 1.0 / channels;
            int at = 0;
            for (int frame = 0; frame < frames; frame++) {
                double sum = 0;
                for (int c = 0; c < channels; c++, at += 8) {
                    sum += (double) DOUBLE_LE.get(src, at);
                }
                dst[dstOffset + frame] = (float) (sum * scale);
            }
        }
    };

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

    private final String codec;
    private final int bytesPerSample;
    private final boolean floatingPoint;

    SampleEncoding(String codec, int bytesPerSample, boolean floatingPoint) {
        this.codec = codec;
        this.bytesPerSample = bytesPerSample;
        this.floatingPoint = floatingPoint;
    }

    String codec() {
        return codec;
    }

    int bytesPerSample() {
        return bytesPerSample;
    }

    boolean isFloatingPoint() {
        return floatingPoint;
    }

    /** Mixes {@code frames} interleaved frames from the start of {@code src} into {@code dst} from {@code dstOffset}. */
    abstract void toMono(byte[] src, int frames, int channels, float[] dst, int dstOffset);

    /** Integer PCM, by container size; bit depths that are not a whole number of bytes are stored left-justified. */
    static SampleEncoding integerPcm(int bitsPerSample) {
        if (bitsPerSample < 1 || bitsPerSample > 32) {
            return null;
        }
        return switch ((bitsPerSample + 7) / 8) {
            case 1 -> PCM_U8;
            case 2 -> PCM_S16;
            case 3 -> PCM_S24;
            default -> PCM_S32;
        };
    }

    static SampleEncoding ieeeFloat(int bitsPerSample) {
        return switch (bitsPerSample) {
            case 32 -> FLOAT32;
            case 64 -> FLOAT64;
            default -> null;
        };
    }
}
