// Words too common to say what a text is about: dropped from terms (never from shingles, where the
// exact wording is the point). One list per language, used for the text's own language only: the
// merged list made English lose "war", "die" and "hat" to German and "son" to French.
// The lists hold the function words of each language (articles, pronouns, prepositions,
// conjunctions, auxiliaries) written for this project; they also tell the Latin-script languages
// apart (lib/text/language.ts). Written as a reader types them: they are folded as tokens are
// (accents dropped, lower case) when loaded.
import { normalizeWord } from './tokenize';

const ENGLISH = `a about above according across after afterwards again against ago all almost alone along already
also although always am among amongst an and another any anybody anyone anything anyway anywhere are
around as at away back be became because become becomes becoming been before beforehand behind being
below beside besides between beyond both but by can cannot could did do does doing done down due during
each eg either else elsewhere enough etc even ever every everyone everything everywhere except few
first for former formerly from further had has have having he hence her here hereafter hereby herein
hers herself him himself his how however i ie if in indeed instead into is it its itself just last
later latter least less let like made make many may me meanwhile might mine more moreover most mostly
much must my myself namely neither never nevertheless next no nobody none noone nor not nothing now
nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
per perhaps please put rather re said same say says see seem seemed seeming seems several she should
since so some somehow someone something sometime sometimes somewhere still such than that the their
theirs them themselves then thence there thereafter thereby therefore therein thereupon these they
this those though through throughout thru thus to together too toward towards under until up upon us
very via was we well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves also ago told tells telling get gets got s t
don't doesn't didn't isn't aren't wasn't weren't won't can't couldn't wouldn't shouldn't it's he's
she's they're we're i'm that's there's what's let's mr mrs ms dr
al`;
// ("al" is the Arabic article of transliterated names, "al-Rashid", "Salah al-Din": never a content word.)

const FRENCH = `le la les l' un une des du de d' et en est que qu' qui dans pour pas sur au aux avec ce c' cet cette
ces son sa ses il elle ils elles nous vous je j' tu on ne n' se s' plus par mais ou où été être sont a
ont leur leurs lui eux moi toi me m' te t' mon ma mes ton ta tes notre nos votre vos y dont donc car ni
si sans sous chez entre vers contre depuis pendant avant après selon lors comme aussi alors ainsi
encore déjà très peu tout toute tous toutes autre autres même mêmes quel quelle quels quelles
lequel laquelle lesquels auquel duquel cela ceci ça celui celle ceux celles ici là non oui était
étaient avait avaient sera seront serait seraient aura auront aurait auraient fait faire ont été
soit sont suis es sommes êtes ai as avons avez eu`;

const SPANISH = `el la los las lo un una unos unas de del al a y e o u ni que qué en es son era eran fue fueron ser
sido siendo estar está están estaba estaban estado ha han había habían hay he haber por para con
contra sin sobre entre hasta desde durante tras según ante bajo no se su sus le les me te nos os mi
mis tu tus él ella ellos ellas yo usted ustedes nosotros este esta estos estas ese esa esos esas
aquel aquella eso esto como más pero muy ya también cuando donde porque pues si sí todo toda todos
todas otro otra otros otras mismo misma cual cuales quien quienes cuyo cuya algo alguno algunos
algunas mucho muchos poco nada tanto además aunque mientras`;

const GERMAN = `der die das den dem des ein eine einer eines einem einen und oder aber sondern denn doch ist sind
war waren wird werden wurde wurden worden sein seine seiner seinem seinen hat haben hatte hatten
habe in im ins zu zum zur mit von vom auf aus bei nach vor über unter um durch für gegen ohne seit
bis während zwischen nicht kein keine keinen keinem keiner sich es sie er wir ich ihr ihm ihn ihnen
ihre ihrer ihrem ihren uns unser unsere man auch als an am wie noch nur schon so dass daß wenn weil
ob da dann damit dieser diese dieses diesem diesen jeder jede jedes alle allem allen aller alles
kann können konnte muss müssen soll sollte will wollen mehr sehr hier dort wo was wer welche
welcher welches mich mir dich dir du`;

const ITALIAN = `il lo la i gli le l' un uno una un' di del dello della dei degli delle dell' a al allo alla ai agli
alle all' da dal dallo dalla dai dagli dalle dall' in nel nello nella nei negli nelle nell' su sul
sullo sulla sui sugli sulle sull' con per tra fra e ed o ma anche che chi cui non si ci ne è era
erano sono stato stata stati essere ha hanno aveva avevano avere ho come dove quando perché più
molto già ancora dopo prima mentre secondo senza contro questo questa questi queste quello quella
quelli quelle suo sua suoi sue loro lui lei noi voi io tu mi ti gli tutto tutti tutta tutte
altro altri altra altre stesso stessa sia se d'`;

