// Helpers the benchmark generators share (core's synthetic program, the components'
// MiniConf-shaped conference), so both draw from one PRNG and one time formatting.

/**
 * A small seeded PRNG (LCG), so every run benchmarks the same program.
 * @param {number} seed
 * @returns {() => number} a function returning the next number in [0, 1)
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

/**
 * Two digits, as a date or time field writes them.
 * @param {number} value
 * @returns {string}
 */
export const pad = (value) => String(value).padStart(2, "0");
