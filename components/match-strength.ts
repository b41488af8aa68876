// How a match score reads in words, so strength is never a bar or a color alone.

export type StrengthWord = 'strong' | 'moderate' | 'weak';

/** The word for a score 0..1: strong from 0.6, moderate from 0.35, weak below. */
export function strengthWord(score: number): StrengthWord {
  if (score >= 0.6) return 'strong';
  if (score >= 0.35) return 'moderate';
  return 'weak';
}

/** A score 0..1 as a whole percent, clamped. */
export function percent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** The threshold slider's value in words: what the user gets at that setting. */
export function thresholdWords(threshold: number): string {
  if (threshold < 0.15) return 'Loose: shows many weak, loosely related articles';
  if (threshold < 0.35) return 'Balanced: related coverage and republished copies';
  if (threshold < 0.6) return 'Strict: only articles sharing much of the story';
  return 'Very strict: nearly identical articles only';
}
