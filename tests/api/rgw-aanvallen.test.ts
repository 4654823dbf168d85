/**
 * The RGW disclosure control played as an attacker would: the concrete differencing attacks of issue 11 as regression
 * tests, then a property-based attacker (fast-check) that combines released answers to recover a count under 5.
 */
// The attacker knows the method (it is in the README) but not the secret record keys. A small count is "recovered"
// when an estimate built from released answers equals the true count. Released values are multiples of 5, so any
// sum or difference of them is too: the only way to hit a count of 1 to 4 is to guess what a "minder dan 5" hides,
// and the test checks that such guesses do no better than guessing without the answers.
import fc from 'fast-check';
import { latLngToCell } from 'h3-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { focusraster } from '../../mock-api/aggregate/focusraster';
import type { Rol } from '../../src/contract/common';
import {
  type AfgerondeTelling,
  DichtheidBuurtAntwoord,
  DichtheidFocusgebiedAntwoord,
  DichtheidH3Antwoord,
  KerncijfersAntwoord,
  ProbleemCategorie,
  type RgwZaak,
} from '../../src/contract/rgw';
import { FOCUSGEBIEDEN, focusgebiedVanBuurt } from '../../src/domain/focusgebieden';
import { leesPeriode, type Periode, volledigePerioden } from '../../src/domain/rgw-periode';
import { gebruikMockApi, haal, ROLLEN, type Sessie, sessieVoor, testDataset } from './api-test-helpers';

gebruikMockApi();
const dataset = testDataset();
const { zaken } = dataset.rgw;
const sessies = {} as Record<Rol, Sessie>;
beforeAll(async () => {
  for (const rol of ROLLEN) sessies[rol] = await sessieVoor(rol);
});

type Niveau = 'focusgebied' | 'buurt' | 7 | 8 | 9;
type Categorie = ProbleemCategorie | null;

const ANTWOORDEN = new Map<string, Promise<Map<string, AfgerondeTelling>>>();

/**
 * The released counts of one query, per area code, plus `totaal` where the answer has one. Cached: the same query
 * always gives the same answer (checked below), so asking again tells the attacker nothing new.
 */
function vrijgegeven(
  niveau: Niveau,
  periode: string,
  categorie: Categorie,
): Promise<Map<string, AfgerondeTelling>> {
  const q = new URLSearchParams({ periode });
  if (categorie) q.set('categorie', categorie);
  if (niveau === 'buurt') q.set('niveau', 'buurt');
  if (typeof niveau === 'number') q.set('resolutie', String(niveau));
  const rol: Rol = niveau === 'focusgebied' ? 'publiek' : 'draagkrachtscan';
  const sleutel = `${rol}?${q}`;
  let antwoord = ANTWOORDEN.get(sleutel);
  if (!antwoord) {
    antwoord = haal(`/api/rgw/dichtheid?${q}`, { token: sessies[rol].token }).then((ruw) => {
      expect(ruw.status, sleutel).toBe(200);
      const uit = new Map<string, AfgerondeTelling>();
      if (niveau === 'focusgebied') {
        for (const f of DichtheidFocusgebiedAntwoord.parse(ruw.json).focusgebieden)
          uit.set(f.code, f.telling);
      } else if (niveau === 'buurt') {
        const a = DichtheidBuurtAntwoord.parse(ruw.json);
        for (const b of a.buurten) uit.set(b.buurt, b.telling);
        uit.set('totaal', a.totaal);
      } else {
        const a = DichtheidH3Antwoord.parse(ruw.json);
        for (const c of a.cellen)
          uit.set(c.h3, c.onderdrukt ? { onderdrukt: true } : { onderdrukt: false, aantal: c.aantal });
        uit.set('totaal', a.totaal);
      }
      return uit;
    });
    ANTWOORDEN.set(sleutel, antwoord);
  }
  return antwoord;
}

