/**
 * The fixed wording of the synthetic articles: quotes, invented people and
 * institutions the registry does not know, publishers and their furniture.
 * Kept apart from the composer so the prose can be edited without the logic.
 */

/** Quote bodies, without closing punctuation; the composer adds it. */
export const QUOTES = [
  'We will not negotiate under the shadow of threats',
  'Diplomacy is the only way out of this crisis, but it takes two sides',
  'The ball is now in Washington’s court',
  'There is no harm in talking, but we must not place our hopes in them',
  'Iran has never sought a nuclear weapon and never will',
  'All options remain on the table',
  'We are ready for a fair and balanced agreement that respects our rights',
  'Maximum pressure has failed, and everyone in this region knows it',
  'The window for diplomacy is closing fast',
  'Our patience is not unlimited',
  'Any attack on our nuclear facilities will be met with a decisive response',
  'The inspectors must be allowed to do their job',
  'We want a deal, but we will not accept a bad deal',
  'Enrichment is a red line for the Islamic Republic',
  'Sanctions relief has to be real and verifiable, not just words on paper',
  'This is a moment for restraint on all sides',
  'We have conveyed our position through our friends in Muscat',
  'Nobody wants another war in the Middle East',
  'The Europeans have made their choice, and they will bear the consequences',
  'Trust has to be rebuilt step by step',
  'We are not going to let Iran get a nuclear weapon, period',
  'The talks were constructive and held in a positive atmosphere',
  'There can be no agreement without guarantees that the United States will not walk away again',
  'We are studying the proposal carefully and will respond in due course',
  'Pressure and threats have never worked with the Iranian people',
  'The agency has lost continuity of knowledge over parts of the programme',
  'Our armed forces are fully prepared',
  'This is not the time for megaphone diplomacy',
  'The region cannot afford another escalation',
  'We will continue to defend our sovereignty by every legitimate means',
  'The next round will be decisive',
  'It is a serious offer, and it deserves a serious answer',
  'We have no interest in regime change, only in behaviour change',
  'The path to an agreement runs through Vienna and Muscat, not through bombs',
  'People are exhausted by inflation and want to see the economy breathe again',
  'The sanctions are hurting ordinary families far more than the government',
  'If snapback is triggered, it will end any chance of cooperation',
  'We did not start this war, but we will finish it on our terms',
  'I think there is a deal to be made, and I think it can be made quickly',
  'Iran will not surrender its rights under the Non-Proliferation Treaty',
];

/** Reported speech, completed after "that". */
export const CLAIMS = [
  'the next round of talks would take place within two weeks',
  'Tehran had received a written proposal through Omani mediators',
  'no decision had been made on resuming cooperation with inspectors',
  'the government would respond to any new sanctions in kind',
  'Washington was prepared to ease some restrictions if Iran capped its stockpile',
  'the two sides had narrowed their differences on technical issues',
  'the country’s nuclear programme was entirely peaceful',
  'an agreement was still possible before the autumn deadline',
  'the Europeans had no legal basis to reimpose sanctions',
  'the administration was reviewing its options',
  'damage to the sites was more extensive than first reported',
  'talks could collapse if the other side kept moving the goalposts',
];

export const UNREGISTERED_FIRST = {
  male: ['Reza', 'Hamid', 'Mehdi', 'Kaveh', 'Arash', 'Behrouz', 'Farhad', 'Saeed', 'Dariush', 'Nima', 'Omid', 'Peyman', 'Karim', 'Tariq', 'Youssef', 'Daniel', 'Michael', 'Jonathan', 'Thomas', 'Gregory', 'Andrew', 'Patrick', 'Samuel', 'Eitan', 'Yossi', 'Marc', 'Pierre', 'Lukas', 'Stefan', 'Hassan'],
  female: ['Sanam', 'Leila', 'Maryam', 'Shirin', 'Azadeh', 'Negar', 'Parisa', 'Roya', 'Laleh', 'Nasrin', 'Dalia', 'Rania', 'Sarah', 'Emily', 'Rachel', 'Laura', 'Catherine', 'Helen', 'Noa', 'Claire'],
};
export const UNREGISTERED_LAST = ['Karimi', 'Tabrizi', 'Moradi', 'Rostami', 'Farahani', 'Sadeghi', 'Ebrahimi', 'Nouri', 'Jafari', 'Hosseinzadeh', 'Yazdani', 'Kazemi', 'Alavi', 'Mahdavi', 'Shirazi', 'Najafi', 'Ghorbani', 'Bahrami', 'Kashani', 'Esfandiari', 'Haddad', 'Mansour', 'Khalil', 'Nasser', 'Saleh', 'Whitfield', 'Harrington', 'Caldwell', 'Brennan', 'Lindqvist', 'Morrow', 'Ashworth', 'Pemberton', 'Delacroix', 'Vogel', 'Hartmann', 'Kessler', 'Levinson', 'Ben-Ami', 'Shapiro', 'Calloway', 'Fairbanks', 'Ostrowski', 'Marchetti', 'Duval', 'Okafor', 'Lindgren', 'Navarro', 'Sutherland', 'Bexley'];

