package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpecMixTest {
    private static final int MELS = 32;
    private static final int FRAMES = 40;

    @Test
    void replacesABandAndASpanFromThePartnerAndMixesTargetsByTheReplacedShare() {
        LabeledSpectrogram quiet = new LabeledSpectrogram(TestSpectrograms.constant(MELS, FRAMES, 0f), new float[] {1, 0});
        LabeledSpectrogram loud = new LabeledSpectrogram(TestSpectrograms.constant(MELS, FRAMES, 1f), new float[] {0, 1});
        SplittableRandom random = new SplittableRandom(12);
        for (int draw = 0; draw < 100; draw++) {
            LabeledSpectrogram mixed = SpecMix.apply(quiet, loud, SpecMix.EIGHTH_PLACE_MAX_FRACTION, random);
            int bandRows = 0;
            int spanColumns = 0;
            for (int mel = 0; mel < MELS; mel++) {
                bandRows += sum(mixed.spectrogram()[mel]) == FRAMES ? 1 : 0;
            }
            for (int frame = 0; frame < FRAMES; frame++) {
                float column = 0;
                for (int mel = 0; mel < MELS; mel++) {
                    column += mixed.spectrogram()[mel][frame];
                }
                spanColumns += column == MELS ? 1 : 0;
            }
            assertTrue(bandRows <= 0.25 * MELS && spanColumns <= 0.25 * FRAMES, bandRows + " rows, " + spanColumns + " columns");
            double replacedCells = 0;
            for (float[] row : mixed.spectrogram()) {
                replacedCells += sum(row);
            }
            // the replaced cells are exactly the union of the band and the span
            assertEquals(bandRows * FRAMES + spanColumns * MELS - bandRows * spanColumns, replacedCells, 0);
            double share = replacedCells / (MELS * FRAMES);
            assertArrayEquals(new float[] {(float) (1 - share), (float) share}, mixed.targets(), 1e-6f);
        }
    }

    @Test
    void replacesSomethingOverManyDraws() {
        LabeledSpectrogram quiet = new LabeledSpectrogram(TestSpectrograms.constant(MELS, FRAMES, 0f), new float[] {1, 0});
        LabeledSpectrogram loud = new LabeledSpectrogram(TestSpectrograms.constant(MELS, FRAMES, 1f), new float[] {0, 1});
        SplittableRandom random = new SplittableRandom(2);
        float partnerShare = 0;
        for (int draw = 0; draw < 20; draw++) {
            partnerShare += SpecMix.apply(quiet, loud, 0.25, random).targets()[1];
        }
        // each axis replaces 12.5 % on average, so about 23 % of the pixels
        assertEquals(0.23, partnerShare / 20, 0.06);
        assertEquals(0f, quiet.spectrogram()[3][3]);
    }

    private static float sum(float[] values) {
        float sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum;
    }
}
