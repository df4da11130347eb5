package org.tagbench.ml.zoo;

import ai.djl.nn.Block;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tagbench.ml.models.AveMaxCnn9;
import org.tagbench.ml.models.CnnModel1;
import org.tagbench.ml.models.NetworkSpec;
import org.tagbench.ml.models.ScseSppCnn;
import org.tagbench.ml.models.Vgg16Bn;

/** Network names as preset files spell them, mapped to the builders of {@code org.tagbench.ml.models}. */
public final class NetworkCatalog {
    private final Map<String, Function<NetworkSpec, Block>> builders;

    private NetworkCatalog(Map<String, Function<NetworkSpec, Block>> builders) {
        this.builders = Collections.unmodifiableMap(builders);
    }

    /** The networks of the model zoo. */
    public static NetworkCatalog standard() {
        Map<String, Function<NetworkSpec, Block>> builders = new LinkedHashMap<>();
        builders.put("cnn-model-1", CnnModel1::build);
        builders.put("vgg16-bn", Vgg16Bn::build);
        builders.put("scse-spp-cnn", ScseSppCnn::build);
        builders.put("avemax-cnn9", AveMaxCnn9::build);
        builders.put("avemax-cnn9-se", AveMaxCnn9::buildWithSqueezeExcitation);
        return new NetworkCatalog(builders);
    }

    /** A copy that also knows {@code name} (e.g. a tiny test network, or a network added by a plug-in). */
    public NetworkCatalog with(String name, Function<NetworkSpec, Block> builder) {
        Map<String, Function<NetworkSpec, Block>> copy = new LinkedHashMap<>(builders);
        copy.put(name, builder);
        return new NetworkCatalog(copy);
    }

    public Set<String> names() {
        return builders.keySet();
    }

    public boolean knows(String name) {
        return builders.containsKey(name);
    }

    /** A fresh, uninitialised network. */
    public Block build(String name, NetworkSpec spec) {
        requireKnown(name);
        return builders.get(name).apply(spec);
    }

    public void requireKnown(String name) {
        if (!knows(name)) {
            throw new IllegalArgumentException("Unknown network '" + name + "'; known: " + String.join(", ", names()));
        }
    }
}
