// Fixture data for the mock connector: a Mehr News page republished from Tehran Times, with its
// related corpus articles, figures, sources, an outlet profile and a right-click lookup. Offsets are
// computed from the texts, so the reader's highlights line up as they would with the real engine.
import type { CorpusListing } from '../../lib/messages';
import type {
  Article,
  ArticleSummary,
  Figure,
  FigureLine,
  LookupResult,
  Match,
  OutletProfile,
  PageDigest,
  Source,
  TabReport,
} from '../../lib/types';

const PAGE_PARAGRAPHS = [
  'TEHRAN, Mar. 16 (MNA) – Israel has been making desperate attempts to crush the Palestinian resistance in the Gaza Strip since the regime launched war on the territory in early October.',
  'After more than 160 days of the war, Israel has failed to achieve its goal.',
  'Prime Minister Benjamin Netanyahu has vowed to continue the war until “total victory” over Hamas following the resistance movement’s military operation in southern Israel on October 7.',
  'During the Hamas military operation, more than 1,100 people were killed and roughly 250 were taken captive. Over 100 of them were released in a November deal.',
  'According to the Israeli military, close to 600 Israeli officers and soldiers have been killed. This includes nearly 250 Israeli troops who have lost their lives in ground battles with resistance fighters since October 27.',
  'More than 3,000 Israeli officers and soldiers have also been wounded.',
  'Hamas has presented a new ceasefire plan to end Israel’s war on Gaza. According to Al Jazeera, the proposal includes the release of Israeli captives in exchange for Palestinian prisoners, 100 of whom are serving life sentences.',
  'The proposal would be implemented in three phases, with each stage lasting 42 days.',
  'Israel has killed more than 31,000 Palestinians in Gaza over the past months. Currently, the majority of Gaza’s 2.4-million population has fled to Gaza’s southernmost city of Rafah to seek refuge from Israel’s brutal attacks.',
  'However, Netanyahu has said Israeli troops will enter Rafah. His regime claims the city is the last major Hamas stronghold.',
  'Ross said if Hamas is going to persist in Gaza, Netanyahu must come to terms with the fact that no victory in the territory can be total.',
  'First published by Tehran Times',
];

const PRESS_TV_PARAGRAPHS = [
  'The insistence on complete military withdrawal from Gaza by Hamas in ongoing truce talks with the Israeli regime has left Benjamin Netanyahu in a dangerous dilemma, says an analyst.',
  'In an interview with the Press TV website, Hossein Kana’ani Moghaddam, a Tehran-based West Asia affairs analyst, said the embattled Israeli premier has failed to secure the release of captives through both diplomacy and military means.',
  'He said the Gaza-based resistance group has conditioned the release of Israeli captives on complete cessation of the nearly seven-month-long genocidal onslaught on the coastal Palestinian territory.',
  'The Gaza health ministry says more than 34,500 Palestinians have been killed since October 7.',
  '“In the US, demonstrations have spread to at least 30 universities. This is reminiscent of the 1960s student movement against the American war in Vietnam,” he told the Press TV website.',
  'Moghaddam said the regime has failed to achieve any of its goals in Gaza, including the “elimination” of Hamas and the release of captives through military means.',
];

const PAGE_TEXT = PAGE_PARAGRAPHS.join('\n\n');

type FigureSpec = Omit<Figure, 'start' | 'end' | 'sentence'> & { sentence?: string };

/** A figure located in `text` by its words, with the sentence it stands in. */
function figureIn(text: string, spec: FigureSpec, from = 0): Figure {
  const start = text.indexOf(spec.text, from);
  const end = start + spec.text.length;
  const sentenceStart = Math.max(text.lastIndexOf('. ', start) + 2, text.lastIndexOf('\n', start) + 1, 0);
  const stop = text.slice(end).search(/[.!?](\s|$)/);
  const sentence = spec.sentence ?? text.slice(sentenceStart, stop < 0 ? text.length : end + stop + 1);
  return { ...spec, start, end, sentence };
}

