import { httpUrl } from '../lib/page/safe-url';

export type ExternalRefProps = {
  /** An address or a citation, from data: untrusted. */
  refText: string;
  /** Text to show instead of the address itself. */
  label?: string;
};

/** A reference: a link that opens in a new tab when it is an http(s) address, plain text otherwise. */
export function ExternalRef({ refText, label }: ExternalRefProps) {
  const href = httpUrl(refText);
  if (!href) return <span class="ref-text">{refText}</span>;
  return (
    <a class="ref-link" href={href} rel="noreferrer" target="_blank">
      {label ?? refText}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
