// Stop words by language, and the language a text shows. The paragraphs are written for this test,
// modelled on the phrasing of news reports in each language; none is copied from an article.
import { describe, expect, it } from 'vitest';
import { detectLanguage, termLanguage } from '../../lib/text/language';
import { isStopword, stopwordList } from '../../lib/text/stopwords';
import { terms } from '../../lib/text/terms';
import { profileForIndex, profileText, topTermsByPrior } from '../../lib/match/text-profile';

const PARAGRAPHS: Record<string, string[]> = {
  en: [
    'The war in Sudan has forced more than eight million people from their homes, the United Nations said on Tuesday, warning that thousands could die of hunger before the rainy season if aid does not reach the western region of Darfur.',
    'Officials said the storm had damaged hundreds of houses along the coast and cut power to tens of thousands of homes. Rescue teams were still searching for two fishermen who had not returned to the harbour on Sunday evening.',
  ],
  fr: [
    "Le gouvernement a annoncé mardi un nouveau plan pour réduire les émissions de gaz à effet de serre d'ici à 2030, alors que les associations écologistes jugent les mesures insuffisantes et demandent plus d'efforts aux grandes entreprises.",
    "Selon le ministère de l'Intérieur, plus de 200 000 personnes ont manifesté jeudi dans toute la France contre la réforme des retraites. Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.",
  ],
  de: [
    'Die Bundesregierung hat am Dienstag ein neues Klimaschutzprogramm vorgestellt, das nach Angaben des Ministeriums bis zum Jahr 2030 die Emissionen deutlich senken soll. Umweltverbände kritisierten die Pläne als unzureichend.',
    'Nach dem schweren Unwetter im Süden des Landes waren am Sonntag noch immer Tausende Haushalte ohne Strom. Die Feuerwehr war mit mehr als 500 Einsatzkräften vor Ort, wie ein Sprecher der Stadt mitteilte.',
  ],
  es: [
    'El Gobierno anunció el martes un nuevo plan para reducir las emisiones de gases de efecto invernadero antes de 2030, mientras que las organizaciones ecologistas consideran que las medidas son insuficientes.',
    'Según el Ministerio del Interior, más de 3.000 personas fueron evacuadas de sus casas por las inundaciones en el sur del país. Los servicios de emergencia siguen buscando a dos desaparecidos.',
  ],
  it: [
    'Il governo ha presentato martedì un nuovo piano per ridurre le emissioni di gas serra entro il 2030, ma le associazioni ambientaliste ritengono che le misure siano insufficienti e chiedono più impegno alle imprese.',
    "Secondo la protezione civile, più di duemila persone sono state evacuate dalle loro case dopo l'alluvione che ha colpito la regione nella notte. I soccorritori stanno ancora cercando due dispersi.",
  ],
  pt: [
    'O governo anunciou na terça-feira um novo plano para reduzir as emissões de gases de efeito estufa até 2030, enquanto as organizações ambientalistas consideram que as medidas são insuficientes.',
    'De acordo com a Defesa Civil, mais de duas mil pessoas foram retiradas das suas casas depois das chuvas que atingiram a região no fim de semana. As equipes de resgate ainda procuram dois desaparecidos.',
  ],
  nl: [
    'De regering heeft dinsdag een nieuw plan gepresenteerd om de uitstoot van broeikasgassen voor 2030 te verminderen, maar milieuorganisaties vinden dat de maatregelen niet ver genoeg gaan.',
    'Volgens de brandweer zijn er zondag meer dan tweehonderd woningen ontruimd na het noodweer in het zuiden van het land. Een woordvoerder van de gemeente zei dat de schade nog niet te overzien is.',
  ],
};

