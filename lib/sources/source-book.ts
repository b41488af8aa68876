// The entities a text names, as attribution meets them: one entry per person or body however it is
// written ("Dennis Ross", "Ross", "he"), which person a pronoun points to, and what each is cited for.
// Lookups are by key, so the cost per mention stays constant on long or hostile texts.
import { SOURCE_SPANS } from './source-spans';
import type { OutletProfile, Source, SourceKind } from '../types';
import { PERSON_HEADS } from './attribution-lexicon';

export interface Entity {
  key: string;
  name: string;
  kind: SourceKind;
  /** Words in a person's name: a one-word name may be the surname of a full name met later. */
  parts: number;
  /** The unit where it was first met. */
  seenAt: number;
  /** An indefinite description ("an analyst") waiting to meet the person it describes. */
  pendingHead: string | null;
  descriptions: string[];
  cues: string[];
  citations: Array<{ at: number; sentence: string; spans: ReadonlyArray<readonly [number, number]> }>;
  quotes: string[];
  figures: string[];
  via: string | null;
  mergedInto: Entity | null;
  /** Person nouns of its descriptions ("analyst"). */
  heads: Set<string>;
  /** Lower-cased values already in cues, quotes, figures and descriptions, for constant-time dedupe. */
  seen: Set<string>;
}

export interface Citation {
  at: number;
  sentence: string;
  cue: string | null;
  quotes: string[];
  figures: string[];
  /** The clauses of the text this citation speaks for: [start, end) offsets. */
  spans: ReadonlyArray<readonly [number, number]>;
  via: string | null;
}

/** Adds `value` to one of the entity's lists unless it is there already, case aside. */
function pushNew(entity: Entity, list: 'cues' | 'quotes' | 'figures' | 'descriptions', value: string): void {
  const key = `${list}\u0000${value.toLowerCase()}`;
  if (entity.seen.has(key)) return;
  entity.seen.add(key);
  entity[list].push(value);
}

function isUnnamed(entity: Entity): boolean {
  return entity.key.startsWith('unnamed:');
}

export class SourceBook {
  private readonly entities: Entity[] = [];
  private readonly byKey = new Map<string, Entity>();
  /** Surname → the person most recently named in full with it. */
  private readonly bySurname = new Map<string, Entity>();
  /** Description head ("analyst") → the person most recently described with it. */
  private readonly byHead = new Map<string, Entity>();
  /** Body head ("military") → the body most recently named with it. */
  private readonly bodyByHead = new Map<string, Entity>();
  /** The person a "he" or "she" now points to. */
  salient: Entity | null = null;
  lastOutlet: Entity | null = null;
  lastOrganization: Entity | null = null;
  /** The body last cited, which "it said" points to. */
  lastBody: Entity | null = null;
  /** The body or unnamed group last cited, which "they said" points to. */
  lastGroup: Entity | null = null;

  /** One-word names the text shows to be companies (company-names.ts), read as bodies, not people. */
  constructor(private readonly companies: ReadonlySet<string> = new Set()) {}

  /**
   * Whether a one-word name (lower case) is a company's: shown to be one by the text, and not the
   * surname of a person it has named ("Dr Faisal Shuaib … Shuaib said its success rests on…").
   */
  readonly isCompany = (word: string): boolean => this.companies.has(word) && !this.bySurname.has(word);

  private create(key: string, name: string, kind: SourceKind, parts: number, at: number): Entity {
    const entity: Entity = {
      key,
      name,
      kind,
      parts,
      seenAt: at,
      pendingHead: null,
      descriptions: [],
      cues: [],
      citations: [],
      quotes: [],
      figures: [],
      via: null,
      mergedInto: null,
      heads: new Set(),
      seen: new Set(),
    };
    this.entities.push(entity);
    this.byKey.set(key, entity);
    return entity;
  }

  /** A person by name; a one-word name is read as the surname of a person already named in full. */
  person(name: string, parts: number, at: number, create = true): Entity | null {
    const key = `person:${name.toLowerCase()}`;
    if (parts === 1) {
      const full = this.bySurname.get(name.toLowerCase());
      if (full) return full;
    }
    const known = this.byKey.get(key);
    if (known || !create) return known ?? null;
    const entity = this.create(key, name, 'person', parts, at);
    if (parts > 1) this.bySurname.set(name.toLowerCase().split(' ').pop()!, entity);
    return entity;
  }

  /** A body by name ("Israeli military"), or the body last named with the same head ("the military"). */
  body(kind: SourceKind, name: string, head: string, named: boolean, at: number, bare = false): Entity {
    if (!named) {
      // "the commission" is the commission named before, even with a movement named since; "the
      // organization" with none of its head, the organization last named.
      const earlier = this.bodyByHead.get(head) ?? (kind === 'organization' ? this.lastOrganization : undefined);
      if (earlier) return earlier;
    }
    const key = `${kind}:${name.toLowerCase()}`;
    const entity = this.byKey.get(key) ?? this.create(key, name, kind, 0, at);
    // A body known by a bare name (an acronym, a company's) is no "agency" or "commission" described later.
    if (bare) return entity;
    this.bodyByHead.set(head, entity);
    if (kind === 'organization') this.lastOrganization = entity;
    return entity;
  }

