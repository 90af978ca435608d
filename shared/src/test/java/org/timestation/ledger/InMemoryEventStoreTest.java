package org.timestation.ledger;

class InMemoryEventStoreTest extends EventStoreConformanceTest {
    @Override
    protected EventStore create() {
        return new InMemoryEventStore();
    }
}