describe('detectLanguage', () => {
  for (const [language, paragraphs] of Object.entries(PARAGRAPHS)) {
    it.each(paragraphs.map((p) => [p.slice(0, 40), p]))(`reads ${language}: %s…`, (_start, paragraph) => {
      expect(detectLanguage(paragraph)).toBe(language);
    });
  }

  it.each([
    ['a headline', 'Le président annonce un plan'],
    ['a few words', 'The war in Sudan: thousands die'],
    ['a German fragment', 'Die Regierung hat beschlossen'],
    ['a name and a number', 'Benjamin Netanyahu 2024'],
  ])('says "und" for %s rather than guess', (_what, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it.each([
    [
      'Polish',
      'Rząd przedstawił we wtorek nowy plan ograniczenia emisji gazów cieplarnianych do 2030 roku, ale organizacje ekologiczne uważają, że działania są niewystarczające i żądają więcej.',
    ],
    [
      'Indonesian',
      'Pemerintah mengumumkan rencana baru pada hari Selasa untuk mengurangi emisi gas rumah kaca sebelum tahun 2030, tetapi kelompok lingkungan menilai langkah itu belum cukup.',
    ],
  ])('says "und" for %s, a language it has no list for, rather than a wrong guess', (_what, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  it('still tells the scripts apart', () => {
    expect(
      detectLanguage(
        'Правительство во вторник представило новый план по сокращению выбросов парниковых газов к 2030 году.',
      ),
    ).toBe('ru');
    expect(
      detectLanguage('أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لخفض انبعاثات الغازات الدفيئة بحلول عام 2030.'),
    ).toBe('ar');
    expect(detectLanguage('政府は火曜日、2030年までに温室効果ガスの排出を削減する新たな計画を発表した。')).toBe('ja');
  });
});

describe('stop words by language', () => {
  it('keeps "war", "die" and "hat" in English text: they are German stop words, not English ones', () => {
    expect(terms('The war in Sudan: thousands die as the army shells the capital, Khartoum.')).toEqual(
      expect.arrayContaining(['war', 'die']),
    );
    expect(terms(PARAGRAPHS.en[0])).toEqual(expect.arrayContaining(['war', 'die']));
    expect(terms('He wore a hat to the ceremony, and his son spoke.')).toEqual(expect.arrayContaining(['hat', 'son']));
  });

  it("drops each language's own function words", () => {
    const french = terms(PARAGRAPHS.fr[1]);
    for (const word of ['les', 'des', 'contre', 'selon', 'une']) expect(french).not.toContain(word);
    expect(french).toEqual(expect.arrayContaining(['syndicat']));
    const german = terms(PARAGRAPHS.de[0]);
    for (const word of ['die', 'hat', 'das', 'nach', 'des']) expect(german).not.toContain(word);
  });

  it('reads a stated language for a text too short to show one', () => {
    expect(terms('Les syndicats appellent à manifester', 'fr')).not.toContain('les');
    expect(terms('Les syndicats appellent à manifester')).toContain('les');
  });

  it('answers by language, and for an unknown language with English and the other scripts', () => {
    expect(isStopword('die', 'de')).toBe(true);
    expect(isStopword('die', 'en')).toBe(false);
    expect(isStopword('die')).toBe(false);
    expect(isStopword('les', 'fr-CA')).toBe(true);
    expect(isStopword('les')).toBe(false);
    expect(isStopword('the', 'fr')).toBe(false);
    expect(isStopword('the')).toBe(true);
    expect(isStopword('и')).toBe(true);
    // Accents are folded as tokens are: "été" is the token "ete".
    expect(isStopword('ete', 'fr')).toBe(true);
    expect(stopwordList('pt-BR')).toBe(stopwordList('pt'));
    expect(stopwordList('und')).toBe(stopwordList('sw'));
  });
});

describe('the index and the query leave out the same stop words', () => {
  it("decides a text's language from its words first, so a copy under another stated language gets the same terms", () => {
    const body = PARAGRAPHS.fr.join('\n\n');
    const indexed = profileForIndex(body, 'Réforme des retraites', 64, 'fr').terms;
    // The copy's page states English (a site-wide template): its words say French.
    expect(termLanguage(body, 'en')).toBe('fr');
    expect(topTermsByPrior(profileText(body, 'Réforme des retraites', 'en'), 64)).toEqual(indexed);
    expect(indexed).not.toContain('les');
  });

  it('gives a profile the terms of its text in the language termLanguage finds, from the same sample of a long text', () => {
    // A text past the sample read for its language: French for its first 20,000 characters, English after.
    const french = PARAGRAPHS.fr.join('\n\n');
    const long = `${Array(Math.ceil(20_500 / french.length))
      .fill(french)
      .join('\n\n')}\n\n${PARAGRAPHS.en.join('\n\n')}`;
    for (const body of [...Object.values(PARAGRAPHS).map((p) => p.join('\n\n')), long]) {
      for (const stated of [null, 'en', 'de']) {
        const language = termLanguage(body, stated);
        expect([...profileText(body, '', stated).tf.keys()].sort()).toEqual([...new Set(terms(body, language))].sort());
      }
    }
    expect(termLanguage(long)).toBe('fr');
  });

  it('keeps English content words in an English article, both when indexing and when matching', () => {
    const body = PARAGRAPHS.en.join('\n\n');
    expect(profileForIndex(body, 'War in Sudan', 64, 'en').terms).toEqual(expect.arrayContaining(['war', 'die']));
    expect(profileText(body, 'War in Sudan').tf.has('war')).toBe(true);
  });
});
