import { describe, expect, it } from "vitest";
import { MinHeap } from "./min-heap.js";

describe("MinHeap", () => {
  it("pops numbers smallest first, whatever the order they came in", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const input = Array.from({ length: 500 }, () => Math.floor(random() * 100));
    const heap = new MinHeap();
    for (const value of input) heap.push(value);
    expect(heap.size).toBe(500);
    const output: number[] = [];
    while (heap.size > 0) output.push(heap.pop()!);
    expect(output).toEqual([...input].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
  });

  it("orders by the key it is given", () => {
    const ends = [50, 10, 30];
    const heap = new MinHeap((lane) => ends[lane]!);
    for (const lane of [0, 1, 2]) heap.push(lane);
    expect([heap.peek(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 1, 2, 0]);
  });

  it("empties on clear", () => {
    const heap = new MinHeap();
    heap.push(3);
    heap.clear();
    expect([heap.size, heap.pop()]).toEqual([0, undefined]);
  });
});
