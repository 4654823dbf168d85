import { describe, expect, it } from 'vitest';
import { naarCsv } from './csv';

describe('naarCsv', () => {
  it('schrijft ; tussen velden, een decimale komma, lege cellen voor null en quotes waar nodig', () => {
    const rijen = Object.freeze([Object.freeze(['2022', 3.6, null, 'a;b "c"'])]);
    expect(naarCsv(['maand', 'wachttijd', 'x', 'tekst'], rijen)).toBe(
      '\ufeffmaand;wachttijd;x;tekst\r\n2022;3,6;;"a;b ""c"""\r\n',
    );
  });
});
