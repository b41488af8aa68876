// The attributions of one unit (a sentence, or sentences a quotation holds together): "according to
// X", the speaker of its first reporting cue (before it, behind an appositive, or inverted after it),
// a "Writing in Foreign Affairs, X …" lead, and the outlet a speaker talks through. What earlier
// units named comes from the SourceBook, which this reader also keeps up to date.
import type { OutletProfile } from '../types';
import type { Token } from './attribution-tokens';
import type { AttributionUnit } from './attribution-units';
import {
  AUXILIARIES,
  DETERMINERS,
  MODALS,
  PERSON_HEADS,
  REPORTING_BASE_FORMS,
  REPORTING_VERBS,
  SENTENCE_OPENERS,
  STATEMENT_NOUNS,
  TITLES,
  VIA_LEADS,
} from './attribution-lexicon';
import { phraseAfter, phraseBefore, phraseText, readMention, type Mention, type Range } from './noun-phrase';
import type { Entity, SourceBook } from './source-book';
import type { FigureMention } from './figure-mentions';

/** A cue found in a unit, with the entity it credits. */
export interface Attribution {
  entity: Entity;
  cue: string;
  /** Credited with the unit's quotations (the speaker of a reporting verb). */
  speaker: boolean;
  /** The token of the unit where its cue stands, which places it in one of the unit's clauses. */
  at?: number;
}

/** Words before "expected" that make it no forecast of the subject's: "is expected", "than expected". */
const NOT_BEFORE_EXPECTED = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'than', 'as', 'not', 'widely']);

/** A verb right after a participle that makes the participle describe the noun before it. */
const COPULAS_AFTER = new Set(['is', 'are', 'was', 'were']);

/** Forms of "be" that make a reporting participle after them a passive. */
const PASSIVE_BEFORE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Verbs of saying that are as often plural nouns. */
const NOUNS_TOO = new Set(['estimates', 'reports', 'claims', 'notes']);
/** Words after which they are nouns: "estimates of", "reports from", "reports put the toll at". */
const NOUN_AFTER = new Set([
  'of',
  'from',
  'by',
  'put',
  'show',
  'showed',
  'suggest',
  'say',
  'said',
  'indicate',
  'were',
  'are',
  'fell',
  'rose',
  'grew',
  'have',
  'had',
  'remain',
  'hit',
]);
/** Adjectives before which they are nouns: "initial estimates", "latest reports". */
const REPORT_ADJECTIVES = new Set([
  'initial',
  'latest',
  'preliminary',
  'official',
  'new',
  'early',
  'earlier',
  'recent',
  'provisional',
  'unofficial',
  'local',
  'media',
  'news',
]);

/** Participles after which "by" names who made a report: "information presented by the CDC". */
const MADE_BY = new Set([
  'presented',
  'conducted',
  'compiled',
  'released',
  'published',
  'commissioned',
  'issued',
  'provided',
]);

/** Participles after which "by" names who asked, not who spoke: "economists polled by Reuters". */
const POLLED = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'consulted', 'asked']);

/** Words that open a clause of their own inside a sentence: "…, while officials insist that…". */
const CLAUSE_LINKS = new Set(['while', 'whereas', 'but']);
/** "all but", "anything but": "but" inside a phrase. */
const NOT_CLAUSE_BUT = new Set(['all', 'anything', 'nothing', 'everything', 'not', 'last', 'none']);
/** Words that open a sentence with a clause ended by its first comma: "While officials said…, rebels…". */
const LEADING_SUBORDINATORS = new Set(['while', 'whereas', 'although', 'though']);

const VIA_FIRST_WORDS = new Set(VIA_LEADS.map((lead) => lead[0]!));
const ADD_VERBS = new Set(['added', 'adds', 'add']);
const TIME_UNITS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Verbs that give a count as someone's own: "put the death toll at", "placed the number at". */
const TALLY_VERBS = new Set(['put', 'puts', 'placed', 'places']);
const TALLY_NOUNS = new Set(['toll', 'number', 'figure', 'tally', 'count', 'total']);
const MAX_APPOSITIVE = 25;
const MAX_INTRO = 20;
const REPORT_NOUNS = new Set([
  'information',
  'report',
  'reports',
  'statement',
  'data',
  'figures',
  'estimate',
  'estimates',
  'study',
  'survey',
  'tally',
  'count',
  'sources',
  'statistics',
  'numbers',
  'projections',
  'records',
  'analysis',
  'results',
]);

