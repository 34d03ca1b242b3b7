/** A map of at most about 2 × `limit` entries: when the newer half fills, the older half is dropped. */
export class BoundedMap<V> {
  private newer = new Map<string, V>();
  private older = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const hit = this.newer.get(key);
    if (hit !== undefined) return hit;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}

/**
 * A copy of a string to keep: V8 copies slices under 13 characters, but a longer slice holds on to the whole text it
 * came from. Slicing a joined string copies the join into a new string first: 3x faster than a JSON round trip.
 */
export function ownCopy(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
