// How every Chromium of the repository is launched (components' browser tests and stories, the
// bench page server, the docs site's e2e tests): one list, so that a flag added for one runs
// everywhere. Plain JavaScript, so that .mjs scripts import it as they are.

/** Debian's Chromium by default (no tool may download its own browser here); `CHROMIUM_PATH` overrides it. */
export const chromiumExecutablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Flags that keep a headless run quiet and repeatable: no sandbox (containers), GPU, QUIC or background work. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
