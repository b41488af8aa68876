import type { EstimatedDate } from '../lib/types';

export type EstimateTextProps = {
  estimate: EstimatedDate;
};

/** A date estimated from the text, shown as an estimate: "about early May 2024", its reason on hover and to screen readers. */
export function EstimateText({ estimate }: EstimateTextProps) {
  return (
    <span class="estimate" title={`Estimated from the text: ${estimate.reason}`}>
      {estimate.label}
      <span class="estimate-tag"> (estimated)</span>
      <span class="visually-hidden">, from {estimate.reason}</span>
    </span>
  );
}
