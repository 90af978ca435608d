-- How each station's devices are, as it told the hub with its last sync (not a ledger event: the machine's state):
-- "printer=printer.ok;reader=device.ok;receipts=0;scanner=scanner.wedge", and when it said so.
ALTER TABLE hub_node ADD COLUMN devices VARCHAR(1000);
ALTER TABLE hub_node ADD COLUMN devices_at BIGINT;
