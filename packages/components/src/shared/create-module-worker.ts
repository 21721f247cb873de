/**
 * A module worker running the script at `url`. A worker's script must come from the page's
 * own origin, and lectern.js is often served from a CDN: then the worker starts from a
 * one-line module of the page's own (a blob URL) that imports the script, which a CDN's CORS
 * headers allow. Throws where the browser or the page's CSP allows neither.
 */
export function createModuleWorker(url: URL): Worker {
  if (url.origin === location.origin) return new Worker(url, { type: "module" });
  const trampoline = new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" });
  return new Worker(URL.createObjectURL(trampoline), { type: "module" });
}
