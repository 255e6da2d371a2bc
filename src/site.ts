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

/** "24 August 2025", or null when the date is unknown. */
export function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  return LONG.format(new Date(`${iso}T00:00:00Z`));
}