const fig = (text: string, spec: Partial<FigureSpec> & { text: string; value: number }): Figure =>
  figureIn(text, {
    lower: null,
    upper: null,
    qualifier: null,
    unit: null,
    counts: null,
    event: null,
    source: 'no source given',
    ...spec,
  });

const PAGE_FIGURES: Figure[] = [
  fig(PAGE_TEXT, {
    text: 'more than 160 days',
    value: 160,
    lower: 160,
    qualifier: 'more than',
    unit: 'days',
    counts: 'days of the war',
  }),
  fig(PAGE_TEXT, {
    text: 'more than 1,100',
    value: 1100,
    lower: 1100,
    qualifier: 'more than',
    counts: 'people',
    event: 'killed',
  }),
  fig(PAGE_TEXT, {
    text: 'roughly 250',
    value: 250,
    lower: 200,
    upper: 300,
    qualifier: 'roughly',
    counts: 'people',
    event: 'taken captive',
  }),
  fig(PAGE_TEXT, {
    text: 'Over 100',
    value: 100,
    lower: 100,
    qualifier: 'over',
    counts: 'captives',
    event: 'released',
  }),
  fig(PAGE_TEXT, {
    text: 'close to 600',
    value: 600,
    upper: 600,
    qualifier: 'close to',
    counts: 'Israeli officers and soldiers',
    event: 'killed',
    source: 'Israeli military',
  }),
  fig(PAGE_TEXT, {
    text: 'nearly 250',
    value: 250,
    upper: 250,
    qualifier: 'nearly',
    counts: 'Israeli troops',
    event: 'killed',
    source: 'Israeli military',
  }),
  fig(PAGE_TEXT, {
    text: 'More than 3,000',
    value: 3000,
    lower: 3000,
    qualifier: 'more than',
    counts: 'Israeli officers and soldiers',
    event: 'wounded',
  }),
  fig(PAGE_TEXT, {
    text: '100',
    value: 100,
    counts: 'Palestinian prisoners',
    event: 'serving life sentences',
    source: 'Al Jazeera',
  }),
  fig(PAGE_TEXT, { text: '42 days', value: 42, unit: 'days', counts: 'each stage', source: 'Al Jazeera' }),
  fig(PAGE_TEXT, {
    text: 'more than 31,000',
    value: 31000,
    lower: 31000,
    qualifier: 'more than',
    counts: 'Palestinians',
    event: 'killed',
  }),
  fig(PAGE_TEXT, { text: '2.4-million', value: 2_400_000, counts: 'Gaza’s population' }),
];
// "100" first occurs inside "Over 100"; place the prisoners' figure where it really stands.
PAGE_FIGURES[7] = figureIn(PAGE_TEXT, { ...PAGE_FIGURES[7], sentence: undefined }, PAGE_TEXT.indexOf('100 of whom'));

const PAGE_SOURCES: Source[] = [
  {
    name: 'Israeli military',
    kind: 'military',
    cue: ['according to'],
    sentences: [
      'According to the Israeli military, close to 600 Israeli officers and soldiers have been killed.',
      'This includes nearly 250 Israeli troops who have lost their lives in ground battles with resistance fighters since October 27.',
    ],
    quotes: [],
    figures: ['close to 600', 'nearly 250'],
    via: null,
  },
  {
    name: 'Al Jazeera',
    kind: 'outlet',
    cue: ['according to'],
    sentences: [
      'According to Al Jazeera, the proposal includes the release of Israeli captives in exchange for Palestinian prisoners, 100 of whom are serving life sentences.',
      'The proposal would be implemented in three phases, with each stage lasting 42 days.',
    ],
    quotes: [],
    figures: ['100', '42 days'],
    descriptions: ['the Qatari-based news outlet'],
    via: null,
  },
  {
    name: 'Benjamin Netanyahu',
    kind: 'person',
    cue: ['has vowed', 'has said'],
    sentences: [
      'Prime Minister Benjamin Netanyahu has vowed to continue the war until “total victory” over Hamas following the resistance movement’s military operation in southern Israel on October 7.',
      'However, Netanyahu has said Israeli troops will enter Rafah.',
    ],
    quotes: ['total victory'],
    figures: [],
    descriptions: ['Prime Minister'],
    via: null,
  },
  {
    name: 'Dennis Ross',
    kind: 'person',
    cue: ['said'],
    sentences: [
      'Ross said if Hamas is going to persist in Gaza, Netanyahu must come to terms with the fact that no victory in the territory can be total.',
    ],
    quotes: [],
    figures: [],
    descriptions: ['a former senior U.S. diplomat'],
    via: 'Foreign Affairs',
  },
];

