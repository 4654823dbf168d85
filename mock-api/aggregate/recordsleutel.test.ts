/** Tests of the record keys: SipHash-2-4 against the `siphash` package and the reference vector, keys per case, the secret. */
import SipHash from 'siphash';
import { describe, expect, it } from 'vitest';
import type { RgwZaak } from '../../src/contract/rgw';
import { celsleutelGeheim, recordsleutel, recordsleutels, sipHash, sipSleutelUitHex } from './recordsleutel';

/** The key of the SipHash paper's test vectors: bytes 00..0f. */
const SLEUTEL = sipSleutelUitHex('000102030405060708090a0b0c0d0e0f');

describe('sipHash', () => {
  it('geeft de testvector uit het SipHash-artikel (lege invoer: 726fdb47dd0e0e31)', () => {
    const [hoog, laag] = sipHash(SLEUTEL, []);
    expect(hoog.toString(16).padStart(8, '0') + laag.toString(16).padStart(8, '0')).toBe('726fdb47dd0e0e31');
  });

  it('geeft hetzelfde als het siphash-pakket voor invoer van 0 tot 40 bytes en echte zaak-id’s', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const ref = SipHash.hash(SLEUTEL, bytes);
      expect(sipHash(SLEUTEL, bytes)).toEqual([ref.h, ref.l]);
    }
    for (const id of ['rgw-0000001', 'rgw-1234567', 'rgw-9999999']) {
      expect(recordsleutel(SLEUTEL, id)).toBe(SipHash.hash(SLEUTEL, id).l);
    }
  });
});

describe('recordsleutels', () => {
  const zaken = Object.freeze(
    Array.from({ length: 2000 }, (_, i) => ({ id: `rgw-${String(i).padStart(7, '0')}` }) as RgwZaak),
  );

  it('zijn vast per id en geheim, en anders onder een ander geheim', () => {
    const a = recordsleutels(zaken, SLEUTEL);
    expect(recordsleutels(zaken, SLEUTEL)).toBe(a);
    expect(a[7]).toBe(recordsleutel(SLEUTEL, 'rgw-0000007'));
    const ander = recordsleutels(zaken, sipSleutelUitHex('f'.repeat(32)));
    expect([...ander].filter((k, i) => k === a[i]).length).toBeLessThan(3);
  });

  it('liggen gelijkmatig over 0 .. 2^32 (tien vakken, elk binnen 20% van een tiende)', () => {
    const vakken = new Array<number>(10).fill(0);
    for (const k of recordsleutels(zaken, SLEUTEL)) vakken[Math.floor((k / 2 ** 32) * 10)]! += 1;
    for (const v of vakken) expect(Math.abs(v - 200)).toBeLessThan(40);
  });
});

describe('celsleutelGeheim', () => {
  it('leest HKD_CELSLEUTEL_GEHEIM als 32 hextekens, anders de demosleutel', () => {
    const demo = celsleutelGeheim({});
    expect(celsleutelGeheim({ HKD_CELSLEUTEL_GEHEIM: '' })).toBe(demo);
    const eigen = celsleutelGeheim({ HKD_CELSLEUTEL_GEHEIM: 'ab'.repeat(16) });
    expect(eigen).not.toEqual(demo);
    expect(celsleutelGeheim({ HKD_CELSLEUTEL_GEHEIM: 'ab'.repeat(16) })).toBe(eigen);
    expect(() => celsleutelGeheim({ HKD_CELSLEUTEL_GEHEIM: 'te kort' })).toThrow(/32 hexadecimale tekens/);
  });
});
