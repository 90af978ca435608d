package org.timestation.ledger.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timestation.ledger.Commit;
import org.timestation.ledger.Event;
import org.timestation.ledger.EventStore;
import org.timestation.ledger.EventStoreConformanceTest;
import org.timestation.ledger.FeedHead;

class H2EventStoreTest extends EventStoreConformanceTest {
    @TempDir
    Path dir;

    @Override
    protected EventStore create() {
        return H2EventStore.open(dir);
    }

    @Test
    void eventsCannotBeUpdatedOrDeletedEvenWithPlainSql() throws SQLException {
        store.commit(new Commit(chain("node-a", FeedHead.empty("node-a"), 2), List.of(), Map.of()));
        H2EventStore h2 = (H2EventStore) store;
        try (Statement st = h2.connection().createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE event SET payload = '{}' WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            h2.connection().rollback();
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM event WHERE seq = 2")).hasMessageContaining("append-only");
            h2.connection().rollback();
        }
        assertThat(store.eventCount()).isEqualTo(2);
    }

    @Test
    void committedEventsSurviveAReopen() {
        List<Event> a = chain("node-a", FeedHead.empty("node-a"), 3);
        store.commit(new Commit(a, List.of(), Map.of()));
        store.close();
        store = H2EventStore.open(dir);
        assertThat(store.head("node-a").seq()).isEqualTo(3);
        assertThat(store.head("node-a").hash()).isEqualTo(a.get(2).hash());
        assertThat(store.feed("node-a", 0, 10)).containsExactlyElementsOf(a);
    }
}
