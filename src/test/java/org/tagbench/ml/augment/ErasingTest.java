package org.tagbench.ml.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ErasingTest {
    private static final int MELS = 64;
    private static final int FRAMES = 64;

    @Test
    void randomErasingFillsOneRectangleOfTheAskedAreaAndAspect() {
        float[][] clip = TestSpectrograms.numbered(MELS, FRAMES);
        SplittableRandom random = new SplittableRandom(6);
        for (int draw = 0; draw < 100; draw++) {
            float[][] erased = RandomErasing.PAPER_DEFAULTS.apply(clip, random);
            boolean[][] changed = TestSpectrograms.changedCells(clip, erased);
            int[] box = boundingBox(changed);
            int height = box[1] - box[0] + 1;
            int width = box[3] - box[2] + 1;
            assertEquals(height * width, TestSpectrograms.count(changed), "erased cells form one full rectangle");
            double area = (double) height * width / (MELS * FRAMES);
            assertTrue(area > 0.015 && area < 0.42, "area share " + area);
            double aspect = (double) width / height;
            assertTrue(aspect > 0.25 && aspect < 4, "aspect " + aspect);
            assertEquals(1000f, erased[box[0]][box[2]], "filled with the minimum");
        }
    }

    @Test
    void coarseDropoutPunchesUpToTheAskedHolesOfBoundedSize() {
        float[][] clip = TestSpectrograms.numbered(MELS, FRAMES);
        CoarseDropout dropout = new CoarseDropout(3, 8, 6);
        SplittableRandom random = new SplittableRandom(10);
        int largest = 0;
        for (int draw = 0; draw < 100; draw++) {
            float[][] dropped = dropout.apply(clip, random);
            boolean[][] changed = TestSpectrograms.changedCells(clip, dropped);
            int count = TestSpectrograms.count(changed);
            assertTrue(count >= 0 && count <= 3 * 8 * 6, "cells dropped: " + count);
            largest = Math.max(largest, count);
            for (int mel = 0; mel < MELS; mel++) {
                for (int frame = 0; frame < FRAMES; frame++) {
                    if (changed[mel][frame]) {
                        assertEquals(1000f, dropped[mel][frame]);
                    }
                }
            }
        }
        assertTrue(largest > 48, "the largest drop over 100 draws was only " + largest + " cells");
    }

    private static int[] boundingBox(boolean[][] cells) {
        int[] box = {Integer.MAX_VALUE, -1, Integer.MAX_VALUE, -1};
        for (int mel = 0; mel < cells.length; mel++) {
            for (int frame = 0; frame < cells[0].length; frame++) {
                if (cells[mel][frame]) {
                    box[0] = Math.min(box[0], mel);
                    box[1] = Math.max(box[1], mel);
                    box[2] = Math.min(box[2], frame);
                    box[3] = Math.max(box[3], frame);
                }
            }
        }
        return box;
    }
}
