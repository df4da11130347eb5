package org.tagbench.ml.zoo;

import ai.djl.nn.Block;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tagbench.ml.models.Architecture;
import org.tagbench.ml.models.NetworkSpec;

/**
 * Network names as preset files spell them (the ids of {@link Architecture}), with the loss weight
 * of each output head (several for networks with auxiliary heads).
 */
public final class NetworkCatalog {
    private final Map<String, Entry> entries;

    private record Entry(Function<NetworkSpec, Block> builder, float[] headWeights, boolean globalFeatures,
            boolean anyLength) {}

    private NetworkCatalog(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Every architecture of the model zoo. */
    public static NetworkCatalog standard() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Architecture architecture : Architecture.values()) {
            entries.put(architecture.id(), new Entry(architecture::build, architecture.headWeights(),
                    architecture.takesGlobalFeatures(), architecture.acceptsAnyLength()));
        }
        return new NetworkCatalog(entries);
    }

    /** A copy that also knows {@code name}, with one output head (e.g. a tiny test network). */
    public NetworkCatalog with(String name, Function<NetworkSpec, Block> builder) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(name, new Entry(builder, new float[] {1f}, false, true));
        return new NetworkCatalog(copy);
    }

    public Set<String> names() {
        return entries.keySet();
    }

    public boolean knows(String name) {
        return entries.containsKey(name);
    }

    /** A fresh, uninitialised network. */
    public Block build(String name, NetworkSpec spec) {
        requireKnown(name);
        return entries.get(name).builder().apply(spec);
    }

    /** Loss weight per output head, main head first. */
    public float[] headWeights(String name) {
        requireKnown(name);
        return entries.get(name).headWeights().clone();
    }

    /** Whether the network takes the global-feature input as its second input. */
    public boolean takesGlobalFeatures(String name) {
        requireKnown(name);
        return entries.get(name).globalFeatures();
    }

    /** Whether the network takes inputs of any length (global pooling) rather than only its training length. */
    public boolean acceptsAnyLength(String name) {
        requireKnown(name);
        return entries.get(name).anyLength();
    }

    public void requireKnown(String name) {
        if (!knows(name)) {
            throw new IllegalArgumentException("Unknown network '" + name + "'; known: " + String.join(", ", names()));
        }
    }
}
