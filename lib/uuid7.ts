// Ids for rows inserted in bulk with SQL (one INSERT … SELECT FROM unnest(…) instead of Prisma's
// createMany): the same kind Prisma's `@default(uuid(7))` gives, so ordering by id stays ordering
// by creation time.
import { randomFillSync } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/** A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then a 12-bit counter that keeps the
 * ids of one process increasing within a millisecond, then random bits. */
export function uuid7(now: number = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else {
    // The same millisecond (or the clock went back): count on from the last id.
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
  }
  const bytes = randomFillSync(new Uint8Array(16));
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
