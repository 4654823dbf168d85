/** The secret record key of every RGW case (cell-key method): SipHash-2-4 of the case id under a server-side secret, 32 bits. */
// SipHash is the keyed pseudo-random function made for short inputs: without the secret the keys cannot be guessed
// from the ids, with it they are the same after every restart for the same data. The `siphash` package is the
// reference the tests compare with; it allocates objects per 64-bit word and took 5.2 µs a case (5 s for the
// 1M-case benchmark at start-up), this version of the same function on int32 halves about 0.4 µs.
import type { RgwZaak } from '../../src/contract/rgw';

/** The 128-bit SipHash key as four little-endian 32-bit words (the `siphash` package's layout). */
export type SipSleutel = Readonly<Uint32Array>;

/** SipHash-2-4 of `bytes` under `sleutel`, as [high, low] 32-bit halves of the 64-bit result. */
export function sipHash(sleutel: SipSleutel, bytes: ArrayLike<number>): [number, number] {
  // Each 64-bit word as two int32 locals (h, l): V8 keeps them in registers, no allocation per round.
  const k0l = sleutel[0] as number;
  const k0h = sleutel[1] as number;
  const k1l = sleutel[2] as number;
  const k1h = sleutel[3] as number;
  let v0h = k0h ^ 0x736f6d65;
  let v0l = k0l ^ 0x70736575;
  let v1h = k1h ^ 0x646f7261;
  let v1l = k1l ^ 0x6e646f6d;
  let v2h = k0h ^ 0x6c796765;
  let v2l = k0l ^ 0x6e657261;
  let v3h = k1h ^ 0x74656462;
  let v3l = k1l ^ 0x79746573;
  let t = 0;
  let s = 0;

  const n = bytes.length;
  const volle = n - (n % 8);
  // One pass per message block, then one for the finalisation; only the closures-free shape stays fast in V8.
  const blokken = volle / 8 + 1;
  let mh = 0;
  let ml = 0;
  for (let blok = 0; blok <= blokken; blok++) {
    const bericht = blok < blokken;
    if (bericht) {
      const i = blok * 8;
      if (i < volle) {
        ml = woord(bytes, i);
        mh = woord(bytes, i + 4);
      } else {
        // The last block: the remaining bytes, zero-padded, with the length in its top byte.
        ml = 0;
        mh = (n & 0xff) << 24;
        for (let j = volle; j < n; j++) {
          const b = bytes[j] as number;
          if (j - volle < 4) ml |= b << (8 * (j - volle));
          else mh |= b << (8 * (j - volle - 4));
        }
      }
      v3h ^= mh;
      v3l ^= ml;
    } else {
      v2l ^= 0xff;
    }
    const aantal = bericht ? 2 : 4;
    for (let r = 0; r < aantal; r++) {
      // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32)
      s = (v0l + v1l) | 0;
      v0h = (v0h + v1h + (s >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
      v0l = s;
      t = (v1h << 13) | (v1l >>> 19);
      v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l;
      v1h = t ^ v0h;
      t = v0h;
      v0h = v0l;
      v0l = t;
      // v2 += v3; v3 = rotl(v3, 16) ^ v2
      s = (v2l + v3l) | 0;
      v2h = (v2h + v3h + (s >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
      v2l = s;
      t = (v3h << 16) | (v3l >>> 16);
      v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
      v3h = t ^ v2h;
      // v0 += v3; v3 = rotl(v3, 21) ^ v0
      s = (v0l + v3l) | 0;
      v0h = (v0h + v3h + (s >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
      v0l = s;
      t = (v3h << 21) | (v3l >>> 11);
      v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
      v3h = t ^ v0h;
      // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32)
      s = (v2l + v1l) | 0;
      v2h = (v2h + v1h + (s >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
      v2l = s;
      t = (v1h << 17) | (v1l >>> 15);
      v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
      v1h = t ^ v2h;
      t = v2h;
      v2h = v2l;
      v2l = t;
    }
    if (bericht) {
      v0h ^= mh;
      v0l ^= ml;
    }
  }
  return [(v0h ^ v1h ^ v2h ^ v3h) >>> 0, (v0l ^ v1l ^ v2l ^ v3l) >>> 0];
}

function woord(bytes: ArrayLike<number>, i: number): number {
  return (
    (bytes[i] as number) |
    ((bytes[i + 1] as number) << 8) |
    ((bytes[i + 2] as number) << 16) |
    ((bytes[i + 3] as number) << 24)
  );
}

const ASCII = /^[\x20-\x7e]*$/;
const ENCODER = new TextEncoder();

/** The string's UTF-8 bytes; the case ids are ASCII, read without an encoder. */
function utf8(tekst: string): ArrayLike<number> {
  if (!ASCII.test(tekst)) return ENCODER.encode(tekst);
  const bytes = new Array<number>(tekst.length);
  for (let i = 0; i < tekst.length; i++) bytes[i] = tekst.charCodeAt(i);
  return bytes;
}

/** A case's record key: the low 32 bits of SipHash-2-4 of its id, uniform over 0 .. 2^32 - 1. */
export function recordsleutel(sleutel: SipSleutel, id: string): number {
  return sipHash(sleutel, utf8(id))[1];
}

/** The 128-bit key from 32 hexadecimal characters (`openssl rand -hex 16`). */
export function sipSleutelUitHex(hex: string): SipSleutel {
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) {
    throw new Error('HKD_CELSLEUTEL_GEHEIM moet 32 hexadecimale tekens zijn (16 willekeurige bytes)');
  }
  const bytes = hex.match(/../g)?.map((b) => parseInt(b, 16)) ?? [];
  return Uint32Array.from([0, 4, 8, 12], (i) => woord(bytes, i) >>> 0);
}

/** Keyed by the case array itself, like the density index: a dataset never changes after it is generated. */
const SLEUTELS = new WeakMap<readonly RgwZaak[], { sleutel: SipSleutel; sleutels: Uint32Array }>();

/** Every case's record key, in case order, computed once per case list and secret. */
export function recordsleutels(zaken: readonly RgwZaak[], sleutel: SipSleutel): Uint32Array {
  const bekend = SLEUTELS.get(zaken);
  if (bekend && bekend.sleutel === sleutel) return bekend.sleutels;
  const sleutels = new Uint32Array(zaken.length);
  for (let i = 0; i < zaken.length; i++) sleutels[i] = recordsleutel(sleutel, (zaken[i] as RgwZaak).id);
  SLEUTELS.set(zaken, { sleutel, sleutels });
  return sleutels;
}

/**
 * Demo data only: a fixed key, so demo figures are the same on every machine. Real case data needs its own secret in
 * HKD_CELSLEUTEL_GEHEIM, kept as long as the data (a new secret gives every cell new noise, to be averaged).
 */
const DEMO_SLEUTEL: SipSleutel = Uint32Array.from([0x48b0e1c3, 0x2f6a9d17, 0x91c4e85b, 0x0d3f7a26]);

let uitOmgeving: { hex: string; sleutel: SipSleutel } | null = null;

/** The record-key secret: HKD_CELSLEUTEL_GEHEIM when set (the same object while it stays the same), else the demo key. */
export function celsleutelGeheim(
  env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env,
): SipSleutel {
  const hex = env.HKD_CELSLEUTEL_GEHEIM;
  if (hex === undefined || hex === '') return DEMO_SLEUTEL;
  if (uitOmgeving?.hex !== hex) uitOmgeving = { hex, sleutel: sipSleutelUitHex(hex) };
  return uitOmgeving.sleutel;
}
