/**
 * A binary min-heap of numbers, ordered by a key (the number itself by default): push, and
 * pop the one with the smallest key, in O(log n). Numbers (lane indexes) rather than objects,
 * so placing 10,000 simultaneous items allocates nothing per item. A number's key must not
 * change while it is in the heap.
 */
export class MinHeap {
  private readonly values: number[] = [];

  /** @param keyOf the key a number is ordered by. */
  constructor(private readonly keyOf: (value: number) => number = (value) => value) {}

  /** How many numbers are in the heap. */
  get size(): number {
    return this.values.length;
  }

  /** The number with the smallest key, or undefined when empty. */
  peek(): number | undefined {
    return this.values[0];
  }

  /** Adds a number. */
  push(value: number): void {
    const { values, keyOf } = this;
    const key = keyOf(value);
    let child = values.push(value) - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (keyOf(values[parent]!) <= key) break;
      values[child] = values[parent]!;
      child = parent;
    }
    values[child] = value;
  }

  /** Removes and returns the number with the smallest key, or undefined when empty. */
  pop(): number | undefined {
    const { values, keyOf } = this;
    const top = values[0];
    const last = values.pop();
    if (values.length === 0 || last === undefined) return top;
    const key = keyOf(last);
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      if (left >= values.length) break;
      const right = left + 1;
      const smaller = right < values.length && keyOf(values[right]!) < keyOf(values[left]!) ? right : left;
      if (keyOf(values[smaller]!) >= key) break;
      values[parent] = values[smaller]!;
      parent = smaller;
    }
    values[parent] = last;
    return top;
  }

  /** Empties the heap. */
  clear(): void {
    this.values.length = 0;
  }
}
