/** A body that fails its own contract schema is a server bug: a 500 with an error body, never the bad data. */
import { describe, expect, it } from 'vitest';
import { FoutAntwoord } from '../../src/contract/common';
import { gebruikMockApi, haal, login, testDataset } from './api-test-helpers';

const basis = testDataset();
const eerste = basis.voorzieningen.find((v) => !v.vertrouwelijk);
if (!eerste) throw new Error('geen gewone voorziening');
// An unknown target group breaks the `doelgroep` enum: only roles that receive the target group should trip over it.
const kapot = {
  ...basis,
  voorzieningen: basis.voorzieningen.map((v) =>
    v.id === eerste.id ? { ...v, doelgroep: 'onbekend' as unknown as typeof v.doelgroep } : v,
  ),
};
gebruikMockApi(kapot);

describe('response contract check', () => {
  it('draagkrachtscan gets a 500 with an error body instead of the invalid record', async () => {
    const token = await login({ rol: 'draagkrachtscan' });
    const ruw = await haal('/api/voorzieningen', { token });
    expect(ruw.status).toBe(500);
    expect(ruw.json).toMatchObject({ error: { code: 'serverfout' } });
    expect(FoutAntwoord.safeParse(ruw.json).success).toBe(true);
    expect(ruw.tekst).not.toContain(eerste.adres.straat);
    expect(ruw.headers.get('cache-control')).toBe('no-store');
  });

  it('publiek, which never receives the target group, is unaffected', async () => {
    expect((await haal('/api/voorzieningen')).status).toBe(200);
  });
});
