/**
 * The owners' aggregate rows of a filter, kept between refreshes (per API process): the views change only when a
 * refresh ends, and the key names the last refresh, so a new run is seen at once. Satisfaction, which the surveys
 * module keeps live, is at most `ttlMs` late. At most `max` entries (the oldest goes first); a failed read is not kept.
 */
export class KpiCache {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly max = 500,
  ) {}

  get<T>(key: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = compute();
    value.catch(() => this.entries.delete(key));
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { at: now, value });
    return value;
  }
}
