package org.tagbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LabelStateTest {

    @Test
    void dbNamesAreTheLowerCaseWordsTheDatabaseKeeps() {
        assertEquals("pending", LabelState.PENDING.dbName());
        assertEquals("accepted", LabelState.ACCEPTED.dbName());
        assertEquals("rejected", LabelState.REJECTED.dbName());
        for (LabelState state : LabelState.values()) {
            assertEquals(state, LabelState.fromDbName(state.dbName()));
        }
    }

    @Test
    void onlyRejectedLabelsAreInactive() {
        assertTrue(LabelState.PENDING.isActive());
        assertTrue(LabelState.ACCEPTED.isActive());
        assertFalse(LabelState.REJECTED.isActive());
    }

    @Test
    void unknownDbNameIsRejectedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelState.fromDbName("done"));
        assertEquals("unknown label state 'done', expected one of pending, accepted, rejected", e.getMessage());
    }
}
