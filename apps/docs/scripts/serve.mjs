// Serves the built site (apps/docs/dist) on 127.0.0.1; `npm start` at the repository root
// runs this after the build. PORT chooses the port (default 4173; 0 picks a free one).
import { startStaticServer } from "./static-server.mjs";

const server = await startStaticServer(new URL("../dist/", import.meta.url), Number(process.env.PORT ?? 4173));
console.log(`Lectern docs: ${server.origin}/  (Ctrl+C to stop)`);
