import { registerHooks } from 'node:module';

/**
 * citation-js loads two HTTP clients (node-fetch and sync-fetch) when it
 * starts, for inputs given as web addresses. Dossier only ever gives it
 * CSL-JSON it made itself, and loading them (and, through them, Node's own
 * fetch) took 78 ms of the 170 ms citation-js needs before the first
 * citation: a tenth of what `npm run annotate` takes after one seed is added.
 * So, for citation-js alone, they are replaced by a module whose functions
 * refuse to fetch.
 */
const STUB = new URL('./no-fetch-stub.cjs', import.meta.url).href;
const CLIENTS = new Set(['node-fetch', 'sync-fetch']);

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (CLIENTS.has(specifier) && context.parentURL?.includes('/@citation-js/core/')) return { url: STUB, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
