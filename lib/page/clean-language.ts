// Normalizes a language tag from `<html lang>`, og:locale ("en_US") or JSON-LD to BCP 47 form ("en-US").

/** "en_us" → "en-us", "EN" → "en"; anything that is not a language tag → null. */
export function cleanLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{1,8}){0,4}$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest].join('-');
}
