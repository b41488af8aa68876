// A light language guess for texts that do not state theirs: the script first, then, for Latin
// script, how many common English words it has. Unknown stays "und", never a guess dressed as fact.

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'is', 'that', 'for', 'on', 'with', 'has', 'have', 'was', 'by', 'as', 'said', 'its', 'it', 'from']);

/** A BCP 47 tag for the text's language, or "und" when the text does not tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 20_000);
  let latin = 0, arabic = 0, persian = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, hebrew = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x600 && c <= 0x6ff) {
      arabic++;
      if (c === 0x67e || c === 0x686 || c === 0x698 || c === 0x6af || c === 0x6cc) persian++;
    } else if (c >= 0x400 && c <= 0x4ff) cyrillic++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x590 && c <= 0x5ff) hebrew++;
  }
  const counts: Array<[string, number]> = [['latin', latin], ['arabic', arabic], ['cyrillic', cyrillic], ['han', han + kana], ['hangul', hangul], ['hebrew', hebrew]];
  counts.sort((a, b) => b[1] - a[1]);
  const [script, n] = counts[0];
  if (n < 20) return 'und';
  switch (script) {
    case 'arabic': return persian > arabic * 0.02 ? 'fa' : 'ar';
    case 'cyrillic': return 'ru';
    case 'han': return kana > 0 ? 'ja' : 'zh';
    case 'hangul': return 'ko';
    case 'hebrew': return 'he';
  }
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  const english = words.filter((w) => ENGLISH.has(w)).length;
  return words.length > 0 && english / words.length > 0.12 ? 'en' : 'und';
}
