package org.tagbench.store;

import org.tagbench.domain.ClipId;
import java.time.Instant;

/** One reviewer decision as kept in the history, with the state it replaced so it can be reverted. */
public record Decision(long id, ClipId fname, String className, Action action, String previousState,
                       String previousSource, String newState, String decidedBy, Instant decidedAt) {

    public enum Action {
        ACCEPT, REJECT, ADD, REVERT;

        String dbName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Action fromDbName(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
