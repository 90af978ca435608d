/**
 * The community's append-only log (RFC 9162 Merkle tree, DESIGN.md section 4): the hub appends the
 * chain hash of every event it accepts, signs checkpoints in the C2SP signed-note format, and every
 * kiosk checks consistency proofs and cosigns. The tree, its proofs, the verifiers of those proofs
 * and the note formats live here, so the hub, the kiosks and the bulletin share one implementation.
 */
package org.timestation.communitylog;
