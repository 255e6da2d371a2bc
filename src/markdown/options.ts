import type { Features, HastPluginList } from 'satteri';
import { mentionLinks } from './satteri-mentions.ts';
import { paragraphAnchors } from './satteri-paragraphs.ts';

/**
 * How Astro renders an article's Markdown: Sätteri, Astro's own Rust renderer,
 * with Dossier's two plugins on its HTML tree. It takes a sixth to a seventh of
 * unified's time per article (docs/performance-history.md, fourth series). Quotes
 * and apostrophes stay exactly as the source wrote them, and no GFM: a seed's
 * text is prose.
 */
export const markdownOptions: { features: Features; hastPlugins: HastPluginList } = {
  features: { gfm: false, smartPunctuation: false },
  hastPlugins: [paragraphAnchors, mentionLinks],
};
