/** The guards on JSON bodies: nesting is measured without parsing, strings do not count. */
import { describe, expect, it } from 'vitest';
import { jsonDiepte, leesJsonBody, MAX_BODY_BYTES, MAX_JSON_DIEPTE } from './invoer';
import { ApiFout } from './fout';

describe('jsonDiepte', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['[[[]]]', 3],
    ['{"a":[{"b":[]}]}', 4],
    ['"[[[[[["', 0],
    ['{"a":"\\"[[[["}', 1],
    ['[1,[2],[3,[4]]]', 3],
  ])('%s: %i', (tekst, diepte) => {
    expect(jsonDiepte(tekst)).toBe(diepte);
  });

  it('stops counting just past the limit, however deep the text goes', () => {
    expect(jsonDiepte('['.repeat(1_000_000), 64)).toBe(65);
  });
});

describe('leesJsonBody', () => {
  const post = (body: string) => new Request('http://hkd.test/', { method: 'POST', body });

  async function fout(body: string): Promise<ApiFout> {
    const uitslag = await leesJsonBody(post(body)).catch((f: unknown) => f);
    if (!(uitslag instanceof ApiFout)) throw new Error(`geen ApiFout voor ${body.slice(0, 40)}`);
    return uitslag;
  }

  it('nesting at the limit is read, one deeper is a 400', async () => {
    const op = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    await expect(leesJsonBody(post(op(MAX_JSON_DIEPTE)))).resolves.toBeDefined();
    const f = await fout(op(MAX_JSON_DIEPTE + 1));
    expect([f.status, f.code]).toEqual([400, 'ongeldige_json']);
  });

  it('a body over the limit is a 413, also where no HTTP server guarded it (MSW)', async () => {
    const f = await fout(`"${'a'.repeat(MAX_BODY_BYTES)}"`);
    expect([f.status, f.code]).toEqual([413, 'verzoek_te_groot']);
  });
});
