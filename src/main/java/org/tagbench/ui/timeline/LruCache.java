package org.tagbench.ui.timeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small least-recently-used map for decoded clips and spectrograms; used from the UI thread only. */
final class LruCache<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    LruCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
