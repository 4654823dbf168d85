/** Postcode parsing as people type it. */
import { describe, expect, it } from 'vitest';
import { parsePostcode } from './postcode';

describe('parsePostcode', () => {
  it.each([
    ['3084', { ok: true, pc4: '3084', pc6: null }],
    ['3084NP', { ok: true, pc4: '3084', pc6: '3084NP' }],
    ['3084 np', { ok: true, pc4: '3084', pc6: '3084NP' }],
    ['  3011AB ', { ok: true, pc4: '3011', pc6: '3011AB' }],
  ])('accepts %j', (invoer, verwacht) => {
    expect(parsePostcode(invoer)).toEqual(verwacht);
  });

  it.each(['30A4', '0123', '308', '30845', '3084N', '3084SS', '3084 SA', '', 'Rotterdam', '3084-NP'])(
    'rejects %j with the message people can act on',
    (invoer) => {
      const uit = parsePostcode(invoer);
      expect(uit).toEqual({
        ok: false,
        melding: `postcode "${invoer.trim()}" is geen geldige postcode: verwacht 1234 of 1234AB`,
      });
    },
  );
});
