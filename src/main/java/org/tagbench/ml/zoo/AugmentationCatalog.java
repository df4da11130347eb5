package org.tagbench.ml.zoo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tagbench.ml.augment.ArgusMixers;
import org.tagbench.ml.augment.CoarseDropout;
import org.tagbench.ml.augment.LabeledSpectrogram;
import org.tagbench.ml.augment.Mixup;
import org.tagbench.ml.augment.RandomErasing;
import org.tagbench.ml.augment.RandomResizedCrop;
import org.tagbench.ml.augment.SpecAugment;
import org.tagbench.ml.augment.SpecMix;
import org.tagbench.ml.augment.SpectrogramTransform;
import org.tagbench.ml.augment.TimeFlip;
import org.tagbench.ml.data.LabeledSample;
import org.tagbench.ml.data.SampleTransform;
import org.tagbench.ml.train.TrainingPlan.AugmentationSpec;

/**
 * Augmentation names as preset files spell them, mapped to {@code org.tagbench.ml.augment}:
 * {@code spec-augment}, {@code random-resized-crop}, {@code random-erasing}, {@code coarse-dropout},
 * {@code time-flip} on the spectrogram; {@code mixup} (Beta({@code alpha}) weight),
 * {@code mixup-or} (OR rule on labels), {@code mixup-fixed} ({@code firstShare} 0.7), {@code argus-mixers} (the
 * 1st place's sigmoid-concat or add mixer) and {@code specmix} ({@code maxFraction} 0.25) with a partner from the
 * same source.
 */
public final class AugmentationCatalog {
    private AugmentationCatalog() {}

    public static SampleTransform chain(List<AugmentationSpec> specs) {
        List<SampleTransform> steps = new ArrayList<>();
        for (AugmentationSpec spec : specs) {
            steps.add(SampleTransform.withProbability(spec.effectiveProbability(), step(spec)));
        }
        return steps.isEmpty() ? SampleTransform.IDENTITY : SampleTransform.chain(steps);
    }

    static SampleTransform step(AugmentationSpec spec) {
        String type = spec.type() == null ? "" : spec.type().strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "spec-augment" -> onFeatures(new SpecAugment((int) spec.parameter("maxMaskPairs", 2),
                    spec.parameter("maxFrequencyFraction", 0.15), spec.parameter("maxTimeFraction", 0.20)));
            case "random-resized-crop" -> onFeatures(randomResizedCrop(spec));
            case "random-erasing" -> onFeatures(RandomErasing.PAPER_DEFAULTS);
            case "coarse-dropout" -> onFeatures(new CoarseDropout((int) spec.parameter("maxHoles", 4),
                    (int) spec.parameter("maxMels", 16), (int) spec.parameter("maxFrames", 16)));
            case "time-flip" -> onFeatures(TimeFlip.TRANSFORM);
            case "mixup" -> mixer((a, b, context) -> Mixup.weighted(a, b,
                    Mixup.betaLambda(context.random(), spec.parameter("alpha", 1.0))));
            case "mixup-or" -> mixer((a, b, context) -> Mixup.orRule(a, b, 0.4 + 0.2 * context.random().nextDouble()));
            case "mixup-fixed" -> mixer((a, b, context) -> Mixup.fixedRatio(a, b, spec.parameter("firstShare", 0.7)));
            case "argus-mixers" -> mixer((a, b, context) -> ArgusMixers.mix(a, b, context.random()));
            case "specmix" -> mixer((a, b, context) -> SpecMix.apply(a, b,
                    spec.parameter("maxFraction", SpecMix.EIGHTH_PLACE_MAX_FRACTION), context.random()));
            default -> throw new IllegalArgumentException("Unknown augmentation '" + spec.type() + "': expected "
                    + "spec-augment, random-resized-crop, random-erasing, coarse-dropout, time-flip, mixup, "
                    + "mixup-or, mixup-fixed, argus-mixers or specmix");
        };
    }

    private static SampleTransform onFeatures(SpectrogramTransform transform) {
        return SampleTransform.onFeatures(transform::apply);
    }

    private static SampleTransform mixer(Mixer mixer) {
        return (sample, context) -> {
            LabeledSample partner = context.partner();
            LabeledSpectrogram mixed = mixer.mix(new LabeledSpectrogram(sample.features(), sample.target()),
                    new LabeledSpectrogram(partner.features(), partner.target()), context);
            return new LabeledSample(mixed.spectrogram(), mixed.targets());
        };
    }

    @FunctionalInterface
    private interface Mixer {
        LabeledSpectrogram mix(LabeledSpectrogram first, LabeledSpectrogram partner,
                org.tagbench.ml.data.AugmentationContext context);
    }

    /**
     * The 1st place's ranges unless the spec names its own ({@code minScale}, {@code maxScale}, {@code minRatio},
     * {@code maxRatio}); {@code "torchvisionDefaults": 1} asks for torchvision's (the 7th place's Inception).
     */
    static RandomResizedCrop randomResizedCrop(org.tagbench.ml.train.TrainingPlan.AugmentationSpec spec) {
        RandomResizedCrop base = spec.parameter("torchvisionDefaults", 0) > 0 ? RandomResizedCrop.TORCHVISION_DEFAULTS
                : RandomResizedCrop.FIRST_PLACE;
        return new RandomResizedCrop(spec.parameter("minScale", base.minScale()), spec.parameter("maxScale", base.maxScale()),
                spec.parameter("minRatio", base.minRatio()), spec.parameter("maxRatio", base.maxRatio()));
    }
}