const PAGE: PageDigest = {
  url: 'https://en.mehrnews.com/news/213066/Resistance-shatters-Netanyahu-s-total-victory-dream',
  canonical: 'https://en.mehrnews.com/news/213066/Resistance-shatters-Netanyahu-s-total-victory-dream',
  title: 'Resistance shatters Netanyahu’s “total victory” dream',
  site: 'Mehr News Agency',
  byline: null,
  published: '2024-03-16T10:17',
  modified: null,
  language: 'en',
  originalPublisher: 'Tehran Times',
  basedOn: null,
  dateline: 'TEHRAN',
  section: 'Politics',
  text: PAGE_TEXT,
  readerable: true,
};

const PRESS_TV_TEXT = PRESS_TV_PARAGRAPHS.join('\n\n');

export const PRESS_TV_ARTICLE: Article = {
  id: 'a-presstv-dilemma',
  origin: 'bundled',
  title: 'Hamas’ stance, demands in truce talks leave Netanyahu in dilemma: Analyst',
  outlet: { name: 'Press TV', domain: 'presstv.ir', profileId: 'presstv' },
  originalPublisher: null,
  author: 'Alireza Hashemi',
  published: { iso: '2024-05-02', precision: 'day', text: 'May 2, 2024' },
  dateline: null,
  section: ['News', 'Conversations', 'Palestine'],
  outletArticleId: null,
  url: 'https://www.presstv.ir/Detail/2024/05/02/726204/hamas-stance-netanyahu-dilemma',
  language: 'en',
  paragraphs: PRESS_TV_PARAGRAPHS,
  figures: [
    fig(PRESS_TV_TEXT, {
      text: 'nearly seven-month-long',
      value: 7,
      upper: 7,
      qualifier: 'nearly',
      unit: 'months',
      counts: 'onslaught',
    }),
    fig(PRESS_TV_TEXT, {
      text: 'more than 34,500',
      value: 34500,
      lower: 34500,
      qualifier: 'more than',
      counts: 'Palestinians',
      event: 'killed',
      source: 'Gaza health ministry',
    }),
    fig(PRESS_TV_TEXT, {
      text: 'at least 30',
      value: 30,
      lower: 30,
      qualifier: 'at least',
      counts: 'universities',
      source: 'Hossein Kana’ani Moghaddam',
    }),
  ],
  sources: [
    {
      name: 'Hossein Kana’ani Moghaddam',
      kind: 'person',
      cue: ['said', 'told', 'says'],
      sentences: [
        'In an interview with the Press TV website, Hossein Kana’ani Moghaddam, a Tehran-based West Asia affairs analyst, said the embattled Israeli premier has failed to secure the release of captives through both diplomacy and military means.',
        'He said the Gaza-based resistance group has conditioned the release of Israeli captives on complete cessation of the nearly seven-month-long genocidal onslaught on the coastal Palestinian territory.',
        'Moghaddam said the regime has failed to achieve any of its goals in Gaza, including the “elimination” of Hamas and the release of captives through military means.',
      ],
      quotes: ['In the US, demonstrations have spread to at least 30 universities.'],
      figures: ['at least 30'],
      descriptions: ['a Tehran-based West Asia affairs analyst', 'the Iranian analyst'],
      via: 'Press TV website',
    },
    {
      name: 'Gaza health ministry',
      kind: 'government',
      cue: ['says'],
      sentences: ['The Gaza health ministry says more than 34,500 Palestinians have been killed since October 7.'],
      quotes: [],
      figures: ['more than 34,500'],
      via: null,
    },
  ],
  originRef: '003_d8affad2d3658da0.txt',
  corpusVersion: '2024.05.1',
  addedAt: 0,
};