/** The area a case counts in at a level (null: outside every listed area). */
function gebiedVan(z: RgwZaak, niveau: Niveau): string | null {
  if (niveau === 'focusgebied') return focusgebiedVanBuurt(z.buurt)?.code ?? null;
  if (niveau === 'buurt') return z.buurt;
  return latLngToCell(z.positie[1], z.positie[0], niveau);
}

/** The true count of a set: cases opened in the period, of the category, in one of the areas (null: anywhere). */
function echt(
  niveau: Niveau,
  periode: Periode,
  categorie: Categorie,
  gebieden: ReadonlySet<string> | null,
): number {
  let n = 0;
  for (const z of zaken) {
    if (z.geopend < periode.van || z.geopend > periode.tot) continue;
    if (categorie !== null && !z.categorieen.includes(categorie)) continue;
    if (gebieden !== null) {
      const g = gebiedVan(z, niveau);
      if (g === null || !gebieden.has(g)) continue;
    }
    n++;
  }
  return n;
}

function periode(code: string): Periode {
  const p = leesPeriode(code);
  if (!p) throw new Error(`geen periode ${code}`);
  return p;
}

/** A released value as the attacker reads it: a suppressed one replaced by a guess from 0 to 4. */
function lees(t: AfgerondeTelling | undefined, gok: number): number {
  if (!t) throw new Error('geen vrijgegeven waarde');
  return t.onderdrukt ? gok : t.aantal;
}

const PEILDATUM = dataset.peildatum;
const EERSTE = '2025-01-01';
const MAANDEN = volledigePerioden('maand', PEILDATUM, EERSTE);
const KWARTALEN = volledigePerioden('kwartaal', PEILDATUM, EERSTE);
const WEKEN = volledigePerioden('week', PEILDATUM, EERSTE);
const CATEGORIEEN: readonly Categorie[] = [null, ...ProbleemCategorie.options];

function maandenVan(kwartaal: Periode): Periode[] {
  return MAANDEN.filter((m) => m.van >= kwartaal.van && m.tot <= kwartaal.tot);
}

