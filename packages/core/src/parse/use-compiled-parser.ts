import * as z from "zod/mini";
import { programSchema } from "../model/program.js";
import { setStructuralParserFactory } from "./parse-program.js";

// The Node build (dist/index.js) checks a program's shape with zod's ahead-of-time compiled
// parser: about 3.5x faster on large programs (npm run bench), with the same errors, since
// invalid input falls back to the runtime checks. The browser build (dist/index.browser.js)
// leaves it out: it adds ~10 KiB gzipped to lectern.js, the programs a page loads are small,
// and compiling generates code, which a page's Content Security Policy may forbid.
setStructuralParserFactory(() => z.compile(programSchema));
