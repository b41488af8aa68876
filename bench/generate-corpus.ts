// A deterministic generator of realistic-looking news articles for benchmarks: each article has a
// topic (its own names and vocabulary), about 600 words mixing real news sentences from a pool with
// synthetic sentences over the topic vocabulary and everyday words, a title, an outlet and a date.
// Pure (no file system), so the same module runs in Node and in the browser benchmark; pass the
// sentence pool (bench/sentence-pool.ts reads it from the seeds and fixtures in Node).
import type { Article } from '../lib/types';

/** mulberry32: a small, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FALLBACK_POOL = [
  'Officials said the talks would resume next week after a pause of several days.',
  'The ministry said more than 200 people had been affected by the decision.',
  'Analysts warned that the measures could have a lasting effect on the region.',
  'Residents described long queues outside the few shops that remained open.',
  'The company said its results for the quarter were better than expected.',
  'Opposition lawmakers called for an inquiry into how the contract was awarded.',
];

const EVERYDAY = `the a of to in and for on with as by at from that this which after before while during over
under between against about into through new said says year week month official government people city
country report plan deal talks minister president police court market company price prices rate growth
vote election team match season attack forces aid support pressure crisis agreement statement group
region border security health school water power energy workers families children women men local
national international public private major small large early late first last`.split(/\s+/);

const SYLLABLES = 'ka ra mo li ten sa vor nel ti dan qua rim bel os har zu pen lor mi gat ve ro sul fa ki'.split(' ');
const OUTLETS = [
  'Daily Ledger',
  'Morning Wire',
  'Harbor Post',
  'Capital Courier',
  'Evening Standard Times',
  'Valley Herald',
  'Global Desk',
  'Metro Chronicle',
];

interface Topic {
  words: string[];
  names: string[];
}

function pseudoWord(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

const capital = (w: string) => w[0].toUpperCase() + w.slice(1);

function makeTopics(rand: () => number, count: number): Topic[] {
  return Array.from({ length: count }, () => ({
    words: Array.from({ length: 40 }, () => pseudoWord(rand, 2 + Math.floor(rand() * 2))),
    names: Array.from({ length: 8 }, () => `${capital(pseudoWord(rand, 2))} ${capital(pseudoWord(rand, 3))}`),
  }));
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** A synthetic sentence of 12–24 words on a topic. */
function sentence(rand: () => number, topic: Topic): string {
  const length = 12 + Math.floor(rand() * 13);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const r = rand();
    if (r < 0.3) words.push(pick(rand, topic.words));
    else if (r < 0.36) words.push(pick(rand, topic.names));
    else if (r < 0.4) words.push(String(Math.floor(rand() * 5000)));
    else words.push(pick(rand, EVERYDAY));
  }
  words[0] = capital(words[0]);
  return words.join(' ') + '.';
}

/**
 * `n` articles, the same for the same `seed`: ~600 words each, about 40% of sentences from `pool`
 * (real news wording), the rest synthetic over one of n/25 topics (at least 20), so that related
 * articles exist for every topic and the vocabulary grows with the corpus as real news does.
 */
export function generateArticles(n: number, seed: number, pool: string[] = FALLBACK_POOL): Article[] {
  const rand = prng(seed);
  const topics = makeTopics(rand, Math.max(20, Math.floor(n / 25)));
  const sentences = pool.length ? pool : FALLBACK_POOL;
  const start = Date.UTC(2023, 0, 1);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const topic = pick(rand, topics);
    const paragraphs: string[] = [];
    let words = 0;
    const target = 450 + Math.floor(rand() * 300);
    while (words < target) {
      const parts: string[] = [];
      const count = 2 + Math.floor(rand() * 3);
      for (let s = 0; s < count; s++) parts.push(rand() < 0.4 ? pick(rand, sentences) : sentence(rand, topic));
      const paragraph = parts.join(' ');
      words += paragraph.split(' ').length;
      paragraphs.push(paragraph);
    }
    const day = new Date(start + Math.floor(rand() * 700) * 86_400_000).toISOString().slice(0, 10);
    const outlet = pick(rand, OUTLETS);
    out.push({
      id: `gen-${seed}-${i}`,
      origin: 'user',
      title: `${capital(pick(rand, topic.words))} ${pick(rand, EVERYDAY)} ${pick(rand, topic.names)} ${pick(rand, topic.words)}`,
      outlet: { name: outlet, domain: null, profileId: null },
      originalPublisher: null,
      author: null,
      published: { iso: day, precision: 'day', text: day },
      dateline: null,
      section: [],
      outletArticleId: null,
      url: null,
      language: 'en',
      paragraphs,
      figures: [],
      sources: [],
      originRef: null,
      corpusVersion: null,
      addedAt: 0,
    });
  }
  return out;
}

/** A 64-bit FNV-style hash as 16 hex digits, the shape of an article id (lib/corpus/content-id.ts). */
function hex64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 15), 0x2c1b3c6d) ^ h2;
  h2 = Math.imul(h2 ^ (h2 >>> 13), 0x297a2d39) ^ h1;
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Generated articles as a user's import stores them: an id shaped as the extension derives one (a hash
 * of the text, so ids arrive in no order, where `gen-42-7` ones arrive nearly sorted), an address at
 * the outlet, and the figures and sources a compiled article carries (`samples`: articles compiled by
 * the import's own compiler, lent round-robin for their stored size; nothing in a benchmark reads
 * them). Each of the three makes a stored record dearer than a bare generated one.
 */
export function asUserImport(articles: Article[], samples: Array<Pick<Article, 'figures' | 'sources'>>): Article[] {
  return articles.map((a, i) => {
    const id = `a${hex64(a.id)}`;
    const slug = a.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, 60);
    const host = (a.outlet?.name ?? 'news').toLowerCase().replace(/[^a-z0-9]+/g, '');
    const sample = samples.length ? samples[i % samples.length] : { figures: [], sources: [] };
    return {
      ...a,
      id,
      url: `https://www.${host}.example/${a.published?.iso.slice(0, 7).replace('-', '/') ?? 'news'}/${slug}-${id.slice(1, 7)}`,
      figures: sample.figures,
      sources: sample.sources,
    };
  });
}