describe('the attacks of issue 11, as regression tests', () => {
  it('two periods a day apart: free dates are refused for every role', async () => {
    for (const rol of ROLLEN) {
      for (const q of [
        '?van=2026-06-01&tot=2026-11-20',
        '?van=2026-06-02&tot=2026-11-20',
        '?van=2026-03-02&tot=2026-03-02',
      ]) {
        const ruw = await haal(`/api/rgw/dichtheid${q}`, { token: sessies[rol].token });
        expect(ruw.status, `${rol} ${q}`).toBe(400);
        expect(ruw.tekst).not.toMatch(/"aantal"/);
      }
    }
  });

  it('a quarter minus two of its months never gives the third month when it is under 5', async () => {
    let kleineDoelen = 0;
    for (const kwartaal of KWARTALEN) {
      const [m1, m2, m3] = maandenVan(kwartaal);
      if (!m1 || !m2 || !m3) continue;
      for (const categorie of CATEGORIEEN) {
        const q = await vrijgegeven('focusgebied', kwartaal.code, categorie);
        const a = await vrijgegeven('focusgebied', m1.code, categorie);
        const b = await vrijgegeven('focusgebied', m2.code, categorie);
        for (const f of FOCUSGEBIEDEN) {
          const doel = echt('focusgebied', m3, categorie, new Set([f.code]));
          const schatting = lees(q.get(f.code), 0) - lees(a.get(f.code), 0) - lees(b.get(f.code), 0);
          expect(Math.abs(schatting % 5)).toBe(0);
          if (doel >= 1 && doel <= 4) {
            kleineDoelen++;
            expect(schatting).not.toBe(doel);
          }
        }
      }
    }
    expect(kleineDoelen).toBeGreaterThan(20);
  });

  it('totaal minus the visible cells never gives the suppressed cells when they hold 1 to 4', async () => {
    let kleineDoelen = 0;
    for (const week of WEKEN.slice(0, 20)) {
      for (const niveau of [9, 'buurt'] as const) {
        for (const categorie of [null, 'woonfraude', 'criminele-doeleinden'] as const) {
          const antwoord = await vrijgegeven(niveau, week.code, categorie);
          const zichtbaar = [...antwoord].filter(([k, t]) => k !== 'totaal' && !t.onderdrukt).map(([k]) => k);
          const totaal = antwoord.get('totaal');
          const doel =
            echt(niveau, week, categorie, null) - echt(niveau, week, categorie, new Set(zichtbaar));
          const schatting = lees(totaal, 0) - zichtbaar.reduce((s, k) => s + lees(antwoord.get(k), 0), 0);
          expect(Math.abs(schatting % 5)).toBe(0);
          if (doel >= 1 && doel <= 4) {
            kleineDoelen++;
            expect(schatting).not.toBe(doel);
          }
        }
      }
    }
    expect(kleineDoelen).toBeGreaterThan(5);
  });

  it('a small totaal is never sent as a number beside a suppressed cell', async () => {
    let klein = 0;
    for (const week of WEKEN.slice(0, 30)) {
      for (const categorie of ['criminele-doeleinden', 'signaal-ondermijning', 'woonfraude'] as const) {
        const antwoord = await vrijgegeven(9, week.code, categorie);
        const n = echt(9, week, categorie, null);
        if (n < 5) {
          klein++;
          expect(antwoord.get('totaal')).toEqual({ onderdrukt: true });
        }
      }
    }
    expect(klein).toBeGreaterThan(0);
  });

  it('buurten: totaal is its own perturbed cell, so "totaal equals the visible sum" does not prove the rest empty', async () => {
    let gelijk = 0;
    let gelijkMaarNietLeeg = 0;
    let ongelijkMaarLeeg = 0;
    for (const maand of MAANDEN) {
      for (const categorie of CATEGORIEEN) {
        const antwoord = await vrijgegeven('buurt', maand.code, categorie);
        const onderdrukt = [...antwoord].filter(([k, t]) => k !== 'totaal' && t.onderdrukt).map(([k]) => k);
        const zichtbaar = [...antwoord].filter(([k, t]) => k !== 'totaal' && !t.onderdrukt);
        const som = zichtbaar.reduce((s, [, t]) => s + lees(t, 0), 0);
        const leeg = echt('buurt', maand, categorie, new Set(onderdrukt)) === 0;
        const isGelijk = lees(antwoord.get('totaal'), 0) === som;
        if (isGelijk) gelijk++;
        if (isGelijk && !leeg) gelijkMaarNietLeeg++;
        if (!isGelijk && leeg) ongelijkMaarLeeg++;
      }
    }
    // The old attack's rule misleads both ways: it is not a test for "all suppressed buurten are empty".
    expect(gelijk).toBeGreaterThan(0);
    expect(gelijkMaarNietLeeg + ongelijkMaarLeeg).toBeGreaterThan(0);
  });

  it('every cell of the fixed grid is listed whatever the data, and "minder dan 5" covers empty cells and 1 to 4 alike', async () => {
    let leeg = 0;
    let klein = 0;
    for (const niveau of [7, 8, 9] as const) {
      for (const [code, categorie] of [
        ['2026-10', null],
        ['2026-W44', 'criminele-doeleinden'],
        ['2025', 'woonfraude'],
      ] as const) {
        const antwoord = await vrijgegeven(niveau, code, categorie);
        expect([...antwoord.keys()].filter((k) => k !== 'totaal')).toEqual(focusraster(niveau));
        for (const [h3, t] of antwoord) {
          if (h3 === 'totaal' || !t.onderdrukt) continue;
          const n = echt(niveau, periode(code), categorie, new Set([h3]));
          if (n === 0) leeg++;
          else klein++;
        }
      }
    }
    expect(leeg).toBeGreaterThan(0);
    expect(klein).toBeGreaterThan(0);
  });

  it('kerncijfers minus the months of density recovers no small count', async () => {
    const kern = KerncijfersAntwoord.parse((await haal('/api/rgw/kerncijfers?jaar=2025')).json);
    const maanden = MAANDEN.filter((m) => m.code.startsWith('2025-'));
    for (const weg of maanden) {
      for (const f of FOCUSGEBIEDEN) {
        const k = kern.focusgebieden.find((x) => x.code === f.code)?.cijfers.nieuweZaken;
        let schatting = lees(k, 0);
        for (const m of maanden) {
          if (m !== weg) schatting -= lees((await vrijgegeven('focusgebied', m.code, null)).get(f.code), 0);
        }
        const doel = echt('focusgebied', weg, null, new Set([f.code]));
        expect(Math.abs(schatting % 5)).toBe(0);
        if (doel >= 1 && doel <= 4) expect(schatting).not.toBe(doel);
      }
    }
    // The same yearly set of cases gets the same noise in both endpoints: kerncijfers adds nothing to the density.
    for (const f of FOCUSGEBIEDEN) {
      const k = kern.focusgebieden.find((x) => x.code === f.code)?.cijfers.nieuweZaken;
      expect(k).toEqual((await vrijgegeven('focusgebied', '2025', null)).get(f.code));
    }
  });
});

