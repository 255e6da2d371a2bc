// npm run lexicon: writes src/lib/annotate/data/name-lexicon.json,
// the part of compromise's lexicon that discovery reads (given names, places,
// organisations), so that an annotation thread need not load compromise,
// 0.13 s, to look up a word. Run it after upgrading compromise;
// tests/unit/name-lexicon.test.ts fails until it has been.
import { writeFileSync } from 'node:fs';
import { NAME_LEXICON_FILE, nameLexiconOf } from '../src/lib/annotate/name-lexicon-source.ts';
import { commandLine } from './lib/cli.ts';

// No options: any given is a mistake, and --help must not rewrite the file.
commandLine({ options: {}, strict: true }, 'usage: npm run lexicon (no options): rewrites src/lib/annotate/data/name-lexicon.json from the installed compromise');
writeFileSync(NAME_LEXICON_FILE, `${JSON.stringify(nameLexiconOf(), null, 1)}\n`);
console.log(`name lexicon: wrote ${NAME_LEXICON_FILE}`);
