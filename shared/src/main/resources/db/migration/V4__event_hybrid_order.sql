-- The order every node applies its events in (decision 0029): hybrid time, node, seq. A node that
-- receives an event older than ones it has applied re-applies from a snapshot in this order; the
-- index lets it read the events from any time on without sorting the whole ledger.

CREATE INDEX event_hybrid_order ON event (hlc, node_id, seq);
