package org.tagbench.ml.models;

import ai.djl.nn.Block;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * The model zoo by preset id: what each network is, the input it was published with (80 classes,
 * width 1), and how its heads are weighted in the loss (one head unless it has auxiliary ones).
 * The 2nd place's variant with the global-feature branch ({@code avemax-cnn9-gru}) takes the extra inputs of
 * {@link GlobalFeatureInput} ({@link #takesGlobalFeatures()}); the waveform net reads one row of samples.
 */
public enum Architecture {
    CNN_MODEL_1("cnn-model-1", "8th place CNN-model-1", new NetworkSpec(3, 128, 128, 80, 1.0), CnnModel1::build),
    VGG16_BN("vgg16-bn", "8th place VGG-16 with batch norm", new NetworkSpec(3, 128, 128, 80, 1.0), Vgg16Bn::build),
    SCSE_SPP_CNN("scse-spp-cnn", "7th place Custom CNN (2x2 convs, scSE, pyramid head)",
            new NetworkSpec(3, 128, 128, 80, 1.0), ScseSppCnn::build),
    AVEMAX_CNN9("avemax-cnn9", "2nd place 9-layer CNN with avemax pooling",
            new NetworkSpec(1, 64, 431, 80, 1.0), AveMaxCnn9::build),
    AVEMAX_CNN9_SE("avemax-cnn9-se", "2nd place 9-layer CNN with squeeze-excitation",
            new NetworkSpec(1, 64, 431, 80, 1.0), AveMaxCnn9::buildWithSqueezeExcitation),
    DEEP_SUPERVISION_RES_CNN("deep-supervision-res-cnn", "3rd place residual CNN with deep supervision",
            new NetworkSpec(1, 128, 512, 80, 1.0), DeepSupervisionResCnn::build),
    AUX_SKIP_ATTENTION("aux-skip-attention", "1st place AuxSkipAttention with CBAM, adding its own delta channels",
            new NetworkSpec(1, 128, 256, 80, 1.0), AuxSkipAttention::build, AuxSkipAttention.PUBLISHED_HEAD_WEIGHTS),
    INCEPTION_V3_1CH("inception-v3-1ch", "7th place Inception v3 on one channel",
            new NetworkSpec(1, 128, 128, 80, 1.0), InceptionV3::build),
    INCEPTION_V3_3CH("inception-v3-3ch", "7th place Inception v3 on 3 channels, [log-mel, delta, delta-delta] made in the network",
            new NetworkSpec(1, 128, 128, 80, 1.0), InceptionV3::buildOnDeltas),
    AVEMAX_CNN9_GRU("avemax-cnn9-gru", "2nd place 9-layer CNN with the global-feature BiGRU branch and the length input",
            new NetworkSpec(1, 64, 431, 80, 1.0), spec -> AveMaxCnn9.buildWithGlobalFeatures(spec, false)),
    WAVEFORM_CNN1D("waveform-cnn1d", "2018 starter kernel 1-D conv net on the raw waveform (2 s at 16 kHz)",
            new NetworkSpec(1, 1, 32_000, 80, 1.0), WaveformInput::waveformCnn1d),
    MFCC_CNN2D("mfcc-cnn2d", "2018 starter kernel 2-D conv net on 40 MFCCs x 173 frames",
            new NetworkSpec(1, 40, 173, 80, 1.0), Mfcc2dCnn::build);

    private final String id;
    private final String description;
    private final NetworkSpec publishedSpec;
    private final Function<NetworkSpec, Block> factory;
    private final float[] headWeights;

    Architecture(String id, String description, NetworkSpec publishedSpec, Function<NetworkSpec, Block> factory,
            float... headWeights) {
        this.id = id;
        this.description = description;
        this.publishedSpec = publishedSpec;
        this.factory = factory;
        this.headWeights = headWeights.length == 0 ? new float[] {1f} : headWeights;
    }

    public static Architecture fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(architecture -> architecture.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown architecture '" + id + "'; known: "
                        + Arrays.stream(values()).map(Architecture::id).toList()));
    }

    public Block build(NetworkSpec spec) {
        return factory.apply(spec);
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /**
     * Input channels, mel bins and frames the solution trained on, with 80 classes and width 1. The
     * 3rd place trained on 8-15 s excerpts of any length; 512 frames (about 12 s at hop 1024) stands in.
     */
    public NetworkSpec publishedSpec() {
        return publishedSpec;
    }

    /** Whether the network takes the global-feature input after the features ({@link GlobalFeatureInput}). */
    public boolean takesGlobalFeatures() {
        return this == AVEMAX_CNN9_GRU;
    }

    /** Whether any input length works (global pooling); the 2018 kernel's MFCC net flattens a fixed-size map. */
    public boolean acceptsAnyLength() {
        return this != MFCC_CNN2D;
    }

    /** Loss weight per output head, main head first; more than one means wrap the loss for deep supervision. */
    public float[] headWeights() {
        return headWeights.clone();
    }
}
