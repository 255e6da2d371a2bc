// Loaded with `node --import` before a command's own modules: Node keeps what
// it compiles (type-stripped TypeScript included) in node_modules/.cache, so a
// command run again does not compile its modules again. JavaScript, not
// TypeScript, so that Node needs no type stripping to load it.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../../node_modules/.cache/dossier/node', import.meta.url)));
