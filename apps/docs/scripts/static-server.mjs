import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { strictCsp, strictCspExamplePath } from "./strict-csp.mjs";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".ico": "image/x-icon",
  ".map": "application/json",
};

/**
 * Response headers for some paths of the site: the strict-CSP example is served as a
 * webmaster with a strict policy would serve it.
 */
export const headersByPath = {
  [strictCspExamplePath]: { "content-security-policy": strictCsp },
};

/**
 * A static file server for a built site, on 127.0.0.1 only: `/dir/` serves `dir/index.html`,
 * nothing outside the root is reachable, `headersByPath` adds its headers. Resolves with `{ origin, close }`.
 */
export function startStaticServer(rootUrl, port = 0) {
  const root = fileURLToPath(rootUrl);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      return response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    }
    response.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      ...headersByPath[path],
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, close: () => new Promise((done) => server.close(done)) });
    }),
  );
}
