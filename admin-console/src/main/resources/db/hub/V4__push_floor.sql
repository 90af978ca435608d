-- A station's events are dated after everything it held when it wrote them (its hybrid clock observes
-- what it pulls). seen_hlc: the latest time among what the station held at its last pull; push_floor_hlc:
-- the same at the pull before. Events a station pushes after a pull were written after the pull before
-- it, so an event dated at or before push_floor_hlc was backdated: refused, the station quarantined.

ALTER TABLE hub_node ADD COLUMN seen_hlc BIGINT;
ALTER TABLE hub_node ADD COLUMN push_floor_hlc BIGINT;
