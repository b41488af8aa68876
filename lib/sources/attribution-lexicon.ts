// The words attribution is read from: reporting verbs, titles, the heads that say what kind of body
// an organization is, known organizations, places and nationalities (capitalized, yet not people).
// Kept apart from the scanning code so that a reader can check and extend the vocabulary in one place.
import { lookupTable } from '../text/lookup-table';
import type { SourceKind } from '../types';

function words(list: string): Set<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Reporting verbs in the forms that attribute on their own ("said", "says", "has told"). */
export const REPORTING_VERBS = words(`
  said says told tells added adds stressed stresses warned warns admitted admits acknowledged acknowledges
  reported reports stated states noted notes claimed claims explained explains elaborated elaborates
  insisted insists argued argues announced announces confirmed confirms denied denies wrote writes written
  vowed vows asserted asserts emphasized emphasizes emphasised emphasises maintained maintains contended
  contends estimated estimates revealed reveals disclosed discloses alleged alleges declared declares
  tweeted tweets predicted predicts cautioned cautions urged urges suggested suggests concluded concludes
  observed observes remarked remarks recalled recalls pledged pledges underlined underlines highlighted
  highlights reiterated reiterates clarified clarifies indicated indicates expects`);

/** Reporting verbs that are as often nouns or other verbs ("the United States", "adds 3,500 miles"). */
export const AMBIGUOUS_REPORTING_VERBS = words('states adds notes remarks highlights written');

/** Verbs by which a study or a set of figures cites itself: "a survey by X found", "NHS figures show". */
export const FINDING_VERBS = words('found finds show shows showed discovered');

/** Base forms, which attribute only after an auxiliary ("will say", "did not confirm") or a plural subject ("officials say"). */
export const REPORTING_BASE_FORMS = words(`
  say tell add stress warn admit acknowledge report state note claim explain elaborate insist argue
  announce confirm deny write vow assert emphasize emphasise maintain contend estimate reveal disclose
  allege declare predict caution urge suggest conclude observe remark recall pledge underline highlight
  reiterate clarify indicate`);

/** Nouns that make "made (critical) remarks" a (weaker) attribution. */
export const STATEMENT_NOUNS = words('remarks comments statement statements');

/** Words between a subject and its reporting verb that change nothing: "has also publicly said". */
export const AUXILIARIES = words(`
  has have had also publicly previously repeatedly recently earlier reportedly again further then once
  will would could may might did does do is was were are already later separately privately openly
  often frequently clearly explicitly himself herself itself too not never just even still since long`);

export const MODALS = words('will would could may might did does do can should must to not never');

/** Words that never belong to a noun phrase: prepositions, conjunctions, verbs of being, complementizers. */
export const NP_BOUNDARY = words(`
  in on at to from by with for about against over under after before since during into through between
  among amid despite without within as like than and or but nor so yet that which who whom whose where
  when while if because although though is are was were be been being has have had do does did will
  would can could may might must should shall not it they we you i them him us me there here also`);

export const DETERMINERS = words('the a an this these those his her its their our my your some another any');

export const PRONOUNS: Readonly<Record<string, 'he' | 'she'>> = lookupTable({ he: 'he', she: 'she' });

/** Titles and roles written before a name: stripped from the name, kept as a description. */
export const TITLES = words(`
  president prime minister senator sen rep representative dr mr mrs ms miss professor prof gen general
  lt colonel col major maj captain capt secretary foreign defense defence chancellor king queen prince
  princess sheikh ayatollah imam speaker ambassador envoy spokesman spokeswoman spokesperson commander
  chief judge justice governor mayor vice deputy supreme leader pope rabbi emir crown chairman chairwoman
  chair director premier lawmaker former lieutenant admiral sergeant sgt brig brigadier field marshal
  interior finance health attorney state national security adviser advisor senior top economy justice
  education energy trade agriculture labour labor transport environment culture treasury detective
  superintendent inspector constable commissioner`);

/** Capitalized words that start sentences but never names ("However", "Currently"). */
export const SENTENCE_OPENERS = words(`
  however nonetheless nevertheless meanwhile currently presently instead also still yet but and so then
  now today yesterday tonight later earlier internationally similarly moreover furthermore additionally
  indeed finally separately previously recently last on in at after before during since following while
  when as according although though despite amid under with without for from by to of the a an this
  that these those it its his her their our we they there here such many some all every each no not what
  who why how where which if unless because both either neither another other most more few several
  writing speaking asked speaking interviewed`);

/** Nationalities, places and other capitalized words that keep a run of capitals from being a person. */
export const NOT_PERSON = words(`
  israeli israelis iranian iranians palestinian palestinians american americans qatari egyptian
  jordanian lebanese syrian iraqi saudi turkish russian chinese british french german european europeans
  arab arabs muslim muslims jewish western eastern yemeni emirati ukrainian indian pakistani afghan
  kurdish christian democratic republican democrat democrats republicans
  u.s. us uk u.k. un u.n. eu israel iran gaza rafah palestine west bank tehran qatar doha egypt cairo
  jordan lebanon beirut syria damascus iraq baghdad yemen sanaa arabia riyadh turkey ankara russia
  moscow china beijing ukraine kyiv kiev washington london paris berlin france germany britain england
  america states united nations europe asia africa middle east strip jerusalem tel aviv vietnam senate
  congress knesset city street road sea river north south central southern northern occupied territories
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
  news id comment comments your you share read more video photo photos related home latest world
  politics opinion update advertisement subscribe copyright rights reserved file god allah islamic
  islam resistance revolution war day super website tv online press agency times`);

