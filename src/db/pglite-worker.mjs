// Entry of the worker thread that hosts a data directory's PGlite (pglite-host.ts). A worker does
// not share the main thread's module loader, so it loads the TypeScript sources through tsx itself.
import { register } from "tsx/esm/api";

register();
await import("./pglite-host.ts");
