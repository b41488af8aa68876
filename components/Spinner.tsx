export type SpinnerProps = {
  /** Visible text beside it; the spinner itself is decoration. */
  label: string;
};

/** A small turning ring with its words, announced politely to screen readers. */
export function Spinner({ label }: SpinnerProps) {
  return (
    <span class="spinner-wrap" role="status">
      <span class="spinner" aria-hidden="true" />
      <span>{label}</span>
    </span>
  );
}
