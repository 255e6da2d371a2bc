/**
 * Word lists and patterns for finding who said what. They describe English
 * news prose in general (how attribution is written), never a particular
 * article.
 */

const forms = (list: string) => list.trim().split(/\s+/).join('|');

/**
 * Verbs that credit words to a subject, in the forms news prose uses. Forms
 * that are more often nouns ("state television", "a call", "a pledge",
 * "notes", "remarks") are left out: a false verb next to a quote would
 * credit it to whoever stands before it.
 */
const SPEECH_FORMS = forms(`
  say says said saying tell tells told telling add adds added adding stated stating
  insist insists insisted insisting argue argues argued arguing warn warns warned warning
  noted noting write writes wrote writing declare declares declared declaring ask asks asked asking
  explain explains explained explaining stress stresses stressed stressing urge urges urged urging
  claim claims claimed claiming accuse accuses accused accusing
  criticise criticises criticised criticising criticize criticizes criticized criticizing
  describe describes described describing calls called calling
  reiterate reiterates reiterated reiterating emphasise emphasises emphasised emphasising
  emphasize emphasizes emphasized emphasizing announce announces announced announcing
  replies replied replying respond responds responded responding tweeted tweeting
  vowed vowing pledged pledging dismiss dismisses dismissed dismissing
  reject rejects rejected rejecting denounce denounces denounced denouncing
  condemn condemns condemned condemning branded branding
  underscore underscores underscored underscoring quoted`);

/** A speech or stance verb, as a whole word. */
export const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_FORMS})\\b`, 'giu');

/** Verbs of telling: the words after them are the listener, never the speaker. */
export const TELL_VERB = /^(?:tell|tells|told|telling)$/iu;

/** A participle ("…, insisting that"): its subject is the subject of the sentence. */
export const PARTICIPLE = /ing$/iu;

/** Verbs that can come before their subject after a quote: "…,” said Araghchi. */
export const INVERTED_VERB = /^(?:said|says|added|adds|wrote|writes|asked|asks|explained|insisted|argued|warned|declared|stressed|claimed|stated|replied|tweeted)\s+/iu;

export const ACCORDING_TO = /^according\s+to\s+/iu;

/** Adverbs, auxiliaries and time phrases that can stand between a subject and its verb. */
export const FILLER_TAIL =
  /(?:\s+|^)(?:also|later|then|again|further|once|earlier|previously|reportedly|repeatedly|publicly|privately|has|had|have|was|is|were|are|will|would|did|does|do|not|himself|herself|themselves|itself|(?!family|assembly|supply|monopoly|anomaly|homily|rally|ally)\p{Ll}{2,}ly|(?:on|last|this|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|evening|weekend))\s*$/u;

/** Words that open a parenthesis set off by commas after a subject ("Larijani, the new secretary, said"). */
export const APPOSITIVE_START =
  /^(?:who|which|whose|the|a|an|his|her|its|their|speaking|writing|in|on|at|after|during|addressing|asked|responding|citing|according|himself|herself|also|however|meanwhile|now|then|once|still|too|born|\p{Ll}+ed\b|\p{Lu})/u;

/** Words that end a noun phrase when reading back from a verb. */
export const NP_BOUNDARY =
  /^(?:that|and|but|or|while|which|who|whom|when|where|because|although|though|as|if|since|until|so|than|whether|what|how|why|to|there|here)$/iu;

/** Where a subject named after its verb ends ("said Araghchi, who …", "according to Iran's foreign ministry in a statement"). */
export const NP_AFTER_END = /[,;:.!?()\u2014\u2013\uFFFC]|\s(?:who|which|that|in|on|at|during|after|before|while|as|adding|and|when|because|to)\s/u;

export const PREPOSITION = /^(?:of|for|from|at|in|on|with|to|within|inside|behind)$/iu;

/** Titles: "the minister said" refers back to a person already named. */
export const TITLE_WORDS = new Set(
  `minister president spokesman spokeswoman spokesperson envoy leader ambassador secretary chancellor premier
  chief director director-general governor mayor commander general king queen prince emir sultan
  negotiator diplomat ayatollah cleric senator lawmaker chairman chairwoman chair head`.split(/\s+/),
);

/** Bodies that issue words: "the ministry said", "a statement said". */
export const BODY_WORDS = new Set(
  `ministry government statement office agency embassy council cabinet presidency administration
  department mission committee commission military army secretariat communique communiqué declaration
  website account channel feed page post letter remarks speech interview message`.split(/\s+/),
);

/** People who are credited without being named: their words are a statement with no known speaker. */
export const PEOPLE_WORDS = new Set(
  `official officials source sources diplomats analyst analysts expert experts aide aides adviser
  advisers advisor advisors people resident residents witness witnesses observer observers critic critics
  supporter supporters protester protesters protestors lawmakers politicians hardliners reformists
  negotiators ministers leaders members spokespeople officers commanders insiders person man woman`.split(/\s+/),
);

/** Words straight before a quote that make it a name or a term, whatever the sentence says. */
export const TERM_BEFORE =
  /(?:\bso-called|\bdubbed|\bnicknamed|\bslogan|\bmotto|\bhashtag|\btitled|\bentitled|\bknown\s+as|\bthe\s+(?:term|word|words|phrase|expression|label))\s*[,:]?\s*$/iu;

/** Works and named things: a capitalised quote after them is a title ("his memoir, “The Power of …”"). */
export const TITLE_BEFORE =
  /\b(?:memoir|memoirs|book|novel|biography|film|movie|documentary|programme|program|show|series|song|album|podcast|column|report|campaign|operation|exercise|doctrine|plan|initiative|newspaper|magazine)\s*[,:]?\s*$/iu;

/** Pronouns and titles that can start the clause of a participle ("He left, saying …"). */
export const CLAUSE_OPENER = /^(?:but|and|yet|so|still|however|meanwhile|then|later|earlier|now)\b[\s,]*/iu;

/** An introductory phrase before the subject: "On Tuesday, …", "After the talks, …". */
export const INTRO_PHRASE =
  /^(?:in|on|at|after|before|during|following|later|earlier|since|while|when|despite|although|as|amid|with|without|asked|meanwhile|however|separately|last|this)\b[^,]{0,120},\s*/iu;

/** A participle phrase before the subject: "Speaking to reporters, …" (not "Beijing, …"). */
export const INTRO_PARTICIPLE = /^\p{L}+ing\s+\p{Ll}[^,]{0,120},\s*/u;

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Prof|Rev|No|Nos|Vol|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Ltd|Co|Corp)|\b\p{Lu}|\b(?:\p{L}\.)+\p{L})\.$/u;
