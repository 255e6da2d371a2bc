/**
 * The folder the pipeline wrote the articles into, which the site reads: the
 * build points DOSSIER_ARTICLES at its staging folder; otherwise it is what
 * `npm run annotate` last wrote. Relative to the project root.
 */
export function articlesFolder(): string {
  return process.env.DOSSIER_ARTICLES ?? 'content/articles';
}
