import { percent, strengthWord } from './match-strength';

export type MatchStrengthProps = {
  score: number;
};

/** How strong a match is: a small bar, the percent and a word, so it never rests on the bar alone. */
export function MatchStrength({ score }: MatchStrengthProps) {
  const pct = percent(score);
  const word = strengthWord(score);
  return (
    <span class={`strength strength-${word}`}>
      <span class="strength-bar" aria-hidden="true">
        <span class="strength-fill" style={{ width: `${pct}%` }} />
      </span>
      <span class="strength-text">
        <span class="visually-hidden">Match strength: </span>
        {pct}% · {word}
      </span>
    </span>
  );
}