interface Poging {
  /** The true count of the set the attacker is after. */
  doel: number;
  /** R(A) minus the released parts, with "minder dan 5" read as 0, 2 and 4. */
  schattingen: readonly [number, number, number];
  /** The counts the released values allow, by the published bounds (noise at most 2, rounding at most 2). */
  mogelijk: readonly [number, number];
}

/** What a released value allows the true count to be: [0, 4] when suppressed, else within 4 of it and at least 5. */
function grenzen(t: AfgerondeTelling | undefined): [number, number] {
  if (!t) throw new Error('geen vrijgegeven waarde');
  return t.onderdrukt ? [0, 4] : [Math.max(5, t.aantal - 4), t.aantal + 4];
}

/**
 * One attack: a released set A and released disjoint parts of it, so that A minus the parts is the target set:
 * a period minus the other periods inside it (at any level, category and area), or a scan total minus its cells.
 */
const aanval = fc.oneof(
  fc.record({
    soort: fc.constant('tijd' as const),
    niveau: fc.constantFrom<Niveau>('focusgebied', 'buurt', 7, 8, 9),
    categorie: fc.constantFrom(...CATEGORIEEN),
    kwartaal: fc.integer({ min: 0, max: KWARTALEN.length - 1 }),
    maand: fc.integer({ min: 0, max: 2 }),
    gebied: fc.nat(),
  }),
  fc.record({
    soort: fc.constant('ruimte' as const),
    niveau: fc.constantFrom<Niveau>('buurt', 7, 8, 9),
    categorie: fc.constantFrom(...CATEGORIEEN),
    week: fc.integer({ min: 0, max: WEKEN.length - 1 }),
    weglaten: fc.nat(),
  }),
);

type Aanval = typeof aanval extends fc.Arbitrary<infer T> ? T : never;