const PORTUGUESE = `o a os as um uma uns umas de do da dos das d' em no na nos nas ao aos à às por pelo pela pelos pelas
para com sem sobre entre até desde após contra e ou mas nem que se não é são era eram foi foram
ser sido estar está estão estava estavam há ter tem têm tinha tinham seu sua seus suas ele ela
eles elas eu você vocês nós lhe lhes me te mais muito muitos já ainda também quando onde como
porque pois este esta estes estas esse essa esses essas isso isto aquele aquela aquilo mesmo mesma
qual quais quem cujo todo toda todos todas outro outra outros outras segundo`;

const DUTCH = `de het een en of maar dat die dit deze der des van in op aan met voor door naar uit bij over om tot
tegen tussen zonder na onder sinds tijdens is zijn was waren wordt worden werd werden heeft hebben
had hadden ben bent zal zullen zou zouden kan kunnen kon moet moeten wil niet geen ook nog al wel
dan als er hij zij ze wij we ik jij je u hem haar hun ons onze mijn zijn zich men wat wie waar hoe
waarom toen nu hier daar zo zeer veel meer iets niets alle alles ander andere omdat want dus toch
reeds zelf`;

const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас
для это этот эта эти их при также который которые после`;
const ARABIC = `في من على إلى الى عن مع أن ان إن هذا هذه ذلك التي الذي الذين كان كانت قد لا ما لم لن و او أو ثم
بين بعد قبل عند كل هو هي هم`;
const PERSIAN = `و در به از که این آن با را برای است بود شد می هم تا یک یا بر نیز هر اما اگر ها های شده کرد
خود او ما شما آنها`;

/** The languages with a list, by their BCP 47 primary subtag. */
export const STOPWORD_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'ar', 'fa'] as const;
export type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

/** The languages written in the Latin script, whose lists tell them apart. */
export const LATIN_LANGUAGES: readonly StopwordLanguage[] = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'];

const LISTS: Record<StopwordLanguage, string> = {
  en: ENGLISH,
  fr: FRENCH,
  de: GERMAN,
  es: SPANISH,
  it: ITALIAN,
  pt: PORTUGUESE,
  nl: DUTCH,
  ru: RUSSIAN,
  ar: ARABIC,
  fa: PERSIAN,
};

/** The bit of each language in a word's mask. */
const BIT = new Map<string, number>(STOPWORD_LANGUAGES.map((language, i) => [language, 1 << i]));

/** For each stop word, the languages it is one in, as a bit mask. */
const MASKS = new Map<string, number>();
for (const language of STOPWORD_LANGUAGES) {
  for (const raw of LISTS[language].split(/\s+/)) {
    if (!raw) continue;
    const word = normalizeWord(raw);
    MASKS.set(word, (MASKS.get(word) ?? 0) | BIT.get(language)!);
  }
}

/**
 * The list for a text whose language is unknown ("und") or has no list of its own: English, the
 * language of most of the news the extension is used on, with the lists of the other scripts, whose
 * words cannot be mistaken for English ones. The other Latin-script lists are left out: their words
 * are English content words too ("war", "die", "hat", "son", "plus", "also").
 */
const UNDETERMINED = ['en', 'ru', 'ar', 'fa'].reduce((mask, language) => mask | BIT.get(language)!, 0);
/** Every list at once: for names, where a sentence's capitalized first word is dropped if it is a function word in any language. */
export const ANY_LANGUAGE = (1 << STOPWORD_LANGUAGES.length) - 1;

/** The list of a language (a BCP 47 tag such as "fr-CA", or "und"), as a mask to test words' masks against. */
export function stopwordList(language: string | null | undefined): number {
  const primary = (language ?? '').toLowerCase().split(/[-_]/)[0];
  return BIT.get(primary) ?? UNDETERMINED;
}

/** The languages a normalized token is a stop word in, as a bit mask (0 for none). */
export function stopwordMask(token: string): number {
  return MASKS.get(token) ?? 0;
}

/** The mask bit of one language's list. */
export function languageBit(language: StopwordLanguage): number {
  return BIT.get(language)!;
}

/**
 * Whether a normalized token is a stop word in the text's language (a BCP 47 tag, or a list from
 * `stopwordList`); without one, in the list for an unknown language (English and the non-Latin scripts).
 */
export function isStopword(token: string, language: string | number = 'und'): boolean {
  const list = typeof language === 'number' ? language : stopwordList(language);
  return (stopwordMask(token) & list) !== 0;
}
