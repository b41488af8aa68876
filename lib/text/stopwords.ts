// Words too common to say what a text is about: dropped from terms (never from shingles, where the
// exact wording is the point). English in full; short lists for a few other languages of the news.

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
she's they're we're i'm that's there's what's let's mr mrs ms dr`;

const FRENCH = `le la les un une des du de et en est que qui dans pour pas sur au aux avec ce cette ces son sa ses
il elle ils elles nous vous je tu ne se plus par mais ou été être sont a ont leur leurs`;
const SPANISH = `el la los las un una unos unas de del y en es que por para con no se su sus al lo como más pero
ha han fue ser son este esta estos estas entre sobre`;
const GERMAN = `der die das den dem des ein eine einer eines und ist in im zu mit von auf für nicht sich es sie er
wir ich auch als an bei aus nach wie noch wird wurde sind war hat haben dass`;
const RUSSIAN = `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было
вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас
для это этот эта эти их при также который которые после`;
const ARABIC = `في من على إلى الى عن مع أن ان إن هذا هذه ذلك التي الذي الذين كان كانت قد لا ما لم لن و او أو ثم
بين بعد قبل عند كل هو هي هم`;
const PERSIAN = `و در به از که این آن با را برای است بود شد می هم تا یک یا بر نیز هر اما اگر ها های شده کرد
خود او ما شما آنها`;

const ALL = new Set([ENGLISH, FRENCH, SPANISH, GERMAN, RUSSIAN, ARABIC, PERSIAN].join(' ').split(/\s+/).filter(Boolean));

/** Whether a normalized token is a stop word in one of the known languages. */
export function isStopword(token: string): boolean {
  return ALL.has(token);
}
