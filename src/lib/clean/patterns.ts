/**
 * Publisher boilerplate, as data. Each rule recognises one whole block (a
 * paragraph of the seed) that is not part of the article. Rules are written
 * for kinds of furniture that many sites print, never for one article.
 * docs/parsing.md lists them for editors; add a rule here, with a test in
 * tests/fixtures/parse/, when a new publisher shows a new kind.
 */
export type BoilerplateRule = {
  id: string;
  /** What the rule removes, in words an editor understands. */
  description: string;
  /** Tested against the whole block, trimmed. */
  pattern: RegExp;
  /**
   * Also drop the next block when it looks like a tagline (short, no final
   * full stop): a newsletter promotion's second line.
   */
  takesTagline?: boolean;
};

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?';
const TIME = '\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}T|UTC|GMT)(?:\\s*[+-]\\d{1,4})?)?';
const DAY_MONTH_YEAR = `(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;

/** A line that is nothing but a date, maybe a time, maybe "Published"/"Updated". */
export const TIMESTAMP = new RegExp(
  `^(?:(?:published|updated|posted|last updated|first published|modified)(?:\\s+on)?:?\\s*)?${DAY_MONTH_YEAR}(?:,?\\s*(?:at\\s+)?${TIME})?(?:\\s*[|,]\\s*(?:updated:?\\s*)?(?:${DAY_MONTH_YEAR})?(?:,?\\s*(?:at\\s+)?${TIME})?)?$`,
  'i',
);

/** "Samar Al-Gamal , Tuesday 9 Sep 2025": a byline that carries the date. */
export const NAME_THEN_DATE = new RegExp(
  `^((?:[\\p{Lu}][\\p{L}'’.-]+\\s+){1,3}[\\p{Lu}][\\p{L}'’.-]+)\\s*[,|–—-]\\s*${DAY_MONTH_YEAR}(?:,?\\s*${TIME})?$`,
  'iu',
);

export const BOILERPLATE: readonly BoilerplateRule[] = [
  {
    id: 'newsletter-promotion',
    description: 'Newsletter and digest promotions such as "Unlock the Editor’s Digest for free", with the tagline under them',
    pattern: /^(?:unlock|sign up (?:to|for)|subscribe to|get) the .{1,80}(?:for free|newsletter|digest)\.?$/i,
    takesTagline: true,
  },
  {
    id: 'continue-reading',
    description: '"Continue Reading", "Read the full story", "Keep reading" links',
    pattern: /^(?:continue reading|keep reading|read the full (?:story|article)|read full article|show more|load more)\.?\s*[›»→>]?$/i,
  },
  {
    id: 'read-more',
    description: '"Read more: …", "Related: …", "See also: …" and "Also read" links to other stories',
    pattern: /^(?:read more|related(?: articles?| stories| coverage| content)?|see also|also read|more on this(?: story)?|most read|recommended(?: stories)?)(?:\s*[:|»›]\s*.{1,200})?\s*[:»›]?$/i,
  },
  {
    id: 'copyright',
    description: 'Copyright and rights lines: "© 2025 Thomson/Reuters. All rights reserved."',
    pattern: /^(?:©|\(c\)\s|copyright\b).{0,200}$|^all rights reserved\.?$|^.{0,120}\ball rights reserved\.?$/i,
  },
  {
    id: 'advertisement',
    description: '"ADVERTISEMENT", "Advertisement", "Sponsored", "Story continues below"',
    pattern: /^(?:advertisement|advertising|sponsored(?: content)?|story continues (?:below|after (?:the )?advertisement)|article continues below|scroll to continue(?: with content)?)\.?$/i,
  },
  {
    id: 'separator',
    description: 'Lone separators: "-", "***", "—", "• • •" and the like',
    pattern: /^[\s\-–—_*=•·~#.|+]+$/,
  },
  {
    id: 'reading-time',
    description: 'Reading-time labels: "2 min read", "Reading time: 4 minutes"',
    pattern: /^(?:(?:estimated )?reading time:?\s*)?\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|mins?)(?:\s+read)?$/i,
  },
  {
    id: 'timestamp',
    description: 'Timestamp labels: "Published Apr 26, 2025 05:51 am", "Thursday, 12 June 2025 06:50 AM EDT", "21 June, 2025"',
    pattern: TIMESTAMP,
  },
  {
    id: 'image-file',
    description: 'Image file names left by copy-paste: "IRAN WORSHIP.jpg"',
    pattern: /^[^\s].{0,120}\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i,
  },
  {
    id: 'share-label',
    description: 'Share and font-size widgets: "Share", "Tweet", "TT", "A A", "Print", "Email"',
    pattern: /^(?:share(?: this(?: article)?)?|tweet|print|email|copy link|save|listen(?: to (?:this )?article)?|tt|a\s*a|font size|text size|comments?)\.?$/i,
  },
  {
    id: 'social-follow',
    description: '"Follow us on X", "Join our WhatsApp channel" and similar calls to follow',
    pattern: /^(?:follow (?:us|@\w+) on|join (?:our|us on)|like us on|download (?:our|the) app)\b.{0,150}$/i,
  },
  {
    id: 'agency-credit',
    description: 'Wire credits at the foot of a story: "(Reporting by …; Editing by …)", "Associated Press writer … contributed"',
    pattern: /^\(?(?:reporting|additional reporting|writing|editing) by\b.{0,300}$|^.{0,200}\bcontributed (?:to )?(?:this )?(?:report|reporting|story)\.?\)?$/i,
  },
];

/** "Author: Dave DeCamp", "By Dave DeCamp", "By Jane Roe and John Doe in Geneva". */
export const BYLINE = /^(?:[Aa]uthors?|AUTHOR|[Ww]ritten [Bb]y|[Bb]y|BY|[Ww]ords [Bb]y)\s*:?\s+((?:[\p{Lu}][\p{L}'’.-]*\.?\s*(?:,|and|&)?\s*){1,8})(?:\s+(?:in|at)\s+[\p{Lu}][\p{L} ]+)?(?:\s*[|,–—-]\s*.{0,80})?$/u;

/** Photo credits inside a caption, at its end: "(AP)", "[Getty]", "(Photo by …)", "Photo courtesy of …". */
export const CAPTION_CREDIT =
  /\s*(?:\((?:[^()]*\b(?:photo|picture|image|file|handout|credit|courtesy|AP|AFP|Reuters|Getty|EPA|Xinhua|WANA|IRNA|Anadolu|Bloomberg|Shutterstock|Alamy)\b[^()]*)\)(?:\s*\/.*)?|\[[^\[\]]{2,120}\]|(?:photo|picture|image|credit)s?(?:\s+(?:by|courtesy(?: of)?|credit))?\s*:?\s+[^.]{2,120}\.?|via (?:Reuters|AP|AFP|Getty Images))\s*$/iu;

/** Other signs that a block is a caption: positional hints and photo-desk words. */
export const CAPTION_HINT =
  /\((?:L|R|C|left|right|centre|center)\)|,\s*(?:left|right|centre|center),|\b(?:handout (?:photo|picture|image)|a (?:file |handout )?(?:photo|picture|image) (?:shows|taken|provided)|RESTRICTED TO EDITORIAL USE|MANDATORY CREDIT)\b/u;
