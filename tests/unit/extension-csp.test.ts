// The extension's content security policy as each manifest states it: the Chrome MV3 and Firefox MV3
// form (`content_security_policy.extension_pages`) and the Firefox MV2 form (a plain string), each
// directive checked. The e2e security test reads the built manifest back from Chromium and shows the
// browser enforcing it.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { EXTENSION_CSP, parseCsp } from '../../lib/extension-csp';

type Target = { browser: string; manifestVersion: 2 | 3; mode: string };
type Manifest = { content_security_policy?: string | { extension_pages?: string } };

async function manifestFor(target: Target): Promise<Manifest> {
  const make = config.manifest as (env: Target & { command: string }) => Manifest | Promise<Manifest>;
  return make({ ...target, command: 'build' });
}

function policyOf(manifest: Manifest, mv3: boolean): string {
  const csp = manifest.content_security_policy;
  if (mv3) {
    expect(typeof csp).toBe('object');
    return (csp as { extension_pages: string }).extension_pages;
  }
  expect(typeof csp).toBe('string');
  return csp as string;
}

describe('the content security policy in every manifest', () => {
  it.each([
    ['Chrome MV3', { browser: 'chrome', manifestVersion: 3, mode: 'production' }],
    ['Chrome MV3, e2e build', { browser: 'chrome', manifestVersion: 3, mode: 'e2e' }],
    ['Firefox MV2', { browser: 'firefox', manifestVersion: 2, mode: 'production' }],
    ['Firefox MV3', { browser: 'firefox', manifestVersion: 3, mode: 'production' }],
  ] as const)('%s: only the extension’s own code and files, and http(s) fetches for feeds', async (_, target) => {
    const policy = policyOf(await manifestFor(target), target.manifestVersion === 3);
    expect(policy).toBe(EXTENSION_CSP);
    const d = parseCsp(policy);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'none'"]);
    expect(d.get('form-action')).toEqual(["'none'"]);
    expect(d.get('img-src')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'", 'http:', 'https:']);
    // Nothing anywhere opens the policy wider: no wildcard, inline code, eval, or data:/blob: source.
    for (const sources of d.values()) {
      for (const source of sources) expect(source).not.toMatch(/^\*$|unsafe-|^data:|^blob:|^filesystem:|^ws:|^wss:/);
    }
  });

  it('reads a policy string back into its directives', () => {
    const d = parseCsp("Default-Src 'self'; img-src 'self' data:;; img-src *");
    expect([...d.keys()]).toEqual(['default-src', 'img-src']);
    // A repeated directive is ignored by browsers: the first one holds.
    expect(d.get('img-src')).toEqual(["'self'", 'data:']);
  });
});
