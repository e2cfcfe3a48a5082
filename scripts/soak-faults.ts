// The soak run's faults besides the PostgreSQL restart (scripts/soak.ts): an app instance killed in
// the middle of requests and started again, as a crashed container would be; and the SMTP server
// down for a while, so emails wait in the outbox and go out once it is back.

export type Window = { from: number; to: number };

/** When a fault started and ended (ms since the epoch; `to` is 0 while it lasts). */
export function openWindow(): Window {
  return { from: Date.now(), to: 0 };
}

/** Whether a request that started at `at` and took `ms` overlapped the window (ending at `until`
 * when given: e.g. the first success after the fault). */
export function overlaps(window: Window, at: number, ms: number, until = window.to || Infinity): boolean {
  return window.from > 0 && at + ms >= window.from && at <= until;
}

/** Whether an error is a lost connection (refused, reset, closed) or no answer in time: what a client
 * sees of a killed server, and of its successor while it is still starting (it takes connections
 * before it answers them). */
export function isConnectionLost(error: unknown): boolean {
  const text =
    error instanceof Error ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error);
  return /fetch failed|ECONNREFUSED|ECONNRESET|socket hang up|other side closed|UND_ERR_SOCKET|terminated|TimeoutError|aborted due to timeout/i.test(
    text,
  );
}
