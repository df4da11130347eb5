package org.tagbench.ml.augment.wave;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CopyChainTest {

    @ParameterizedTest
    @EnumSource(CopyStyle.class)
    void theSameClipSeedGivesTheSameChainsAndTheSameCopies(CopyStyle style) {
        float[] noise = Signals.noise(1, 3);
        List<CopyChain> first = style.chains(8, 99);
        List<CopyChain> second = style.chains(8, 99);
        assertEquals(first, second);
        for (int copy = 0; copy < first.size(); copy++) {
            assertArrayEquals(first.get(copy).apply(noise, Signals.RATE), second.get(copy).apply(noise, Signals.RATE),
                    style + " copy " + copy);
        }
    }

    @ParameterizedTest
    @EnumSource(CopyStyle.class)
    void anotherClipSeedGivesOtherChains(CopyStyle style) {
        assertNotEquals(style.chains(7, 1), style.chains(7, 2));
    }

    @ParameterizedTest
    @EnumSource(CopyStyle.class)
    void askingForMoreCopiesKeepsTheFirstOnesSoTheirCacheEntriesStayValid(CopyStyle style) {
        assertEquals(style.chains(4, 5), style.chains(9, 5).subList(0, 4));
    }

    @Test
    void sevenCopiesAreTheSeventhPlacesSevenPresetsEachOnceInAShuffledOrder() {
        List<CopyChain> chains = CopyStyle.SEVENTH_PLACE.chains(7, 11);
        List<WaveAugmentation> presets = chains.stream().map(chain -> {
            assertEquals(1, chain.effects().size(), chain.describe());
            return chain.effects().get(0);
        }).toList();
        assertEquals(new HashSet<>(WaveAugmentation.SEVENTH_PLACE), new HashSet<>(presets));
        boolean someClipIsShuffled = false;
        for (long seed = 0; seed < 5; seed++) {
            someClipIsShuffled |= !CopyStyle.SEVENTH_PLACE.chains(7, seed).stream().map(c -> c.effects().get(0)).toList()
                    .equals(WaveAugmentation.SEVENTH_PLACE);
        }
        assertTrue(someClipIsShuffled);
    }

    @Test
    void copiesPastTheSeventhChainTwoPresetsAndNoCopyRepeatsAnother() {
        List<CopyChain> chains = CopyStyle.SEVENTH_PLACE.chains(20, 4);
        assertEquals(20, new HashSet<>(chains.stream().map(CopyChain::effects).toList()).size());
        for (CopyChain chain : chains.subList(7, 20)) {
            assertEquals(2, chain.effects().size(), chain.describe());
            assertNotEquals(chain.effects().get(0), chain.effects().get(1), chain.describe());
        }
        assertTrue(chains.get(7).describe().contains("+"), chains.get(7).describe());
    }

    @Test
    void thirdPlaceCopiesDrawTheirOwnRandomChainEach() {
        List<CopyChain> chains = CopyStyle.THIRD_PLACE.chains(4, 8);
        assertEquals(4, chains.stream().map(CopyChain::seed).distinct().count());
        assertTrue(chains.stream().allMatch(chain -> chain.describe().equals("third-place")));
        float[] noise = Signals.noise(1, 6);
        float[] a = chains.get(0).apply(noise, Signals.RATE);
        float[] b = chains.get(1).apply(noise, Signals.RATE);
        assertFalse(Arrays.equals(a, b), "two copies of one clip differ");
    }

    @Test
    void stylesAreFoundByTheirPresetNames() {
        assertEquals(CopyStyle.SEVENTH_PLACE, CopyStyle.byName("seventh-place").orElseThrow());
        assertEquals(CopyStyle.THIRD_PLACE, CopyStyle.byName("third-place").orElseThrow());
        assertTrue(CopyStyle.byName("sox").isEmpty());
    }
}
