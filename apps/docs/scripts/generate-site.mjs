// Builds apps/docs/site/ (the input of `vite build`): every page of content/ in the site's
// layout, the program-format reference generated from the JSON Schema, and one page per
// element generated from custom-elements.json, so neither can drift from the code. Copies
// into site/public, unchanged, what a webmaster would host: lectern.js (and its math chunk),
// the example programs, the JSON Schema, and the Storybook static build.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { renderComponentPage, renderComponentsIndex } from "./render-components.mjs";
import { renderFormatReference } from "./render-format.mjs";
import { buildApiReference } from "./build-api-reference.mjs";
import { layout, siteLanguage } from "./layout.mjs";
import { renderIncludes } from "./render-includes.mjs";
import { bundleScheduler } from "./bundle-scheduler.mjs";
import { fetchPreloads } from "./fetch-preloads.mjs";
import { handOverScriptPath, prerenderPage } from "./prerender.mjs";
import { programHandOverScript } from "@lectern/components/ssr";

const docsDir = fileURLToPath(new URL("..", import.meta.url));
const repoDir = join(docsDir, "..", "..");
const siteDir = join(docsDir, "site");
const publicDir = join(siteDir, "public");
const componentsDir = join(repoDir, "packages", "components");
const coreDir = join(repoDir, "packages", "core");

rmSync(siteDir, { recursive: true, force: true });
mkdirSync(publicDir, { recursive: true });

// What a webmaster hosts, as they would host it.
for (const file of readdirSync(join(componentsDir, "dist")).filter((name) => /^lectern.*\.js$/.test(name))) {
  cpSync(join(componentsDir, "dist", file), join(publicDir, file));
}
mkdirSync(join(publicDir, "examples"), { recursive: true });
for (const file of readdirSync(join(coreDir, "examples")).filter((name) => name.endsWith(".json"))) {
  // The examples point "$schema" at the package's relative path (program or paper digest); on
  // the site the schemas are at the root.
  const example = JSON.parse(readFileSync(join(coreDir, "examples", file), "utf8"));
  example.$schema = `/${basename(example.$schema ?? "program.schema.json")}`;
  writeFileSync(join(publicDir, "examples", file), `${JSON.stringify(example, null, 2)}\n`);
}
for (const schema of ["program.schema.json", "paper-digest.schema.json"])
  cpSync(join(coreDir, "schema", schema), join(publicDir, schema));
cpSync(join(docsDir, "assets"), join(publicDir, "assets"), { recursive: true });
// The pre-rendered pages' hand-over of their inline program, as the package writes it.
writeFileSync(join(publicDir, handOverScriptPath), `${programHandOverScript}\n`);
// The scheduler page's worker and HiGHS: their own files, loaded by that page only.
bundleScheduler(coreDir, join(publicDir, "scheduler"));
cpSync(join(componentsDir, "custom-elements.json"), join(publicDir, "custom-elements.json"));
// The site's own stylesheet goes through Vite; everything in public/ is served as it is.
cpSync(join(docsDir, "styles", "site.css"), join(siteDir, "site.css"));

// Storybook, built here so the site always links the current stories.
execFileSync("npm", ["run", "build-storybook", "--silent"], {
  cwd: componentsDir,
  stdio: "inherit",
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: "1" },
});
cpSync(join(componentsDir, "storybook-static"), join(publicDir, "storybook"), { recursive: true });

// The API reference of @lectern/core (TypeDoc), into site/public/api/.
buildApiReference();

// The React and Vue examples: Vite bundles them (with React, Vue and the elements from npm)
// into the pages that load them, frameworks/react.html and frameworks/vue.html.
for (const framework of ["react", "vue"])
  cpSync(join(docsDir, "frameworks", framework), join(siteDir, "frameworks", framework), { recursive: true });

/** Pages: content fragments start with a comment holding "title: ...". Each preloads what its elements fetch. */
function writePage(path, body, meta) {
  const target = join(siteDir, path);
  mkdirSync(dirname(target), { recursive: true });
  const prelude = [...fetchPreloads(body), meta.prelude ?? ""].join("\n    ");
  writeFileSync(target, layout({ ...meta, prelude, path, body, depth: path.split("/").length - 1 }));
}

function readContent(file) {
  const text = readFileSync(file, "utf8");
  const header = /^<!--([\s\S]*?)-->\n?/.exec(text);
  const meta = Object.fromEntries(
    (header?.[1] ?? "")
      .split("\n")
      .map((line) => /^\s*(\w+):\s*(.*)$/.exec(line))
      .filter(Boolean)
      .map((match) => [match[1], match[2].trim()]),
  );
  return { meta, body: header ? text.slice(header[0].length) : text };
}

const contentDir = join(docsDir, "content");
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
// components/examples/ holds the live examples placed into the generated component pages.
for (const file of walk(contentDir).filter(
  (name) => name.endsWith(".html") && !name.includes(`${join("components", "examples")}`),
)) {
  const { meta, body } = readContent(file);
  const path = relative(contentDir, file);
  const extra =
    path === "format.html"
      ? renderFormatReference(JSON.parse(readFileSync(join(coreDir, "schema", "program.schema.json"), "utf8")))
      : "";
  const page = renderIncludes(body, docsDir).replace("<!-- format-reference -->", extra);
  // `prerender: delta-2026.json`: the page's elements are server-rendered with that example.
  if (meta.prerender) {
    const programText = readFileSync(join(coreDir, "examples", meta.prerender), "utf8");
    const { body: rendered, prelude } = await prerenderPage(page, programText, path, siteLanguage);
    writePage(path, rendered, { ...meta, prelude });
  } else writePage(path, page, meta);
}

const manifest = JSON.parse(readFileSync(join(componentsDir, "custom-elements.json"), "utf8"));
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName);
writePage("components/index.html", renderComponentsIndex(elements), {
  title: "Components",
  description: "The elements and their API.",
});
for (const element of elements) {
  const examplePath = join(contentDir, "components", "examples", `${element.tagName}.html`);
  const example = existsSync(examplePath) ? readFileSync(examplePath, "utf8") : "";
  writePage(`components/${element.tagName}.html`, renderComponentPage(element, example), {
    title: `<${element.tagName}>`,
    description: element.summary ?? "",
  });
}
console.log(
  `site generated in ${relative(repoDir, siteDir)}: ${walk(siteDir).filter((name) => name.endsWith(".html") && !name.includes("/public/")).length} pages`,
);
