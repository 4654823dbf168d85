import { describe, expect, it } from 'vitest';
import { auditDetails, auditSoort } from './audit-weergave';

describe('auditDetails', () => {
  it.each([
    [{}, ''],
    [{ voorziening: 'vz-001' }, 'voorziening: vz-001'],
    [
      {
        aantal: 3,
        eerste: '2026-12-07T10:00:01.000Z',
        laatste: '2026-12-07T10:00:09.000Z',
        voorziening: 'vz-002',
      },
      '3× (10:00:01–10:00:09 UTC) · voorziening: vz-002',
    ],
    [{ aantal: 1, eerste: 'x', laatste: 'x', query: '' }, '1×'],
    [{ van: null, naar: '1' }, 'naar: 1'],
  ])('%j → %s', (details, verwacht) => {
    expect(auditDetails(Object.freeze({ details: Object.freeze(details) }))).toBe(verwacht);
  });

  it('noemt een onbekende soort bij haar code', () => {
    expect(auditSoort('fasewissel')).toBe('Fase gewijzigd');
    expect(auditSoort('iets-nieuws')).toBe('iets-nieuws');
  });
});
