// Load generators of the benchmarks: closed loop (the maximum rate) and open loop (latency at a fixed arrival rate).
import { pct } from './numbers.mjs';

/**
 * Closed loop: `clients` workers each send the next request when their previous one is answered, until `seconds`
 * pass or `items` run out. Latency is fixed by throughput here; use it for the maximum rate.
 */
export async function closedLoop({ clients, seconds, items, fire }) {
  const latencies = [];
  let ok = 0;
  let errors = 0;
  let next = 0;
  let firstError;
  const deadline = Date.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, worker) => {
      while (Date.now() < deadline && next < items.length) {
        const item = items[next++];
        const t0 = performance.now();
        try {
          (await fire(worker, item)) ? ok++ : errors++;
        } catch (e) {
          errors++;
          firstError ??= String(e?.message ?? e).slice(0, 200);
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    ok,
    errors,
    firstError,
    elapsed,
    rate: ok / elapsed,
    exhausted: next >= items.length,
    count: latencies.length,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
}

/**
 * Open loop: requests arrive at `rate` a second for `seconds`, each sent at its scheduled instant whether or not
 * earlier ones were answered (as users arrive). Latency counts from the scheduled instant, so a server (or client)
 * falling behind shows as latency instead of a lower offered rate (no coordinated omission). Beyond `maxInFlight`
 * outstanding requests an arrival is counted as dropped.
 */
export async function openLoop({ rate, seconds, fire, maxInFlight = 2000 }) {
  const total = Math.max(1, Math.round(rate * seconds));
  const latencies = [];
  const pending = [];
  let firstError;
  let ok = 0;
  let errors = 0;
  let dropped = 0;
  let inFlight = 0;
  let sent = 0;
  let maxLag = 0;
  const start = performance.now();
  const at = (i) => start + (i / rate) * 1000;
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && at(sent) <= now) {
        const scheduled = at(sent);
        const n = sent++;
        maxLag = Math.max(maxLag, now - scheduled);
        if (inFlight >= maxInFlight) {
          dropped++;
          continue;
        }
        inFlight++;
        pending.push(
          Promise.resolve()
            .then(() => fire(n))
            .then(
              (good) => {
                good ? ok++ : errors++;
              },
              (e) => {
                errors++;
                firstError ??= String(e?.message ?? e).slice(0, 200);
              },
            )
            .finally(() => {
              inFlight--;
              latencies.push(performance.now() - scheduled);
            }),
        );
      }
      if (sent >= total) return resolve();
      setTimeout(tick, Math.max(0, Math.min(10, at(sent) - performance.now())));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    offered: rate,
    total,
    ok,
    errors,
    firstError,
    dropped,
    elapsed,
    achieved: ok / elapsed,
    maxLag,
    p50: pct(latencies, 50),
    p95: pct(latencies, 95),
    p99: pct(latencies, 99),
  };
}
