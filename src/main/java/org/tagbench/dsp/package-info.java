/**
 * Signal processing on decoded mono audio: log-mel front ends equal to librosa 0.10.1 ({@link
 * org.tagbench.dsp.MelConfig} presets, {@link org.tagbench.dsp.MelSpectrogram}), silence trimming, and the one
 * implementation of the crop and tile rules of the FAT2019 solutions that training, inference, out-of-fold
 * predictions and the window's overlays share ({@link org.tagbench.dsp.TimeCrop}, {@link org.tagbench.dsp.TileGrid},
 * {@link org.tagbench.dsp.StrengthAdaptiveCrop}, {@link org.tagbench.dsp.CropSampler}, {@link
 * org.tagbench.dsp.ClipWindows}; ADR 0010). Depends only on the JDK and JTransforms.
 */
package org.tagbench.dsp;