export const TEHRAN_TIMES_ARTICLE: Article = {
  id: 'a-tehrantimes-total-victory',
  origin: 'bundled',
  title: 'Resistance shatters Netanyahu’s “total victory” dream',
  outlet: { name: 'Tehran Times', domain: 'tehrantimes.com', profileId: 'tehrantimes' },
  originalPublisher: null,
  author: null,
  published: { iso: '2024-03-15', precision: 'day', text: 'March 15, 2024' },
  dateline: 'TEHRAN',
  section: ['Politics'],
  outletArticleId: '495911',
  url: 'https://www.tehrantimes.com/news/495911/Resistance-shatters-Netanyahu-s-total-victory-dream',
  language: 'en',
  paragraphs: PAGE_PARAGRAPHS.slice(0, -1).map((p) => p.replace('TEHRAN, Mar. 16 (MNA) – ', 'TEHRAN – ')),
  figures: [],
  sources: PAGE_SOURCES,
  originRef: 'tehrantimes-495911.txt',
  corpusVersion: '2024.05.1',
  addedAt: 0,
};
{
  const text = TEHRAN_TIMES_ARTICLE.paragraphs.join('\n\n');
  TEHRAN_TIMES_ARTICLE.figures = PAGE_FIGURES.filter((f) => f.text !== '100').map((f) => figureIn(text, f));
}

export const ALMAYADEEN_ARTICLE: Article = {
  id: 'a-almayadeen-losses',
  origin: 'user',
  title: 'Al-Qassam Brigades say occupation losses far exceed official toll',
  outlet: { name: 'Al Mayadeen English', domain: 'english.almayadeen.net', profileId: null },
  originalPublisher: null,
  author: null,
  published: { iso: '2024-03-17T14:05', precision: 'minute', text: '17 Mar 2024 14:05' },
  dateline: null,
  section: [],
  outletArticleId: null,
  url: 'https://english.almayadeen.net/news/politics/al-qassam-losses',
  language: 'en',
  paragraphs: [
    'Al-Qassam Brigades said on Sunday that at least 1,400 Israeli officers and soldiers have been killed since the start of the ground operation.',
    'The Israeli military puts its own toll far lower, the Brigades spokesperson said.',
  ],
  figures: [],
  sources: [
    {
      name: 'Al-Qassam Brigades',
      kind: 'military',
      cue: ['said'],
      sentences: [
        'Al-Qassam Brigades said on Sunday that at least 1,400 Israeli officers and soldiers have been killed since the start of the ground operation.',
      ],
      quotes: [],
      figures: ['at least 1,400'],
      via: null,
    },
  ],
  originRef: 'almayadeen-losses.html',
  corpusVersion: null,
  addedAt: Date.UTC(2024, 3, 2),
};
ALMAYADEEN_ARTICLE.figures = [
  fig(ALMAYADEEN_ARTICLE.paragraphs.join('\n\n'), {
    text: 'at least 1,400',
    value: 1400,
    lower: 1400,
    qualifier: 'at least',
    counts: 'Israeli officers and soldiers',
    event: 'killed',
    source: 'Al-Qassam Brigades',
  }),
];

export const MOCK_ARTICLES: Article[] = [TEHRAN_TIMES_ARTICLE, PRESS_TV_ARTICLE, ALMAYADEEN_ARTICLE];

