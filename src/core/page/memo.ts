/** A named place for one kind of value derived from a page; its type says what `PageMemo.get` returns. */
export class MemoSlot<T> {
  // Only here so that slots of different value types do not convert into each other.
  declare private readonly type: T;
  constructor(readonly name: string) {}
}

/**
 * Values derived from one page (its date cells, its dates, its lab links…), kept on the page itself. A module
 * WeakMap keyed by pages holds the same, but V8's young-generation collector keeps the values of a long-lived
 * WeakMap alive until a full collection: each page re-parsed on a keystroke, and all read from it, was copied to
 * the old generation, and the pauses grew with the site.
 */
export class PageMemo {
  private readonly values = new Map<MemoSlot<unknown>, unknown>();

  get<T>(slot: MemoSlot<T>, compute: () => T): T {
    if (this.values.has(slot)) return this.values.get(slot) as T;
    const value = compute();
    this.values.set(slot, value);
    return value;
  }
}