/** Reads one unit; the book carries what earlier units named. */
export class UnitReader {
  constructor(
    /** The whole analysed text: token offsets point into it. */
    private readonly text: string,
    private readonly unit: AttributionUnit,
    private readonly at: number,
    private readonly book: SourceBook,
    private readonly profiles: OutletProfile[],
  ) {}

  private get tokens(): Token[] {
    return this.unit.tokens;
  }

  private mention(range: Range | null): Mention | null {
    return range ? readMention(this.text, this.tokens, range, this.profiles, this.book.isCompany) : null;
  }

  /** The entity a mention stands for; `create` false only looks up (for salience, not citation). */
  resolve(mention: Mention | null, create: boolean): { entity: Entity; description: string | null } | null {
    if (!mention) return null;
    const { book, at } = this;
    switch (mention.type) {
      case 'pronoun':
        return book.salient ? { entity: book.salient, description: null } : null;
      case 'person': {
        const entity = book.person(mention.name, mention.parts, at, create || mention.parts > 1);
        if (entity && mention.titles) book.describe(entity, mention.titles);
        return entity ? { entity, description: null } : null;
      }
      case 'body': {
        if (!create && !mention.named) return null;
        const entity = book.body(mention.kind, mention.name, mention.head, mention.named, at, mention.bare === true);
        return { entity, description: mention.named ? null : mention.text };
      }
      case 'outlet': {
        if (!create && !mention.named) return null;
        const entity = book.outlet(mention.name, mention.profile, mention.named, at);
        return { entity, description: mention.named ? null : mention.text };
      }
      case 'description': {
        const known = mention.plural ? null : book.described(mention.head);
        if (known) return { entity: known, description: mention.text };
        if (!create) return null;
        return { entity: book.unnamed(mention.text, mention.plural ? null : mention.head, at), description: null };
      }
    }
  }

  /** Resolves and records a description found with the mention. */
  private resolveAndDescribe(mention: Mention | null, create = true): Entity | null {
    const found = this.resolve(mention, create);
    if (!found) return null;
    if (found.description) this.book.describe(found.entity, found.description);
    return found.entity;
  }

  private word(i: number): Token | null {
    const t = this.tokens[i];
    return t && t.type === 'word' && !t.quoted ? t : null;
  }

