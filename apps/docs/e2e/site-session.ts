// The built site (dist/), served on 127.0.0.1 as `npm start` serves it, in Chromium: what every
// e2e test file shares. A file calls `startSite()` in beforeAll and `stopSite()` in afterAll.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { startStaticServer } from "../scripts/static-server.mjs";
import { chromiumArgs, chromiumExecutablePath } from "../../../packages/components/chromium-launch.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** Where the tests write their screenshots and PDFs (apps/docs/test-results/). */
export const resultsDir = new URL("../test-results/", import.meta.url);
mkdirSync(resultsDir, { recursive: true });

let server: { origin: string; close: () => Promise<void> } | undefined;
let browser: Browser | undefined;

/** Serves dist/ on a free port and launches Chromium (CHROMIUM_PATH, default /usr/bin/chromium). */
export async function startSite(): Promise<void> {
  server = await startStaticServer(new URL("../dist/", import.meta.url), 0);
  browser = await chromium.launch({
    executablePath: chromiumExecutablePath,
    args: [...chromiumArgs],
  });
}

/** Closes what `startSite` opened. */
export async function stopSite(): Promise<void> {
  await browser?.close();
  await server?.close();
}

/** An open page, its context (close it when done) and what went wrong while it loaded. */
export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, failed requests and HTTP errors, in order. */
  problems: string[];
}

/** How to open a page: viewport width, the browser's zone and a pinned clock. */
export interface VisitOptions {
  width?: number;
  timezoneId?: string;
  now?: string;
  /** Runs before the page loads (e.g. to listen for CSP violations). */
  beforeLoad?: (page: Page) => Promise<unknown>;
  /** False to open the page as a browser with JavaScript off does (default true). */
  javaScriptEnabled?: boolean;
}

/** Opens a page and waits until every Lectern element on it has rendered its content. */
export async function visit(path: string, options: VisitOptions = {}): Promise<Visit> {
  if (!browser || !server) throw new Error("visit() before startSite()");
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1440, height: 900 },
    timezoneId: options.timezoneId ?? "America/Sao_Paulo",
    locale: "en-GB",
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  if (options.now) await page.clock.setFixedTime(new Date(options.now));
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ""}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await options.beforeLoad?.(page);
  await page.goto(`${server.origin}/${path}`, { waitUntil: "networkidle" });
  // Without JavaScript nothing more will be drawn: what the server rendered is all there is.
  if (options.javaScriptEnabled === false) return { page, context, problems };
  // <talk-list> and <paper-list> (and the others but <schedule-grid>) arrive as chunks, and a
  // React or Vue page adds its elements after its script ran: wait until they are drawn.
  await page.waitForFunction(() =>
    [
      ...document.querySelectorAll("schedule-grid, talk-card, speaker-list, event-summary, talk-list, paper-list"),
    ].every((element) => {
      const root = element.shadowRoot;
      return (
        root !== null &&
        (root.querySelector(".cell, article, [role=alert], li, h1, h2, h3, header, section") !== null ||
          element.localName === "talk-card")
      );
    }),
  );
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return { page, context, problems };
}

/** axe-core's WCAG 2.2 AA violations on the page, one line per node. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: a page under a
  // strict CSP (examples/strict-csp.html) rightly refuses inline scripts.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    // axe reads sizes and positions (target size, contrast), which the cards and cells that
    // `content-visibility: auto` skips off screen do not have: they are laid out while it runs.
    const layOutSkipped = new CSSStyleSheet();
    layOutSkipped.replaceSync("* { content-visibility: visible !important; }");
    const shadowRoots = (root: Document | ShadowRoot): ShadowRoot[] =>
      [...root.querySelectorAll("*")].flatMap((element) =>
        element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : [],
      );
    const roots = [document, ...shadowRoots(document)];
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, layOutSkipped];
    try {
      const results = await axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
      });
      return results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`),
      );
    } finally {
      for (const root of roots)
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== layOutSkipped);
    }
  });
}
