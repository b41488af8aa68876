// The closed classes of English words that end a noun phrase or glue a verb phrase together.
// Reading "what a figure counts" needs no grammar beyond these lists: a noun phrase after a number
// runs until one of them ("600 Israeli officers and soldiers | have been killed").

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'may', 'might', 'must', 'can', 'could', "'ve", 'got', 'get',
]);

/** Adverbs and reporting words that may sit between a subject and its verb: "have also been", "were reportedly". */
export const VERB_FILLERS = new Set([
  'also', 'still', 'reportedly', 'allegedly', 'now', 'already', 'then', 'all', 'both', 'each', 'not', 'later',
  'subsequently', 'ever', 'just', 'apparently', 'believed', 'thought', 'said', 'reported', 'feared',
  'estimated', 'known', 'confirmed', 'to', 'since', 'so', 'far', 'recently', 'previously', 'initially',
  'eventually', 'officially', 'currently', 'presumed', 'understood', 'likely', 'probably',
]);

export const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that', 'what']);

export const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'since', 'with', 'by', 'for', 'from', 'during', 'after', 'before', 'to', 'into', 'onto',
  'over', 'under', 'across', 'against', 'between', 'through', 'throughout', 'among', 'amid', 'amidst', 'per',
  'of', 'as', 'than', 'about', 'around', 'near', 'within', 'without', 'including', 'inside', 'outside',
  'along', 'toward', 'towards', 'upon', 'via', 'despite', 'until', 'till', 'like', 'unlike', 'beyond',
  'behind', 'above', 'below', 'off', 'out', 'up', 'down', 'following', 'according', 'except', 'because',
]);

export const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'yet', 'so', 'because', 'while', 'when', 'where', 'if', 'although', 'though',
  'unless', 'whereas', 'whether', 'once', 'then', 'plus',
]);

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'some', 'any', 'all', 'each', 'every', 'no', 'both', 'such', 'other', 'another', 'many', 'more', 'most',
  'few', 'fewer', 'less', 'several',
]);

export const PRONOUNS = new Set([
  'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'us', 'them', 'themselves', 'itself', 'himself',
  'herself', 'ourselves', 'one', 'ones', 'someone', 'anyone', 'everyone', 'none', 'nobody',
]);

/** Adverbs and other words that never belong in a counted noun phrase. */
export const NON_NOUNS = new Set([
  'also', 'still', 'now', 'already', 'just', 'only', 'even', 'ever', 'never', 'not', 'too', 'very', 'there',
  'here', 'ago', 'later', 'earlier', 'again', 'said', 'say', 'says', 'told', 'tell', 'added', 'more', 'less',
  'respectively', 'altogether', 'total', 'overall', 'apiece', 'each', 'alone', 'times', 'percent', 'per',
  'last', 'next', 'ago', 'overnight', 'today', 'yesterday', 'tonight', 'tomorrow', 'daily', 'weekly',
  'monthly', 'annually', 'nationwide', 'worldwide', 'abroad', 'combined', 'aged',
]);

/**
 * Verbs that commonly follow a counted subject without an auxiliary ("people live", "soldiers remain").
 * Past tenses in -ed are recognised by their ending; these are the rest. No forms in -s: after a
 * plural subject the verb has none, and "votes", "protests" or "shares" are more often nouns.
 */
export const COMMON_VERBS = new Set([
  'live', 'remain', 'stay', 'face', 'need', 'die', 'work', 'attend', 'took', 'take', 'went', 'go', 'came',
  'come', 'fled', 'flee', 'left', 'leave', 'lost', 'lose', 'got', 'made', 'make', 'fought', 'fight', 'wait',
  'hold', 'held', 'continue', 'suffer', 'include', 'lack', 'depend', 'ran', 'run', 'sit', 'sat', 'stand',
  'stood', 'fell', 'rose', 'saw', 'see', 'met', 'meet', 'gave', 'give', 'began', 'begin', 'became', 'become',
  'brought', 'bring', 'kept', 'keep', 'felt', 'feel', 'found', 'find', 'sought', 'seek', 'won', 'win',
  'spent', 'spend', 'bought', 'buy', 'sold', 'sell', 'paid', 'pay', 'taught', 'teach', 'wrote', 'write',
  'knew', 'know', 'share', 'belong', 'account', 'represent', 'say', 'said', 'told', 'tell', 'think',
  'thought', 'believe', 'want', 'await', 'require', 'receive', 'rely', 'survive', 'return', 'gather',
  'protest', 'march', 'vote', 'burst', 'struck', 'rage', 'burn', 'spread', 'suffered', 'sustained', 'sent',
]);

/** Words in -ed that are not past tenses. */
export const ED_NOUNS = new Set(['need', 'needed', 'feed', 'seed', 'speed', 'breed', 'creed', 'greed', 'reed', 'weed', 'shed', 'sled', 'bed', 'red', 'hundred', 'kindred']);

/** Words ending in -ly that are nouns or adjectives, not adverbs. */
const LY_NOUNS = new Set(['family', 'elderly', 'ally', 'italy', 'assembly', 'supply', 'july', 'rally', 'fly', 'anomaly', 'monopoly']);

export function isAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !LY_NOUNS.has(lower);
}

/** Whether a word can belong to a noun phrase at all. */
export function canBeInNounPhrase(lower: string): boolean {
  return !(
    AUXILIARIES.has(lower) || RELATIVES.has(lower) || PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower) ||
    DETERMINERS.has(lower) || PRONOUNS.has(lower) || NON_NOUNS.has(lower) || isAdverb(lower)
  );
}
