/** Areas of the demo data: the 92 CBS buurten with demo Wijkprofiel indices, their wijken and the 76 PC4 areas. */
import type { Buurt, Pc4Gebied, Wijk, Wijkprofiel } from '../../src/contract/gebied';
import { focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import { BUURTEN, PC4_GEBIEDEN, type BuurtFeit } from '../../src/geo/rotterdam-facts';
import { Rng } from './random';

/** Buurten the demo gives a clearly better Wijkprofiel than average: the well-off parts of the city. */
const WELGESTELD = new Set([
  'BU05990118', // Nieuwe Werk
  'BU05990532', // Blijdorp
  'BU05990534', // Liskwartier
  'BU05990661', // Hillegersberg-Zuid
  'BU05990662', // Hillegersberg-Noord
  'BU05990664', // Terbregge
  'BU05990665', // Molenlaankwartier
  'BU05990842', // Kralingen-Oost
  'BU05990845', // De Esch
  'BU05991446', // Kralingse Veer
  'BU05991448', // Prinsenland
  'BU05991468', // Nesselande
  'BU05991701', // Strand en Duin
]);

/** Buurten outside the focus areas that still score below average (other NPRZ and aandachtswijk buurten). */
const KWETSBAAR = new Set([
  'BU05990111', // Oude Westen
  'BU05990320', // Delfshaven
  'BU05990321', // Bospolder
  'BU05990322', // Tussendijken
  'BU05990323', // Spangen
  'BU05990324', // Nieuwe Westen
  'BU05990329', // Schiemond
  'BU05990535', // Oude Noorden
  'BU05990837', // Oud-Crooswijk
  'BU05991086', // Afrikaanderwijk
  'BU05991087', // Feijenoord
  'BU05991284', // Lombardijen
  'BU05991290', // Beverwaard
  'BU05991574', // Oud-Charlois
  'BU05991576', // Zuidplein
  'BU05991692', // Hoogvliet-Noord
]);

type Dimensie = keyof Wijkprofiel;
const DIMENSIES: readonly Dimensie[] = ['sociaal', 'fysiek', 'veiligheid'];

function eenDecimaal(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Demo indices: focus areas ~70-85, well-off buurten ~110-130, the rest scattered around 100 and then shifted
 * so that the inhabitant-weighted mean is exactly 100, as the real Wijkprofiel is scaled.
 */
function maakWijkprofielen(rng: Rng): Wijkprofiel[] {
  const soort = BUURTEN.map((b) =>
    focusgebiedVanBuurt(b.code)
      ? 'focus'
      : WELGESTELD.has(b.code)
        ? 'welgesteld'
        : KWETSBAAR.has(b.code)
          ? 'kwetsbaar'
          : 'overig',
  );
  const basis = soort.map((s) => {
    switch (s) {
      case 'focus':
        return rng.tussen(74, 81);
      case 'welgesteld':
        return rng.tussen(113, 126);
      case 'kwetsbaar':
        return rng.tussen(84, 94);
      case 'overig':
        return rng.tussen(96, 110);
    }
  });
  const ruw = basis.map((b, i) =>
    // Focus areas stay inside ~70-85 on every dimension; elsewhere the dimensions drift further apart.
    DIMENSIES.map(() => b + (soort[i] === 'focus' ? rng.tussen(-4, 4) : rng.tussen(-6, 6))),
  );
  const profielen = BUURTEN.map(() => ({ sociaal: 0, fysiek: 0, veiligheid: 0 }));
  DIMENSIES.forEach((dim, d) => {
    let gewogen = 0;
    let inwoners = 0;
    let inwonersOverig = 0;
    BUURTEN.forEach((b, i) => {
      gewogen += b.inwoners * (ruw[i]?.[d] ?? 0);
      inwoners += b.inwoners;
      if (soort[i] === 'overig') inwonersOverig += b.inwoners;
    });
    const verschuiving = (100 * inwoners - gewogen) / inwonersOverig;
    BUURTEN.forEach((b, i) => {
      const waarde = (ruw[i]?.[d] ?? 100) + (soort[i] === 'overig' ? verschuiving : 0);
      const profiel = profielen[i];
      if (profiel) profiel[dim] = eenDecimaal(waarde);
    });
  });
  return profielen;
}

export function maakBuurten(seed: number): Buurt[] {
  const profielen = maakWijkprofielen(new Rng(seed, 'wijkprofiel'));
  return BUURTEN.map((b, i) => ({
    type: 'buurt',
    code: b.code,
    naam: b.naam,
    wijk: b.wijk,
    wijknaam: b.wijknaam,
    inwoners: b.inwoners,
    centroid: [b.centroid[0], b.centroid[1]],
    focusgebied: focusgebiedVanBuurt(b.code)?.code ?? null,
    wijkprofiel: profielen[i] ?? { sociaal: 100, fysiek: 100, veiligheid: 100 },
  }));
}

/** Wijken as unions of their buurten; the centroid weighs each buurt centroid by its land area. */
export function maakWijken(): Wijk[] {
  const perWijk = new Map<string, BuurtFeit[]>();
  for (const b of BUURTEN) {
    const lijst = perWijk.get(b.wijk);
    if (lijst) lijst.push(b);
    else perWijk.set(b.wijk, [b]);
  }
  const codes = [...perWijk.keys()].sort();
  return codes.map((code) => {
    const buurten = perWijk.get(code) ?? [];
    const eerste = buurten[0];
    if (!eerste) throw new Error(`wijk ${code} zonder buurten`);
    const land = buurten.reduce((s, b) => s + b.landHa, 0);
    const lon = buurten.reduce((s, b) => s + b.centroid[0] * b.landHa, 0) / land;
    const lat = buurten.reduce((s, b) => s + b.centroid[1] * b.landHa, 0) / land;
    return {
      type: 'wijk',
      code,
      naam: eerste.wijknaam,
      inwoners: buurten.reduce((s, b) => s + b.inwoners, 0),
      centroid: [Math.round(lon * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5],
      buurten: buurten.map((b) => b.code).sort(),
    };
  });
}

export function maakPc4Gebieden(): Pc4Gebied[] {
  return PC4_GEBIEDEN.map((p) => ({
    type: 'pc4',
    code: p.code,
    naam: `Postcodegebied ${p.code}`,
    inwoners: p.inwoners,
    centroid: [p.centroid[0], p.centroid[1]],
  }));
}
