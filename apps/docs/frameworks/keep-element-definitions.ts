import type { Plugin } from "vite";

/**
 * A Vite plugin for the docs site's React and Vue pages: marks the chunks of
 * @lectern/components that register elements as having side effects.
 *
 * TODO(issue 16): remove once the package's `sideEffects` covers its dist chunks. tsup puts
 * each element's `customElements.define` call in a shared chunk (dist/chunk-*.js) that
 * `sideEffects` does not list, so a bundler drops it and
 * `import "@lectern/components/schedule-grid/define.js"` defines nothing
 * (define-survives-bundling.test.ts fails until the package is fixed).
 */
export const keepElementDefinitions: Plugin = {
  name: "lectern-keep-element-definitions",
  transform(code, id) {
    if (/[\\/]components[\\/]dist[\\/]chunk-[\w-]+\.js$/.test(id) && code.includes("customElements.define")) return { code, moduleSideEffects: true };
    return undefined;
  },
};
