/**
 * Decoding of audio clips (WAV, FLAC, OGG Vorbis) to mono float PCM, header probing, band-limited
 * resampling and WAV writing. The bottom layer of Tagbench: it depends on no other Tagbench package.
 *
 * <p>Entry point: {@link org.tagbench.audio.AudioFiles}. Every failure on a bad file is an
 * {@link org.tagbench.audio.AudioDecodeException} naming the file and the reason; damaged but partly
 * readable files decode to what is there, flagged {@code truncated} with a warning.
 */
package org.tagbench.audio;