async function voerUit(a: Aanval): Promise<Poging> {
  const schat = (totaal: AfgerondeTelling | undefined, delen: (AfgerondeTelling | undefined)[]) => {
    const schattingen = [0, 2, 4].map(
      (gok) => lees(totaal, gok) - delen.reduce((s, t) => s + lees(t, gok), 0),
    ) as [number, number, number];
    // Interval arithmetic: the largest total minus the smallest parts, and the other way round.
    const [laag, hoog] = grenzen(totaal);
    const delenGrenzen = delen.map(grenzen);
    const mogelijk: [number, number] = [
      Math.max(0, laag - delenGrenzen.reduce((s, g) => s + g[1], 0)),
      hoog - delenGrenzen.reduce((s, g) => s + g[0], 0),
    ];
    return { schattingen, mogelijk };
  };
  if (a.soort === 'tijd') {
    const kwartaal = KWARTALEN[a.kwartaal] as Periode;
    const maanden = maandenVan(kwartaal);
    const doelMaand = maanden[a.maand] as Periode;
    const q = await vrijgegeven(a.niveau, kwartaal.code, a.categorie);
    const gebieden = [...q.keys()].filter((k) => k !== 'totaal');
    const gebied = gebieden[a.gebied % gebieden.length] as string;
    const delen = await Promise.all(
      maanden
        .filter((m) => m !== doelMaand)
        .map(async (m) => (await vrijgegeven(a.niveau, m.code, a.categorie)).get(gebied)),
    );
    return {
      doel: echt(a.niveau, doelMaand, a.categorie, new Set([gebied])),
      ...schat(q.get(gebied), delen),
    };
  }
  const week = WEKEN[a.week] as Periode;
  const antwoord = await vrijgegeven(a.niveau, week.code, a.categorie);
  const gebieden = [...antwoord.keys()].filter((k) => k !== 'totaal');
  // The total minus every listed area but one: the remainder is that area plus whatever lies outside the grid.
  const weg = gebieden[a.weglaten % gebieden.length] as string;
  const rest = gebieden.filter((g) => g !== weg);
  const doel = echt(a.niveau, week, a.categorie, null) - echt(a.niveau, week, a.categorie, new Set(rest));
  return {
    doel,
    ...schat(
      antwoord.get('totaal'),
      rest.map((g) => antwoord.get(g)),
    ),
  };
}

describe('property: an attacker combining released answers', () => {
  const pogingen: Poging[] = [];
  beforeAll(async () => {
    await fc.assert(
      fc.asyncProperty(aanval, async (a) => {
        pogingen.push(await voerUit(a));
      }),
      { numRuns: 600, seed: 11 },
    );
  });
  const klein = () => pogingen.filter((p) => p.doel >= 1 && p.doel <= 4);

  it('never pins a count of 1 to 4 down: the published bounds always leave at least two values open', () => {
    for (const p of pogingen) {
      expect(p.doel).toBeGreaterThanOrEqual(p.mogelijk[0]);
      expect(p.doel).toBeLessThanOrEqual(p.mogelijk[1]);
      if (p.doel >= 1) expect(p.mogelijk[1] - p.mogelijk[0]).toBeGreaterThanOrEqual(1);
    }
  });

  it('recovers no count from 1 to 4 by differencing more often than guessing without the answers', () => {
    const doelen = klein();
    expect(doelen.length).toBeGreaterThan(40);
    // Chance: the best single guess knowing only that the count is from 1 to 4 (the most frequent value here).
    const kans =
      Math.max(...[1, 2, 3, 4].map((k) => doelen.filter((p) => p.doel === k).length)) / doelen.length;
    for (let i = 0; i < 3; i++) {
      // Differences of multiples of 5, plus what the attacker reads into a "minder dan 5".
      const raak = doelen.filter((p) => p.schattingen[i] === p.doel).length / doelen.length;
      expect(raak, `lezing ${i}`).toBeLessThanOrEqual(kans);
    }
  });

  it('a smarter attacker who forces the difference into 1 to 4 gains little over chance (the known residual risk)', () => {
    const doelen = klein();
    const kans =
      Math.max(...[1, 2, 3, 4].map((k) => doelen.filter((p) => p.doel === k).length)) / doelen.length;
    for (let i = 0; i < 3; i++) {
      const geklemd =
        doelen.filter((p) => Math.min(4, Math.max(1, p.schattingen[i] as number)) === p.doel).length /
        doelen.length;
      // Noise of at most 2 and rounding to 5 leave some signal in a difference; the README states this margin.
      expect(geklemd, `lezing ${i}`).toBeLessThanOrEqual(kans + 0.15);
    }
  });
});