/** Capitals that, speaking on their own, stand for a government: "Israel said", "Washington says". */
export const GOVERNMENT_PLACES = words(`
  israel iran qatar egypt jordan lebanon syria iraq yemen turkey russia china ukraine washington tehran
  moscow beijing cairo doha ankara riyadh britain france germany u.s. us uk u.k.`);

/** Organizations known by name, with their kind; keys are lower case, words joined by one space. */
export const KNOWN_BODIES: Readonly<Record<string, SourceKind>> = lookupTable({
  hamas: 'organization',
  hezbollah: 'organization',
  'islamic jihad': 'organization',
  fatah: 'organization',
  un: 'organization',
  'u.n.': 'organization',
  'united nations': 'organization',
  unrwa: 'organization',
  who: 'organization',
  'world health organization': 'organization',
  unicef: 'organization',
  ocha: 'organization',
  nato: 'organization',
  eu: 'organization',
  'european union': 'organization',
  'red cross': 'organization',
  'red crescent': 'organization',
  'palestine red crescent society': 'organization',
  icrc: 'organization',
  'amnesty international': 'organization',
  'human rights watch': 'organization',
  'doctors without borders': 'organization',
  'reporters without borders': 'organization',
  'save the children': 'organization',
  'friends of the earth': 'organization',
  'world food programme': 'organization',
  'world food program': 'organization',
  wfp: 'organization',
  unhcr: 'organization',
  'international organization for migration': 'organization',
  iom: 'organization',
  'world bank': 'organization',
  imf: 'organization',
  'international monetary fund': 'organization',
  iaea: 'organization',
  opec: 'organization',
  unesco: 'organization',
  msf: 'organization',
  ansarullah: 'organization',
  houthis: 'organization',
  'arab league': 'organization',
  'security council': 'organization',
  'international court of justice': 'organization',
  icj: 'organization',
  icc: 'organization',
  'international criminal court': 'organization',
  'white house': 'government',
  'state department': 'government',
  pentagon: 'government',
  kremlin: 'government',
  'palestinian authority': 'government',
  cia: 'government',
  mossad: 'government',
  'shin bet': 'government',
  fbi: 'government',
  idf: 'military',
  irgc: 'military',
  'revolutionary guards': 'military',
  'israel defense forces': 'military',
  'qassam brigades': 'military',
  'al-qassam brigades': 'military',
});

/** Head nouns that say what kind of body a noun phrase names. Checked military first. */
export const MILITARY_HEADS = words('military army idf forces force navy brigades militia troops');
export const GOVERNMENT_HEADS = words(`
  government ministry ministries department administration cabinet police authorities office presidency
  parliament senate congress knesset embassy consulate intelligence`);
export const ORGANIZATION_HEADS = words(`
  organization organisation movement group committee council union association institute foundation
  party coalition charity ngo commission court tribunal federation league front alliance center centre
  agency campaign bank fund observatory bureau programme program service`);
export const OUTLET_HEADS = words(
  `outlet newspaper broadcaster channel website magazine daily network tv television radio paper publication
  tribune gazette herald chronicle courier sentinel examiner inquirer telegraph journal times post`,
);

/** Nouns that describe a person: "the Iranian analyst", "an official". */
export const PERSON_HEADS = words(`
  analyst diplomat official leader premier minister spokesman spokeswoman spokesperson expert source
  president senator lawmaker legislator commander general researcher professor author envoy ambassador
  journalist reporter correspondent scholar economist activist witness resident doctor medic negotiator
  mediator lawyer politician candidate chief director head editor columnist writer commentator observer
  strategist adviser advisor aide secretary ruler king prince cleric officer soldier commissioner rapporteur
  coordinator representative governor mayor sheriff prosecutor coroner judge rebel militant insurgent
  fighter protester demonstrator villager survivor rescuer volunteer paramedic nurse firefighter monitor
  organizer organiser campaigner planner`);

/** Particles that may stand, lower case, inside a name: "Mohammed bin Salman". */
export const NAME_PARTICLES = words('bin ibn bint abu al el de del della da di van von der den du la le');

/** Phrases that credit an outlet as the channel a person speaks through. */
export const VIA_LEADS: string[][] = [
  ['interview', 'with'],
  ['interview', 'to'],
  ['speaking', 'to'],
  ['speaking', 'with'],
  ['told'],
  ['writing', 'in'],
  ['writing', 'for'],
  ['article', 'in'],
  ['article', 'for'],
  ['op-ed', 'in'],
  ['op-ed', 'for'],
  ['column', 'in'],
  ['column', 'for'],
  ['remarks', 'to'],
  ['comments', 'to'],
];
