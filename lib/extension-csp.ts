// The content security policy of the extension's own pages (popup, side panel, options, welcome) and,
// in Chrome's MV3, of its service worker, which counts as an extension page: the browser itself then
// enforces that only the extension's scripts run and that nothing is fetched or shown from elsewhere.
// The one opening is `connect-src http: https:`: feed subscriptions are fetched by the worker (the
// background page in Firefox MV2) from whatever address the user subscribed to, and a CSP cannot name
// addresses chosen at run time. docs/DESIGN.md ("Content security policy") gives the reasoning.

/** Each directive with its sources, in the order written. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // Everything not named below (styles, fonts, frames, media, workers, manifests): the extension's files only.
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  // Icons and pictures are the extension's own; no page image, favicon or data: address is shown.
  ['img-src', ["'self'"]],
  // The bundled corpus (own files) and the feeds the user subscribed to (http or https, nothing else).
  ['connect-src', ["'self'", 'http:', 'https:']],
];

/** The policy as a manifest writes it. */
export const EXTENSION_CSP = CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');

/** A policy string read back into its directives (lower-case names, sources as written). */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
