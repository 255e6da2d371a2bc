// npm run annotate [-- --seeds <dir>]: seeds/ → content/articles/, atomically.
// Node keeps what it compiles (type-stripped TypeScript included) between runs:
// about 80 ms of a run that re-annotates one article of 1,000. The cache must be
// on before the modules load, so the command is imported only after it.
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

enableCompileCache(fileURLToPath(new URL('../node_modules/.cache/dossier/node', import.meta.url)));
await import('./lib/annotate-command.ts');