const MATCHES: Match[] = [
  {
    id: TEHRAN_TIMES_ARTICLE.id,
    title: TEHRAN_TIMES_ARTICLE.title,
    outlet: 'Tehran Times',
    published: '2024-03-15',
    relation: 'same-article',
    score: 0.93,
    shared: {
      terms: ['total victory', 'ceasefire plan', 'ground offensive'],
      names: ['Benjamin Netanyahu', 'Hamas', 'Rafah', 'Dennis Ross'],
      figures: ['more than 31,000', 'close to 600'],
    },
    daysApart: 1,
    overlap: 0.88,
    firstPublished: { by: 'Tehran Times', at: '2024-03-15', which: 'article' },
  },
  {
    id: ALMAYADEEN_ARTICLE.id,
    title: ALMAYADEEN_ARTICLE.title,
    outlet: 'Al Mayadeen English',
    published: '2024-03-17T14:05',
    relation: 'related',
    score: 0.41,
    shared: { terms: ['officers and soldiers', 'killed'], names: ['Israeli military'], figures: [] },
    daysApart: 1,
    overlap: 0.04,
    firstPublished: null,
  },
  {
    id: PRESS_TV_ARTICLE.id,
    title: PRESS_TV_ARTICLE.title,
    outlet: 'Press TV',
    published: '2024-05-02',
    relation: 'related',
    score: 0.28,
    shared: {
      terms: ['truce talks', 'release of captives'],
      names: ['Benjamin Netanyahu', 'Hamas', 'Rafah'],
      figures: [],
    },
    daysApart: 47,
    overlap: 0.02,
    firstPublished: null,
  },
];

const byText = (figures: Figure[], text: string): Figure => figures.find((f) => f.text === text)!;

const FIGURE_LINES: FigureLine[] = [
  {
    quantity: 'Israeli officers and soldiers killed',
    entries: [
      {
        figure: byText(TEHRAN_TIMES_ARTICLE.figures, 'close to 600'),
        articleId: TEHRAN_TIMES_ARTICLE.id,
        outlet: 'Tehran Times',
        date: '2024-03-15',
      },
      {
        figure: byText(PAGE_FIGURES, 'close to 600'),
        articleId: null,
        outlet: 'Mehr News Agency',
        date: '2024-03-16T10:17',
      },
      {
        figure: ALMAYADEEN_ARTICLE.figures[0],
        articleId: ALMAYADEEN_ARTICLE.id,
        outlet: 'Al Mayadeen English',
        date: '2024-03-17T14:05',
      },
    ],
    contradictions: [{ a: 1, b: 2, why: '“at least 1,400” is more than twice “close to 600”, one day apart' }],
  },
  {
    quantity: 'Palestinians killed',
    entries: [
      {
        figure: byText(TEHRAN_TIMES_ARTICLE.figures, 'more than 31,000'),
        articleId: TEHRAN_TIMES_ARTICLE.id,
        outlet: 'Tehran Times',
        date: '2024-03-15',
      },
      {
        figure: byText(PAGE_FIGURES, 'more than 31,000'),
        articleId: null,
        outlet: 'Mehr News Agency',
        date: '2024-03-16T10:17',
      },
      {
        figure: byText(PRESS_TV_ARTICLE.figures, 'more than 34,500'),
        articleId: PRESS_TV_ARTICLE.id,
        outlet: 'Press TV',
        date: '2024-05-02',
      },
    ],
    contradictions: [],
  },
];

function report(tabId: number, extra: Partial<TabReport>): TabReport {
  return {
    tabId,
    url: PAGE.url,
    state: 'ready',
    page: PAGE,
    matches: MATCHES,
    figures: PAGE_FIGURES,
    sources: PAGE_SOURCES,
    figureLines: FIGURE_LINES,
    corpusSize: 412,
    message: null,
    updatedAt: Date.UTC(2024, 2, 16, 10, 30),
    ...extra,
  };
}

const EMPTY = { page: null, matches: [], figures: [], sources: [], figureLines: [] };

/** Tab ids of the mock, one per state a person can meet: `popup.html?mock=1&tab=3`. */
export const MOCK_TABS = {
  ready: 12,
  reading: 1,
  notArticle: 2,
  unsupported: 3,
  error: 4,
  disabled: 5,
  nothing: 6,
  noMatches: 7,
} as const;

