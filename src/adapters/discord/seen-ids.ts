/**
 * Remembers the most recent ids so that an event delivered twice (a gateway replay after a resume,
 * a retried webhook) is handled once. Bounded, oldest forgotten first.
 */
export class SeenIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 2_000) {}

  /** True the first time an id is offered, false for every repeat still remembered. */
  firstTime(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return true;
  }
}
