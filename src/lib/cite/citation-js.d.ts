// citation-js ships no type declarations; these cover the part Dossier uses.

declare module '@citation-js/core' {
  /** A CSL-JSON item, as citation-js reads and writes it. */
  export type CslJson = { id: string; type: string; [field: string]: unknown };

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    data: CslJson[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }

  /** A named store, such as the CSL plugin's styles (`@csl` → `styles`). */
  export type Register<T> = { add(name: string, value: T): unknown; has(name: string): boolean; get(name: string): T };

  export const plugins: {
    config: { get(plugin: string): Record<string, unknown> };
  };
}

declare module '@citation-js/plugin-csl' {}
declare module '@citation-js/plugin-bibtex' {}
declare module '@citation-js/plugin-ris' {}