export const MOCK_REPORTS: Record<number, TabReport | null> = {
  [MOCK_TABS.ready]: report(MOCK_TABS.ready, {}),
  [MOCK_TABS.reading]: report(MOCK_TABS.reading, { ...EMPTY, state: 'reading', updatedAt: Date.now() }),
  [MOCK_TABS.notArticle]: report(MOCK_TABS.notArticle, {
    ...EMPTY,
    url: 'https://en.mehrnews.com/',
    state: 'not-article',
  }),
  [MOCK_TABS.unsupported]: report(MOCK_TABS.unsupported, {
    ...EMPTY,
    url: 'chrome://extensions/',
    state: 'unsupported',
  }),
  [MOCK_TABS.error]: report(MOCK_TABS.error, {
    ...EMPTY,
    state: 'error',
    message: 'The page stopped answering while it was being read.',
  }),
  [MOCK_TABS.disabled]: report(MOCK_TABS.disabled, {
    ...EMPTY,
    url: 'https://www.example.com/news/1',
    state: 'disabled',
    message: 'Reading Context reads pages only when you click.',
  }),
  [MOCK_TABS.nothing]: null,
  [MOCK_TABS.noMatches]: report(MOCK_TABS.noMatches, { matches: [], figureLines: [] }),
};

/** The report a tab shows once `read-tab` has finished. */
export const READ_REPORT = (tabId: number): TabReport => report(tabId, {});

export const MOCK_OUTLETS: OutletProfile[] = [
  {
    id: 'mehrnews',
    names: ['Mehr News Agency', 'MNA', 'Mehr'],
    domains: ['en.mehrnews.com', 'mehrnews.com'],
    country: { value: 'Iran', ref: 'https://en.wikipedia.org/wiki/Mehr_News_Agency' },
    ownership: { value: 'Islamic Development Organization', ref: 'https://en.wikipedia.org/wiki/Mehr_News_Agency' },
    affiliation: null,
    articleUrlPattern: {
      value: 'https://en.mehrnews.com/news/{id}/',
      ref: 'seeds/000_49ebc4d4ef1aa215.txt (News ID 213066)',
    },
    description: {
      value: 'Iranian news agency publishing in Persian, English and other languages.',
      ref: 'https://en.mehrnews.com/page/about',
    },
  },
  {
    id: 'tehrantimes',
    names: ['Tehran Times'],
    domains: ['tehrantimes.com'],
    country: { value: 'Iran', ref: 'https://en.wikipedia.org/wiki/Tehran_Times' },
    ownership: null,
    affiliation: null,
    articleUrlPattern: null,
    description: {
      value: 'English-language daily newspaper published in Tehran.',
      ref: 'https://en.wikipedia.org/wiki/Tehran_Times',
    },
  },
];

/** The [start, end) of `part` in `text`. */
function rangeOf(text: string, part: string): [number, number] {
  const at = text.indexOf(part);
  return [at, at + part.length];
}

export const MOCK_LOOKUP: LookupResult = {
  selection: 'close to 600 Israeli officers and soldiers have been killed',
  passages: [
    {
      articleId: TEHRAN_TIMES_ARTICLE.id,
      title: TEHRAN_TIMES_ARTICLE.title,
      outlet: 'Tehran Times',
      published: '2024-03-15',
      paragraph: 4,
      text: TEHRAN_TIMES_ARTICLE.paragraphs[4],
      highlights: [
        rangeOf(TEHRAN_TIMES_ARTICLE.paragraphs[4], 'close to 600 Israeli officers and soldiers have been killed'),
      ],
      score: 0.96,
    },
    {
      articleId: ALMAYADEEN_ARTICLE.id,
      title: ALMAYADEEN_ARTICLE.title,
      outlet: 'Al Mayadeen English',
      published: '2024-03-17T14:05',
      paragraph: 0,
      text: ALMAYADEEN_ARTICLE.paragraphs[0],
      highlights: [
        rangeOf(ALMAYADEEN_ARTICLE.paragraphs[0], 'Israeli officers and soldiers'),
        rangeOf(ALMAYADEEN_ARTICLE.paragraphs[0], 'been killed'),
      ],
      score: 0.52,
    },
  ],
  figures: [byText(PAGE_FIGURES, 'close to 600')],
  figureLines: [FIGURE_LINES[0]],
  sources: [PAGE_SOURCES[0]],
  at: Date.UTC(2024, 2, 16, 10, 40),
};

