package org.tagbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClipIdTest {
    @Test
    void aClipIdIsItsFnameAndReadsAsIt() {
        ClipId clip = ClipId.of("Bark/0001.wav");
        assertEquals("Bark/0001.wav", clip.fname());
        assertEquals("Bark/0001.wav", clip.toString());
        assertEquals(ClipId.of("Bark/0001.wav"), clip);
        assertNotEquals(ClipId.of("bark/0001.wav"), clip, "fnames are case-sensitive, as file names are here");
    }

    @Test
    void clipIdsSortAsTheirFnamesDo() {
        List<String> names = List.of("b.wav", "A.wav", "a.wav", "a b.wav");
        assertEquals(new TreeSet<>(names).stream().toList(),
                new TreeSet<>(names.stream().map(ClipId::of).toList()).stream().map(ClipId::fname).toList());
    }

    @Test
    void theEmptyTextNamesNoClip() {
        assertThrows(IllegalArgumentException.class, () -> ClipId.of(""));
        assertThrows(NullPointerException.class, () -> ClipId.of(null));
        assertEquals(" ", ClipId.of(" ").fname(), "a file may be called ' '; the import decides what it accepts");
    }
}