  /** An outlet by profile or name, or the outlet last named when the text only describes one. */
  outlet(name: string, profile: OutletProfile | null, named: boolean, at: number): Entity {
    if (!named && this.lastOutlet) return this.lastOutlet;
    const key = `outlet:${profile ? profile.id : name.toLowerCase()}`;
    const entity = this.byKey.get(key) ?? this.create(key, name, 'outlet', 0, at);
    this.lastOutlet = entity;
    return entity;
  }

  /** The person a definite description ("the Iranian analyst") points to, if any has been so described. */
  described(head: string): Entity | null {
    return this.byHead.get(head) ?? null;
  }

  /**
   * Someone cited only by a description: "says an analyst" waits for the analyst the text names
   * later (`head`); "officials say" names a group that no one person can stand for (`head` null).
   */
  unnamed(text: string, head: string | null, at: number): Entity {
    const key = `unnamed:${text.toLowerCase()}`;
    const entity = this.byKey.get(key) ?? this.create(key, text, 'person', 0, at);
    entity.pendingHead = head;
    return entity;
  }

  /** Records a description; its head nouns then resolve "the <head>" to this person. */
  describe(entity: Entity, description: string): void {
    pushNew(entity, 'descriptions', description);
    if (entity.kind !== 'person' || isUnnamed(entity)) return;
    for (const word of description.toLowerCase().split(/[\s,]+/)) {
      if (!PERSON_HEADS.has(word)) continue;
      entity.heads.add(word);
      this.byHead.set(word, entity);
    }
  }

  cite(entity: Entity, citation: Citation): void {
    if (entity.kind !== 'person') this.lastBody = entity;
    if (entity.kind !== 'person' || (isUnnamed(entity) && entity.pendingHead === null)) this.lastGroup = entity;
    entity.citations.push({ at: citation.at, sentence: citation.sentence, spans: citation.spans });
    if (citation.cue) pushNew(entity, 'cues', citation.cue);
    for (const q of citation.quotes) pushNew(entity, 'quotes', q);
    for (const f of citation.figures) pushNew(entity, 'figures', f);
    if (citation.via && !entity.via) entity.via = citation.via;
  }

  private merge(from: Entity, into: Entity): void {
    from.mergedInto = into;
    into.citations = [...into.citations, ...from.citations].sort((a, b) => a.at - b.at);
    for (const c of from.cues) pushNew(into, 'cues', c);
    for (const q of from.quotes) pushNew(into, 'quotes', q);
    for (const f of from.figures) pushNew(into, 'figures', f);
    for (const d of from.pendingHead ? [from.name, ...from.descriptions] : from.descriptions)
      pushNew(into, 'descriptions', d);
    into.via ??= from.via;
    into.seenAt = Math.min(into.seenAt, from.seenAt);
  }

  /** Folds late-resolved mentions into the person they name: a surname cited before the full name, an "analyst" named later. */
  private resolveLate(): void {
    for (const e of this.entities) {
      if (e.kind !== 'person' || e.mergedInto) continue;
      if (e.parts === 1) {
        const full = this.bySurname.get(e.name.toLowerCase());
        if (full && full !== e) this.merge(e, full);
      } else if (e.pendingHead) {
        let target: Entity | null = null;
        for (const p of this.entities) {
          if (p === e || p.kind !== 'person' || isUnnamed(p) || p.mergedInto) continue;
          if (!p.heads.has(e.pendingHead)) continue;
          // The person introduced next is the one a lede's "says an analyst" announces.
          if (!target || (p.seenAt >= e.seenAt && (target.seenAt < e.seenAt || p.seenAt < target.seenAt))) target = p;
        }
        if (target) this.merge(e, target);
      }
    }
  }

  /** The cited entities as `Source`s, in the order of their first citation. */
  sources(): Source[] {
    this.resolveLate();
    return this.entities
      .filter((e) => !e.mergedInto && e.citations.length > 0)
      .sort((a, b) => a.citations[0]!.at - b.citations[0]!.at)
      .map((e) => {
        const sentences = [...new Set(e.citations.map((c) => c.sentence))];
        const source: Source = {
          name: e.name,
          kind: e.kind,
          cue: e.cues,
          sentences,
          quotes: e.quotes,
          figures: e.figures,
          descriptions: e.descriptions,
          via: e.via,
        };
        SOURCE_SPANS.set(
          source,
          e.citations.flatMap((c) => c.spans),
        );
        return source;
      });
  }
}
