/**
 * Signal processing on decoded mono audio: log-mel front ends equal to librosa 0.10.1 ({@link
 * org.tagbench.dsp.MelConfig} presets, {@link org.tagbench.dsp.MelSpectrogram}), silence trimming, and the crop and
 * tile rules of the FAT2019 solutions ({@link org.tagbench.dsp.StrengthAdaptiveCrop}, {@link
 * org.tagbench.dsp.TileGrid}). Depends only on the JDK and JTransforms.
 */
package org.tagbench.dsp;
