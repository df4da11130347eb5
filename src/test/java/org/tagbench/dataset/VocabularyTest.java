package org.tagbench.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void fsd2019HasTheEightyClassesInPlainStringOrder() {
        Vocabulary vocabulary = Vocabulary.fsd2019();
        List<String> sorted = new ArrayList<>(vocabulary.classes());
        sorted.sort(String::compareTo);

        assertEquals(80, vocabulary.size());
        assertEquals(sorted, vocabulary.classes());
        assertEquals("Accelerating_and_revving_and_vroom", vocabulary.classes().get(0));
        assertEquals(41, vocabulary.indexOf("Hi-hat"));
        assertEquals(42, vocabulary.indexOf("Hiss"));
        assertEquals("Zipper_(clothing)", vocabulary.classes().get(79));
    }

    @Test
    void fsd2018HasTheFortyOneClassesInOfficialOrder() {
        Vocabulary vocabulary = Vocabulary.fsd2018();

        assertEquals(41, vocabulary.size());
        assertEquals("Acoustic_guitar", vocabulary.classes().get(0));
        assertEquals("Writing", vocabulary.classes().get(40));
        assertTrue(vocabulary.contains("Burping_or_eructation"));
        assertFalse(vocabulary.contains("Burping_and_eructation"));
    }

    @Test
    void indexOfAnUnknownOrDifferentlyCasedLabelIsMinusOne() {
        assertEquals(-1, Vocabulary.fsd2019().indexOf("Foo"));
        assertEquals(-1, Vocabulary.fsd2019().indexOf("bark"));
        assertFalse(Vocabulary.fsd2019().contains("Foo"));
    }

    @Test
    void rejectsDuplicateBlankOrCommaClasses() {
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary("v", List.of("Bark", "Bark")));
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary("v", List.of("Bark", " ")));
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary("v", List.of("Bark,Meow")));
        assertThrows(IllegalArgumentException.class, () -> new Vocabulary("v", List.of(" Bark")));
    }
}
