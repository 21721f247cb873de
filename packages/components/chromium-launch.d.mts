/** Debian's Chromium by default (no tool may download its own browser here); `CHROMIUM_PATH` overrides it. */
export declare const chromiumExecutablePath: string;
/** Flags that keep a headless run quiet and repeatable: no sandbox (containers), GPU, QUIC or background work. */
export declare const chromiumArgs: readonly string[];
