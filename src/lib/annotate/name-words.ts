/**
 * Word lists that discovery uses to read capitalised words. They describe
 * English news prose in general, never a particular article.
 */

/** Words capitalised only because they start a sentence or a heading. */
export const FUNCTION_WORDS = new Set(
  `a an the and but or nor so yet for of in on at to by from with without into onto over under after before
  while when where whether although though despite however meanwhile moreover also still even just only
  this that these those it its he she they we i you his her their our my your them us him me
  some many most much more few several all any each every both either neither no not none other another
  last next later earlier first second third new old former late early then now today yesterday tomorrow
  there here what which who whom whose why how if unless until since because as than like about against
  among amid between during through throughout toward towards upon within across along around near
  speaking according following asked told said says added noting citing during
  is are was were be been being has have had do does did will would can could should may might must
  one two three four five six seven eight nine ten dozens hundreds thousands millions
  mr mrs ms dr sir madam please yes okay`.split(/\s+/),
);

/**
 * Job titles that precede a name but are not part of it ("President Donald
 * Trump" names Donald Trump). Religious honorifics (Ayatollah, Pope, Sheikh)
 * are part of the name and are not listed.
 */
export const TITLES = new Set(
  `president vice prime minister ministers secretary general secretary-general director director-general
  deputy acting chief chairman chairwoman chair spokesman spokeswoman spokesperson envoy ambassador
  special senator sen rep representative congressman congresswoman governor mayor chancellor premier
  king queen prince princess crown emir sultan commander gen general lt col colonel maj major admiral adm
  brig brigadier captain capt sgt officer lawmaker mp speaker justice judge attorney leader supreme
  foreign defence defense interior finance economy justice health energy oil state affairs
  mr mrs ms miss dr sir dame lord lady professor prof former late then new top senior national
  security adviser advisor councillor official officials`.split(/\s+/),
);

export const HONORIFICS = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?$/;

/**
 * Words that end a job title: "French President", "Government Spokeswoman",
 * "Strategic Affairs Minister". A capitalised run of two words or more ending
 * in one, not right after "of" or "the", describes an office, not an actor;
 * before a name ("French President Emmanuel Macron") it is the title the gold
 * conventions leave out. A subset of TITLES: "State", "Security" and "Leader"
 * end names too.
 */
export const OFFICE_WORDS = new Set(
  `president minister secretary secretary-general director director-general chief chairman chairwoman
  spokesman spokeswoman spokesperson envoy ambassador senator congressman congresswoman governor mayor
  chancellor premier commander speaker adviser advisor lawmaker`.split(/\s+/),
);

export const MONTHS_AND_DAYS = new Set(
  `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** The last word of an organisation's name. */
export const ORG_WORDS = new Set(
  `agency ministry department council committee commission party corporation corp company co inc ltd llc plc
  group bank fund organisation organization association union university institute institution centre center
  foundation court assembly parliament congress senate army forces force guards guard navy police service
  services office authority board news times post journal herald tribune press television tv radio network
  channel fair festival forum club league federation movement front brigades brigade corps bureau consulate
  coalition alliance majlis cabinet government administration trust initiative watch monitor observatory
  media broadcasting airways airlines exchange company international endowment`.split(/\s+/),
);

/** The last word of a place's name. */
export const PLACE_WORDS = new Set(
  `mountains mountain mount river sea gulf ocean island islands lake valley desert province region street
  square avenue road airport port bay strait peninsula heights embassy base palace prison hospital plant
  facility site reactor mosque cathedral camp city county district state border crossing canal field
  fields park hills hill coast strip bank`.split(/\s+/),
);

/** Prepositions after which a name is a place more often than not: "in Muscat", "near Isfahan". */
export const PLACE_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'inside', 'across', 'around'];

/** Text ending in one of the prepositions, perhaps with "the": what comes next follows it. */
export function prepositionBefore(prepositions: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${prepositions.join('|')})\\s+(?:the\\s+)?$`, 'iu');
}

/** The first word of a place's name: "Lake Urmia", "Mount Damavand", "Fort Worth", "Port Said". */
export const PLACE_PREFIXES = new Set(['lake', 'mount', 'mt', 'fort', 'cape', 'port', 'isle', 'gulf', 'strait', 'bay']);

/** Names that are not actors: treaties, policies, events and documents. */
export const NOT_ACTOR_WORDS = new Set(
  `treaty agreement accord accords deal act plan program programme resolution doctrine initiative convention
  protocol prize award day war revolution election elections summit talks conference games cup olympics
  operation index report declaration charter framework strategy policy law bill code`.split(/\s+/),
);

/** Connectors allowed inside a multi-word name. */
export const NAME_JOINERS = new Set(['of', 'the', 'for', 'de', 'del', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'la', 'le', 'du', 'and']);