/** Think tanks and universities that are not in the registry; discovery should find them. */
export const INSTITUTES = [
  'Centre for Gulf Policy Studies', 'Atlantic Strategy Forum', 'Middle East Security Initiative', 'Institute for Regional Affairs',
  'Caspian Policy Institute', 'Hudson Bay Council on Foreign Affairs', 'Levant Research Group', 'Brookfield Centre for Arms Control',
  'University of Tehran', 'Georgetown University', 'King’s College London', 'Crisis Analysis Network', 'Persian Gulf Studies Centre',
  'Washington Institute for Energy Security', 'Geneva Centre for Nonproliferation',
];

export const DESCRIPTORS = [
  'a senior fellow at the {inst}',
  'an Iran analyst at the {inst}',
  'a professor of international relations at the {inst}',
  'a former US State Department official now at the {inst}',
  'a Tehran-based political analyst',
  'a former Iranian diplomat',
  'a researcher at the {inst}',
  'director of the {inst}',
  'a sanctions lawyer in Washington',
  'an oil market analyst in Dubai',
  'a former Israeli intelligence officer',
  'a reformist member of parliament',
];

export const PLACES_FOR_DATELINE: [string, string][] = [
  ['WASHINGTON', 'washington'], ['TEHRAN', 'tehran'], ['DUBAI', 'dubai'], ['VIENNA', 'vienna'], ['MUSCAT', 'muscat'],
  ['JERUSALEM', 'jerusalem'], ['GENEVA', 'geneva'], ['NEW YORK', 'new-york'], ['BEIRUT', 'beirut'], ['LONDON', 'london'],
];
/** AP-style datelines name the country after a city the reader may not place. */
export const AP_DATELINES = ['DUBAI, United Arab Emirates', 'MUSCAT, Oman', 'VIENNA', 'TEHRAN, Iran', 'JERUSALEM', 'WASHINGTON', 'BEIRUT', 'DOHA, Qatar', 'UNITED NATIONS'];

export type Style = 'ft' | 'reuters' | 'ap' | 'antiwar' | 'newarab' | 'web' | 'plain';
export type Publisher = { name: string; domain: string; style: Style; weight: number; curly: boolean };
export const PUBLISHERS: Publisher[] = [
  { name: 'Reuters', domain: 'www.reuters.com', style: 'reuters', weight: 5, curly: false },
  { name: 'Associated Press', domain: 'apnews.com', style: 'ap', weight: 4, curly: true },
  { name: 'Financial Times', domain: 'www.ft.com', style: 'ft', weight: 3, curly: true },
  { name: 'The New Arab', domain: 'www.newarab.com', style: 'newarab', weight: 3, curly: true },
  { name: 'Antiwar.com', domain: 'news.antiwar.com', style: 'antiwar', weight: 2, curly: true },
  { name: 'Al-Monitor', domain: 'www.al-monitor.com', style: 'web', weight: 2, curly: true },
  { name: 'Iran International', domain: 'www.iranintl.com', style: 'web', weight: 3, curly: false },
  { name: 'Middle East Eye', domain: 'www.middleeasteye.net', style: 'web', weight: 2, curly: true },
  { name: 'Tehran Times', domain: 'www.tehrantimes.com', style: 'newarab', weight: 2, curly: false },
  { name: 'The Guardian', domain: 'www.theguardian.com', style: 'plain', weight: 2, curly: true },
  { name: 'Amwaj.media', domain: 'amwaj.media', style: 'plain', weight: 1, curly: true },
  { name: 'Responsible Statecraft', domain: 'responsiblestatecraft.org', style: 'plain', weight: 1, curly: true },
];

export const REPORTERS = ['Parisa Hafezi', 'Jon Gambrell', 'Nasser Karimi', 'Humeyra Pamuk', 'Elwely Elwelly', 'Andrew England', 'Najmeh Bozorgmehr', 'Francois Murphy', 'Dave DeCamp', 'Samia Nakhoul', 'Amir Vahdat', 'Lara Jakes', 'Patrick Wintour', 'Kylie Atwood', 'Tom Perry', 'Maziar Motamedi', 'Arshad Mohammed', 'Daphne Psaledakis'];
export const EDITORS = ['William Maclean', 'Alex Richardson', 'Toby Chopra', 'Daniel Wallis', 'Jonathan Oatis', 'Mark Heinrich'];

export const FT_TAGLINES = ['Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter'];
export const NEWSLETTERS = ['Unlock the Editor’s Digest for free', 'Unlock the White House Watch newsletter for free', 'Sign up to the Middle East Dispatch newsletter'];
export const NEWSLETTER_TAGLINES = ['Your guide to what the 2024 US election means for Washington and the world', 'The stories that matter in the region, every weekday morning'];

export const CAPTION_SCENES = [
  '{person} speaks during a news conference in {city}',
  'Iranians walk past a mural on a street in Tehran',
  '{person} attends a meeting in {city}',
  'A view of the Bushehr nuclear power plant, south of Tehran',
  'Protesters hold placards outside the venue of the talks in {city}',
  '{person} arrives for talks in {city}',
  'Smoke rises after an explosion in Tehran',
  'Oil tankers are seen in the Strait of Hormuz',
];
