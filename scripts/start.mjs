// `npm start`: after the build (run by the npm script), serves the docs site, which embeds
// the built elements exactly as a webmaster's page would, with the example programs.
// PORT chooses the port (default 4173).
import "../apps/docs/scripts/serve.mjs";
