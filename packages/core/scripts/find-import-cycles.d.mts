/**
 * The import cycles among the TypeScript modules under `folder` (static, type-only, re-export
 * and dynamic imports), one per strongly connected group, each as its files relative to `folder`.
 */
export function findImportCycles(folder: string): string[][];
