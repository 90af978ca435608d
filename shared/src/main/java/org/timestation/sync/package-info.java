/**
 * What a kiosk and the hub share to replicate (DESIGN.md section 4): the pinned TLS trust, the
 * enrollment code, signed requests and the wire format of pushed and pulled batches.
 */
package org.timestation.sync;