  /** Registers the people, outlets and organizations the unit names, and appositives describing people. */
  noteMentions(): void {
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!(t.type === 'word' && !t.quoted && t.cap)) {
        i++;
        continue;
      }
      let j = i + 1;
      // "Bureau of Labor Statistics", "Customs and Border Protection": "of", "for" and "and" between capitals.
      const joins = (k: number) => {
        const w = this.word(k)?.lower;
        return (w === 'of' || w === 'for' || w === 'and') && !!this.word(k + 1)?.cap;
      };
      while (j < tokens.length && j - i < 8 && (this.word(j)?.cap || joins(j)) && !tokens[j - 1]!.possessive) j++;
      const mention = this.mention({ start: i, end: j });
      if (mention?.type === 'outlet' && mention.named) this.book.outlet(mention.name, mention.profile, true, this.at);
      else if (mention?.type === 'body' && mention.named && mention.kind === 'organization' && !mention.bare) {
        this.book.body(mention.kind, mention.name, mention.head, true, this.at);
      } else if (mention?.type === 'person' && mention.parts > 1) {
        const person = this.resolveAndDescribe(mention, true);
        const appositive = person ? this.appositiveAfter(j) : null;
        if (person && appositive) this.book.describe(person, appositive);
      }
      i = j;
    }
  }

  /** ", a former senior U.S. diplomat specializing in the Middle East," after token `i`, without its commas. */
  private appositiveAfter(i: number): string | null {
    const { tokens } = this;
    if (tokens[i]?.text !== ',' || tokens[i]!.quoted) return null;
    const first = this.word(i + 1);
    if (!first || !(first.lower === 'a' || first.lower === 'an' || first.lower === 'the')) return null;
    for (let k = i + 2; k < tokens.length && k - i <= MAX_APPOSITIVE; k++) {
      const t = tokens[k]!;
      if (t.type === 'quote' || t.quoted) return null;
      if (t.text === ',') return this.slice(i + 1, k);
      if (t.type === 'punct' && t.text !== '-' && t.text !== '–') return null;
    }
    return null;
  }

  private slice(start: number, end: number): string {
    return phraseText(this.text, this.tokens, { start, end });
  }

  /** "according to X" (and "according to a report by X"). */
  private accordingTo(): Attribution[] {
    const { tokens } = this;
    const found: Attribution[] = [];
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (this.word(i)?.lower !== 'according' || this.word(i + 1)?.lower !== 'to') continue;
      let range = phraseAfter(tokens, i + 2, tokens.length);
      // "information presented by the CDC", "a count conducted by the institute": past the participle.
      const made = range ? this.word(range.end) : null;
      if (range && made && MADE_BY.has(made.lower) && this.word(range.end + 1)?.lower === 'by')
        range = { start: range.start, end: range.end + 1 };
      const by = range ? this.word(range.end) : null;
      // "a report by the UN", "figures released Wednesday by Customs and Border Protection": the author.
      const report = range ? this.reportNounIn(range) : -1;
      if (range && by && report >= 0 && (by.lower === 'by' || by.lower === 'from' || by.lower === 'of')) {
        range = phraseAfter(tokens, range.end + 1, tokens.length);
      } else if (range && report > range.start && tokens[report - 1]!.cap) {
        // "U.S. Customs and Border Protection data released Tuesday": the body whose data it is.
        range = { start: range.start, end: report };
      }
      const entity = this.resolveAndDescribe(this.mention(range));
      if (entity) found.push({ entity, cue: 'according to', speaker: false, at: i });
    }
    return found;
  }

  /**
   * The report noun of an "according to" phrase: its last word ("a report"), or its first after any
   * determiner when participles and a day follow ("figures released Wednesday"), or one after a name
   * ("U.S. Customs and Border Protection data"); -1 when there is none.
   */
  private reportNounIn(range: Range): number {
    const { tokens } = this;
    for (let k = range.start; k < range.end; k++) if (REPORT_NOUNS.has(tokens[k]!.lower) && !tokens[k]!.cap) return k;
    return -1;
  }

  /** The reporting cue starting at token i: its words and where it ends, or null. */
  private cueAt(i: number): { cue: string; end: number } | null {
    const t = this.word(i);
    if (!t || t.cap) return null;
    const before = this.word(i - 1)?.lower;
    // "the alleged gunman", "a reported attack": after a determiner the word is an adjective.
    if (before && DETERMINERS.has(before)) return null;
    // "employers added 428,000 jobs": "add" with an object adds it; it reports only before "that", a
    // quotation or a stop ("she added.", "he added that…").
    if (ADD_VERBS.has(t.lower)) {
      const after = this.tokens[i + 1];
      if (after && after.type === 'word' && !after.quoted && after.lower !== 'that') return null;
    }
    // "Initial estimates of the damage", "Latest reports put the toll at": plural nouns, not verbs.
    // "Jobless claims fell by 9,000": a verb of change after it, too.
    const after = this.word(i + 1)?.lower ?? '';
    if (
      NOUNS_TOO.has(t.lower) &&
      (NOUN_AFTER.has(after) || /[^e]ed$/.test(after) || REPORT_ADJECTIVES.has(before ?? ''))
    )
      return null;
    if (REPORTING_VERBS.has(t.lower)) {
      // "to" makes it an infinitive ("reluctant to admit defeat"), not a report; "the rates announced
      // were:" a participle that describes its noun, before the verb.
      if (before === 'to' || (t.lower.endsWith('ed') && COPULAS_AFTER.has(this.word(i + 1)?.lower ?? ''))) return null;
      // "Clashes were reported over food drops": a passive reports its subject; only "by" would say who.
      if (t.lower.endsWith('ed') && PASSIVE_BEFORE.has(before ?? '') && this.word(i + 1)?.lower !== 'by') return null;
      return { cue: t.lower, end: i + 1 };
    }
    if (REPORTING_BASE_FORMS.has(t.lower)) {
      if (before === 'to') return null;
      // "officials say", "will confirm", "charities estimate that…".
      if (
        t.lower === 'say' ||
        t.lower === 'tell' ||
        (before && MODALS.has(before)) ||
        this.word(i + 1)?.lower === 'that'
      )
        return { cue: t.lower, end: i + 1 };
      return null;
    }
    const next = this.word(i + 1)?.lower;
    if (t.lower === 'made' || t.lower === 'makes' || t.lower === 'make') {
      for (let k = i + 1; k <= i + 3; k++) {
        const w = this.word(k);
        if (!w || w.cap) return null;
        if (STATEMENT_NOUNS.has(w.lower)) return { cue: this.slice(i, k + 1), end: k + 1 };
      }
      return null;
    }
    if (t.lower === 'drew' && (next === 'parallels' || next === 'parallel' || next === 'a'))
      return { cue: 'drew parallels', end: i + 2 };
    if (t.lower === 'pointed' && next === 'out') return { cue: 'pointed out', end: i + 2 };
    // "A report by X put the death toll at 45,000", "officials placed the number of dead at 300".
    if (TALLY_VERBS.has(t.lower) && (next === 'the' || next === 'its' || next === 'their')) {
      let k = i + 2;
      if (this.word(k)?.lower === 'death' || this.word(k)?.lower === 'overall') k++;
      if (TALLY_NOUNS.has(this.word(k)?.lower ?? ''))
        return { cue: `${t.lower} the ${this.word(k)!.lower} at`, end: i + 1 };
    }
    // "economists had expected a rise of 2.9%": a forecast, its authors' own; not "is expected to", "than expected".
    if (t.lower === 'expected' && next !== 'to' && !NOT_BEFORE_EXPECTED.has(before ?? ''))
      return { cue: 'expected', end: i + 1 };
    if (t.lower === 'quoted' && next === 'as' && this.word(i + 2)?.lower === 'saying')
      return { cue: 'quoted as saying', end: i + 3 };
    return null;
  }

  /** Who speaks through the reporting cue at token i: the subject before it, an appositive subject, or an inverted one after it. */
  private speakerOf(i: number, cue: { cue: string; end: number }): Entity | null {
    const { tokens } = this;
    let j = i;
    for (let skipped = 0; skipped < 4 && j > 0; skipped++) {
      const w = this.word(j - 1);
      if (!w || !(AUXILIARIES.has(w.lower) || (!w.cap && w.lower.length > 4 && w.lower.endsWith('ly')))) break;
      j--;
    }
    j = this.beforeTime(j);
    // "the California Department of Forestry and Fire Protection (CalFire) said": past the short form.
    if (tokens[j - 1]?.text === ')' && !tokens[j - 1]!.quoted) {
      for (let k = j - 2; k >= 0 && k >= j - 6; k--) {
        if (tokens[k]!.text !== '(') continue;
        if (this.word(k - 1)) j = k;
        break;
      }
    }
    // "Fed Chair Jerome Powell, 70, said": past an age between commas.
    if (
      tokens[j - 1]?.text === ',' &&
      tokens[j - 3]?.text === ',' &&
      /^\d{1,3}$/.test(tokens[j - 2]?.text ?? '') &&
      !tokens[j - 2]!.quoted &&
      this.word(j - 4)
    )
      j -= 3;
    const prev = tokens[j - 1];
    // "it said", "they said": the body (or group) cited last.
    if (prev && prev.type === 'word' && !prev.quoted && (prev.lower === 'it' || prev.lower === 'they')) {
      return prev.lower === 'it' ? this.book.lastBody : this.book.lastGroup;
    }
    if (prev && prev.type === 'word' && !prev.quoted) {
      let range = phraseBefore(tokens, j, 0);
      // "Economists polled by the Journal had expected": those polled, not the pollster; but "one in 10
      // economists surveyed by NABE expects" is the survey's finding.
      if (range && this.word(range.start - 1)?.lower === 'by' && POLLED.has(this.word(range.start - 2)?.lower ?? '')) {
        const polled = phraseBefore(tokens, range.start - 2, 0);
        const counted = (k: number) => !!tokens[k] && (/\d/.test(tokens[k]!.text) || tokens[k]!.lower === 'in');
        if (polled && !counted(polled.start) && !counted(polled.start - 1)) range = polled;
      }
      return this.resolveAndDescribe(this.mention(range));
    }
    if (prev?.text === ',' && !prev.quoted) {
      const subject = this.appositiveSubject(j - 1) ?? this.nameBetweenCommas(j - 1) ?? this.relativeSubject(j - 1);
      if (subject) return subject;
    }
    // Inverted: "…,” said Moghaddam", "…, says an analyst". "told" is followed by its listener instead.
    if (cue.cue === 'told' || cue.cue === 'tells') return null;
    return this.resolveAndDescribe(this.mention(phraseAfter(tokens, cue.end, tokens.length)));
  }

  /**
   * Where a subject ends before a time between it and its verb ("a report by X earlier this week put",
   * "the ministry on Monday said"): the start of that time, or `j` when there is none.
   */
  private beforeTime(j: number): number {
    const w = (k: number) => this.word(k)?.lower ?? '';
    const last = w(j - 1);
    if (TIME_UNITS.has(last) && (w(j - 2) === 'this' || w(j - 2) === 'last')) {
      const k = j - 2;
      return w(k - 1) === 'earlier' || w(k - 1) === 'later' ? k - 1 : k;
    }
    if (WEEKDAYS.has(last) && w(j - 2) === 'on') return j - 2;
    if (last === 'yesterday' || last === 'today') return j - 1;
    return j;
  }

  /** "…, its governor, Filip Pronin, said": a person's name alone between two commas, the one ending at `c`. */
  private nameBetweenCommas(c: number): Entity | null {
    const { tokens } = this;
    let k = c - 1;
    while (k >= 0 && c - k <= 5 && this.word(k)?.cap) k--;
    if (k < 0 || k === c - 1 || tokens[k]!.text !== ',' || tokens[k]!.quoted) return null;
    const mention = this.mention({ start: k + 1, end: c });
    return mention?.type === 'person' && mention.parts > 1 ? this.resolveAndDescribe(mention) : null;
  }

  /**
   * "The Observatory, which documents the conflict through activists, said": the subject before a
   * relative clause that ends at comma `c`.
   */
  private relativeSubject(c: number): Entity | null {
    const { tokens } = this;
    for (let k = c - 1; k > 0 && c - k <= MAX_APPOSITIVE; k--) {
      const t = tokens[k]!;
      if (t.type === 'quote' || t.quoted) return null;
      if (t.text !== ',') continue;
      const first = this.word(k + 1)?.lower;
      if (first !== 'which' && first !== 'who') return null;
      const mention = this.mention(phraseBefore(tokens, k, 0));
      if (!mention || mention.type === 'pronoun') return null;
      return this.resolveAndDescribe(mention);
    }
    return null;
  }

  /** "X, a Tehran-based analyst, said": the subject before an appositive that ends at comma `c`. */
  private appositiveSubject(c: number): Entity | null {
    const { tokens } = this;
    for (let k = c - 1; k > 0 && c - k <= MAX_APPOSITIVE; k--) {
      const t = tokens[k]!;
      if (t.type === 'quote' || t.quoted) return null;
      if (t.text !== ',') continue;
      const first = this.word(k + 1);
      if (!first || !(first.lower === 'a' || first.lower === 'an' || first.lower === 'the' || TITLES.has(first.lower)))
        return null;
      const mention = this.mention(phraseBefore(tokens, k, 0));
      if (!mention || mention.type === 'description' || mention.type === 'pronoun') return null;
      const entity = this.resolveAndDescribe(mention);
      if (entity && entity.kind === 'person') this.book.describe(entity, this.slice(k + 1, c));
      return entity;
    }
    return null;
  }

  /**
   * The first reporting cue of each clause that resolves to a speaker, in order: "The agency says 1.6
   * million have fled, while officials insist that…" cites both, each for its own clause.
   */
  private reportingVerbs(): Attribution[] {
    const found: Attribution[] = [];
    let clause = -1;
    for (let i = 0; i < this.tokens.length; i++) {
      if (this.clauseOf(i) === clause) continue;
      const cue = this.cueAt(i);
      if (!cue) continue;
      const entity = this.speakerOf(i, cue);
      if (entity) {
        found.push({ entity, cue: cue.cue, speaker: true, at: i });
        clause = this.clauseOf(i);
      }
      i = cue.end - 1;
    }
    return found;
  }

  private starts: number[] | null = null;

  /**
   * Where the unit's clauses start, as token indices in order, the first 0. A clause starts at "while",
   * "whereas" or "but", after a semicolon, at "and" or "or" after a comma, and after the first comma of
   * a unit that opens with "while" or "although". Quoted words start none.
   */
  private clauseStarts(): number[] {
    if (this.starts) return this.starts;
    const { tokens } = this;
    const starts = [0];
    const first = this.word(0)?.lower ?? '';
    let leading = LEADING_SUBORDINATORS.has(first);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.quoted) continue;
      if (t.text === ';' || (leading && t.text === ',')) {
        if (i + 1 < tokens.length) starts.push(i + 1);
        leading = false;
        continue;
      }
      const w = this.word(i);
      if (!w) continue;
      const before = tokens[i - 1]!;
      if (
        (CLAUSE_LINKS.has(w.lower) && !(w.lower === 'but' && NOT_CLAUSE_BUT.has(before.lower))) ||
        ((w.lower === 'and' || w.lower === 'or') && before.text === ',' && !before.quoted)
      )
        starts.push(i);
    }
    return (this.starts = starts);
  }

  private clauses: Int32Array | null = null;

  /** The clause token `i` is in. */
  clauseOf(i: number): number {
    if (!this.clauses) {
      const starts = this.clauseStarts();
      const clauses = new Int32Array(this.tokens.length);
      for (let c = 0, k = 0; k < clauses.length; k++) {
        while (c + 1 < starts.length && starts[c + 1]! <= k) c++;
        clauses[k] = c;
      }
      this.clauses = clauses;
    }
    return this.clauses[Math.max(0, Math.min(i, this.clauses.length - 1))] ?? 0;
  }

  /** The clause of the character at `offset` of the analysed text (that of the token it is in or before). */
  clauseAt(offset: number): number {
    const { tokens } = this;
    // The first token that ends after `offset`, found by halving: tokens are in text order.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return this.clauseOf(lo);
  }

  /** "Writing an article in Foreign Affairs on March 13, Dennis Ross, …": the subject after the lead clause. */
  private leadClause(): Attribution | null {
    const { tokens } = this;
    const first = this.word(0)?.lower;
    const lead =
      first === 'writing' || first === 'speaking'
        ? first
        : first === 'in' && this.word(2)?.lower === 'interview'
          ? 'in an interview'
          : null;
    if (!lead) return null;
    for (let k = 1; k < tokens.length && k <= MAX_INTRO; k++) {
      if (tokens[k]!.text !== ',' || tokens[k]!.quoted) continue;
      const entity = this.resolveAndDescribe(this.mention(phraseAfter(tokens, k + 1, tokens.length)));
      return entity ? { entity, cue: lead, speaker: true } : null;
    }
    return null;
  }

  /** The outlet a speaker talks through: "told the Press TV website", "in an interview with…", "writing in Foreign Affairs". */
  via(): string | null {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const first = this.word(i)?.lower;
      if (!first || !VIA_FIRST_WORDS.has(first)) continue;
      for (const lead of VIA_LEADS) {
        let k = 0;
        while (k < lead.length && this.word(i + k)?.lower === lead[k]) k++;
        if (k < lead.length) continue;
        const range = phraseAfter(tokens, i + k, tokens.length);
        const mention = this.mention(range);
        if (range && mention?.type === 'outlet' && (mention.named || mention.profile)) {
          const text = this.slice(range.start, range.end);
          return text.replace(/^the\s+/, '');
        }
      }
    }
    return null;
  }

  /**
   * All attributions of the unit: "according to" sources and the speaker of each clause's reporting
   * cue (or of a "Writing in …," lead), each entity once, at its first cue.
   */
  attributions(): Attribution[] {
    const found = this.accordingTo();
    const speakers = this.reportingVerbs();
    if (speakers.length === 0) {
      const lead = this.leadClause();
      if (lead) speakers.push({ ...lead, at: 0 });
    }
    this.claims = [...found, ...speakers].map((a) => ({ entity: a.entity, clause: this.clauseOf(a.at ?? 0) }));
    this.according = found.find((a) => a.cue === 'according to')?.entity ?? null;
    for (const speaker of speakers) if (!found.some((a) => a.entity === speaker.entity)) found.push(speaker);
    return found;
  }

  /** Who `attributions` found in which clause. */
  private claims: Array<{ entity: Entity; clause: number }> = [];
  /** Who the unit's first "according to" names: it speaks for the clauses that cite nobody. */
  private according: Entity | null = null;

  /**
   * Who each clause's figures go with: those it cites; in a clause that cites nobody, who the unit's
   * "according to" names ("Cases have grown to 704, and the state has declared…, according to the
   * CDC"), else those of the nearest clause before it that cites someone ("officials said 40 died, and
   * 12 were hurt"), else of the nearest after it. One pass each way.
   */
  private owners(): Entity[][] {
    const n = this.clauseStarts().length;
    const own: Entity[][] = Array.from({ length: n }, () => []);
    for (const claim of this.claims) own[claim.clause]!.push(claim.entity);
    const out: Entity[][] = new Array(n);
    let before: Entity[] = [];
    for (let c = 0; c < n; c++) {
      if (own[c]!.length) before = own[c]!;
      out[c] = own[c]!.length ? own[c]! : this.according ? [this.according] : before;
    }
    let after: Entity[] = [];
    for (let c = n - 1; c >= 0; c--) {
      if (own[c]!.length) after = own[c]!;
      else if (out[c]!.length === 0) out[c] = after;
    }
    return out;
  }

  /** The figures each entity `attributions` found is cited for: those of the clauses it speaks for. */
  figuresOf(mentions: readonly FigureMention[]): Map<Entity, string[]> {
    const out = new Map<Entity, string[]>();
    for (const claim of this.claims) if (!out.has(claim.entity)) out.set(claim.entity, []);
    const owners = this.owners();
    for (const mention of mentions) {
      for (const entity of owners[this.clauseAt(this.unit.start + mention.index)]!) {
        const list = out.get(entity)!;
        if (!list.includes(mention.text)) list.push(mention.text);
      }
    }
    return out;
  }

  /** The spans of the text each entity `attributions` found speaks for: its clauses and those it carries. */
  spansOf(): Map<Entity, Array<[number, number]>> {
    const out = new Map<Entity, Array<[number, number]>>();
    const starts = this.clauseStarts();
    const owners = this.owners();
    for (let c = 0; c < starts.length; c++) {
      const from = c === 0 ? this.unit.start : this.tokens[starts[c]!]!.start;
      const to = c + 1 < starts.length ? this.tokens[starts[c + 1]!]!.start : this.unit.end;
      for (const entity of owners[c]!) {
        const spans = out.get(entity) ?? [];
        const lastSpan = spans[spans.length - 1];
        if (lastSpan && lastSpan[1] === from) lastSpan[1] = to;
        else spans.push([from, to]);
        out.set(entity, spans);
      }
    }
    return out;
  }

  /**
   * The named body the unit opens with as its subject ("Russia's Central Bank on Friday raised…"),
   * which a next sentence's "it said" means. Noted, not cited.
   */
  subjectBody(): Entity | null {
    const start = this.afterDateline();
    const first = this.word(start);
    if (!first || !first.cap) return null;
    const range = phraseAfter(this.tokens, start, this.tokens.length);
    if (!range) return null;
    // The longest phrase that is a body and ends with a capital: "Russia's Central Bank", not "Russia's Central".
    for (let end = Math.min(range.end, start + 6); end > start; end--) {
      const mention = this.mention({ start, end });
      if ((mention?.type === 'body' || mention?.type === 'outlet') && this.tokens[end - 1]!.cap)
        return this.resolveAndDescribe(mention);
    }
    return null;
  }

  /** Where the unit's own words start after a dateline: "MOSCOW (AP) — Russia's…" starts at "Russia's". */
  private afterDateline(): number {
    const { tokens } = this;
    const first = this.word(0);
    if (!first || first.text !== first.text.toUpperCase() || first.text.length < 3) return 0;
    for (let k = 1; k < tokens.length && k <= 8; k++) {
      const t = tokens[k]!;
      if (t.text === '—' || t.text === '–' || t.text === '-' || t.text === '--') return k + 1;
    }
    return 0;
  }

  /** The person the unit is about, when it opens with one ("Chuck Schumer, …, has also offered"). */
  subjectPerson(): Entity | null {
    const { tokens } = this;
    let start = 0;
    const first = this.word(0);
    if (!first) return null;
    if (!DETERMINERS.has(first.lower) && SENTENCE_OPENERS.has(first.lower) && !PERSON_HEADS.has(first.lower)) {
      let k = 1;
      while (k < tokens.length && k <= MAX_INTRO && tokens[k]!.text !== ',') k++;
      if (k >= tokens.length || k > MAX_INTRO) return null;
      start = k + 1;
    }
    const range = phraseAfter(tokens, start, tokens.length);
    if (!range) return null;
    for (let end = Math.min(range.end, start + 6); end > start; end--) {
      const mention = this.mention({ start, end });
      if (!mention || mention.type === 'body' || mention.type === 'outlet') continue;
      const found = this.resolve(mention, false);
      if (found?.entity.kind === 'person') return found.entity;
    }
    return null;
  }
}
