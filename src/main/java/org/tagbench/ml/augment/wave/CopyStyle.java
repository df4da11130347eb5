package org.tagbench.ml.augment.wave;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.tagbench.ml.data.Seeds;

/**
 * How the offline augmented copies of a clip are made (TECHNIQUES 4.5 and 4.3).
 *
 * <p>{@code seventh-place}: the 7th place's seven SoX presets in an order shuffled per clip; copy k (from 0) applies
 * preset {@code order[k mod 7]}, so 7 copies are exactly the 7th place's seven (the curated set 8x), fewer copies are
 * a seeded subset per clip, and copies past the seventh chain two presets ({@code order[k mod 7]} then
 * {@code order[(k mod 7 + k / 7) mod 7]}) so no copy repeats another.
 *
 * <p>{@code third-place}: each copy is the 3rd place's random chain (reverb, pitch, overdrive, speed, applied with
 * p = 0.75, so about one copy in four is the clip unchanged), with its own seed.
 */
public enum CopyStyle {
    SEVENTH_PLACE("seventh-place"),
    THIRD_PLACE("third-place");

    /** Bump when an effect's output changes, so cached copies made by the old code are not reused. */
    public static final String EFFECTS_VERSION = "wave-effects-1";

    private final String styleName;

    CopyStyle(String styleName) {
        this.styleName = styleName;
    }

    public String styleName() {
        return styleName;
    }

    public static Optional<CopyStyle> byName(String name) {
        return Arrays.stream(values()).filter(style -> style.styleName.equals(name)).findFirst();
    }

    /** The chains of a clip's first {@code copies} copies; the same clip seed always gives the same chains. */
    public List<CopyChain> chains(int copies, long clipSeed) {
        List<WaveAugmentation> order = shuffledPresets(clipSeed);
        List<CopyChain> chains = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            List<WaveAugmentation> effects = this == SEVENTH_PLACE ? presetsOfCopy(order, copy) : List.of();
            chains.add(new CopyChain(this, effects, Seeds.mix(clipSeed, copy)));
        }
        return chains;
    }

    private static List<WaveAugmentation> shuffledPresets(long clipSeed) {
        List<WaveAugmentation> order = new ArrayList<>(WaveAugmentation.SEVENTH_PLACE);
        SplittableRandom random = new SplittableRandom(clipSeed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        return order;
    }

    private static List<WaveAugmentation> presetsOfCopy(List<WaveAugmentation> order, int copy) {
        int presets = order.size();
        int first = copy % presets;
        int round = copy / presets;
        if (round == 0) {
            return List.of(order.get(first));
        }
        return List.of(order.get(first), order.get((first + round) % presets));
    }
}