const SUMMARY_EXTRA: ArticleSummary[] = [
  ['Gaza ceasefire talks resume in Cairo as mediators press both sides', 'Al Jazeera', '2024-04-07'],
  ['UN Security Council adopts resolution demanding immediate ceasefire', 'UN News', '2024-03-25'],
  ['Israeli cabinet divided over Rafah operation', 'Times of Israel', '2024-03-20'],
  ['Aid convoys stuck at Rafah crossing for a second week', 'Reuters', '2024-03-12'],
  ['Students rally at 30 US campuses over Gaza war', 'Press TV', '2024-04-29'],
  ['Qatar says truce talks “stalling”', 'Al Jazeera', '2024-04-17'],
  ['Netanyahu vows to press on with Rafah offensive', 'Mehr News Agency', '2024-04-09'],
  ['Schumer calls for new elections in Israel', 'Tehran Times', '2024-03-14'],
  ['Hamas presents new ceasefire proposal in three phases', 'Al Mayadeen English', '2024-03-15'],
  ['Gaza health ministry: death toll passes 34,000', 'Press TV', '2024-04-20'],
  ['US intelligence: Israel will struggle to destroy Hamas', 'Tehran Times', '2024-03-12'],
  ['Biden’s criticism of Netanyahu grows sharper', 'Mehr News Agency', '2024-03-11'],
  ['European protests call for an end to arms sales to Israel', 'Press TV', '2024-04-26'],
  ['Analysis: what a Rafah ground offensive would mean', 'Al Jazeera', '2024-03-29'],
  ['Displaced families in Rafah brace for invasion', 'UN News', '2024-04-02'],
  ['Foreign Affairs essay: no total victory in Gaza', 'Tehran Times', '2024-03-13'],
  ['Egypt warns against Rafah incursion', 'Mehr News Agency', '2024-02-25'],
  ['Israeli army: close to 600 soldiers killed since October', 'Times of Israel', '2024-03-16'],
  ['Captive families protest outside Knesset', 'Times of Israel', null],
  ['Untitled import', null, null],
  ['Reconstruction of Gaza could take decades, UN report says', 'UN News', '2024-05-02'],
  ['Ceasefire plan: what is in the three-phase proposal', 'Al Jazeera', '2024-03-18'],
].map(([title, outlet, iso], i): ArticleSummary => ({
  id: `a-extra-${i}`,
  origin: i % 7 === 3 ? 'user' : 'bundled',
  title: title as string,
  outlet: outlet,
  author: null,
  published: iso ? { iso: iso as string, precision: 'day' as const, text: iso as string } : null,
  addedAt: Date.UTC(2024, 4, 1) + i * 1000,
}));

/** The corpus as the options page lists it: the articles above and a few more summaries. */
export const MOCK_SUMMARIES: ArticleSummary[] = [
  ...MOCK_ARTICLES.map((a) => ({
    id: a.id,
    origin: a.origin,
    title: a.title,
    outlet: a.outlet?.name ?? null,
    author: a.author,
    published: a.published,
    addedAt: a.addedAt,
  })),
  ...SUMMARY_EXTRA,
];

export const MOCK_LISTING_BASE: Omit<CorpusListing, 'articles' | 'total' | 'bundled' | 'user'> = {
  corpusVersion: '2024.05.1',
  bytesUsed: 3_870_000,
};
