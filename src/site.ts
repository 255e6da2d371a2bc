/** What the site calls itself. Set DOSSIER_TITLE / DOSSIER_SUBJECT at build time to re-brand it. */
export const SITE_TITLE = process.env.DOSSIER_TITLE ?? 'Dossier';
export const SITE_SUBJECT = process.env.DOSSIER_SUBJECT ?? 'Iran–US relations';

/** An internal link that honours the configured base path (`--base /briefing/`). */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  const rest = path.replace(/^\/+/, '');
  return `${base}/${rest}`;
}

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
// A build formats a few hundred distinct dates tens of thousands of times (every
// list of articles shows them), and Intl formatting is the slow part.
const formatted = new Map<string, string>();

/** "24 August 2025", or null when the date is unknown. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  let text = formatted.get(iso);
  if (text === undefined) formatted.set(iso, (text = LONG.format(new Date(`${iso}T00:00:00Z`))));
  return text;
}

/** A fragment id made from a heading's text ("Financial Times" → "financial-times"). */
export function anchorId(text: string): string {
  return `s-${text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'x'}`;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "August 2025" for "2025-08". */
export function formatMonth(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}
