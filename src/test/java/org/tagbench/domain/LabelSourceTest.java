package org.tagbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LabelSourceTest {

    @Test
    void dbNamesAreLowerCaseAndRoundTrip() {
        assertEquals("curated", LabelSource.CURATED.dbName());
        assertEquals("pseudo", LabelSource.PSEUDO.dbName());
        for (LabelSource source : LabelSource.values()) {
            assertEquals(source, LabelSource.fromDbName(source.dbName()));
        }
    }

    @Test
    void unknownDbNameIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelSource.fromDbName("CURATED"));
        assertEquals("unknown label source 'CURATED', expected one of curated, noisy, user, pseudo, model", e.getMessage());
    }
}
