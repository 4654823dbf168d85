/**
 * The draagkrachtscan's analysis around one planned site, computed from the data of one store version: facilities
 * per ring, confidential locations and individual homes per buurt, places per 1,000 inhabitants before and after,
 * the buurt's Wijkprofiel, RGW cases in and around the rings (protected), each figure with its source and date.
 */
// RGW cases around a free point: why the rings are sums of already-released H3 cells and never counts of their own.
// A circle around any point is a new set of cases. Counting and perturbing it as a cell of its own would let anyone
// ask for two circles (two radii, or the same radius from two points a few metres apart) that differ by a handful of
// cases; with a different cell key per circle the noise of the difference is fresh every time, so many such pairs
// average it away: the classic differencing attack on free queries. Instead every ring is built from one fixed grid
// that does not depend on the data (H3 resolution 9, about 0.1 km² per cell, selected by whether the cell's centre
// lies within the radius), each cell released exactly as `/api/rgw/dichtheid?niveau=h3&resolutie=9` releases it
// (cell-key noise from its own cases, rounded to 5, "minder dan 5" for 0 to 4: celsleutel.ts), and a ring's figure
// is the sum of those released values. Every answer is then a function of released cell values only: no pair of
// rings, radii or nearby points tells more than the cells themselves, however many requests are made. The buurt
// figures are the buurt answer's own cells. The price: a ring's sum leaves out its "minder dan 5" cells (their
// number is given) and carries the rounding of each cell.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { distance } from '@turf/distance';
import type { MultiPolygon, Polygon } from 'geojson';
import { cellToLatLng, gridDisk, latLngToCell } from 'h3-js';
import type { GemeenteRol, LonLat } from '../../src/contract/common';
import {
  type AnalyseAntwoord,
  type CijferBron,
  MAX_RINGEN,
  MAX_STRAAL_M,
  MIN_STRAAL_M,
  STANDAARD_RINGEN,
} from '../../src/contract/draagkrachtscan';
import type { Doelgroep, Fase, Voorziening, Woonvorm } from '../../src/contract/voorziening';
import {
  Doelgroep as DoelgroepEnum,
  Fase as FaseEnum,
  Woonvorm as WoonvormEnum,
} from '../../src/contract/voorziening';
import { AFRONDINGSBASIS, vrijgave } from '../../src/domain/celsleutel';
import { MINIMUM_TELLING, telling } from '../../src/domain/privacy';
import { dichtstbijzijndeIndex } from '../../src/geo/dichtstbijzijnde';
import { wgs84NaarRd } from '../../src/geo/rd';
import gemeenteJson from '../../src/geo/data/gemeente.json';
import type { Periode } from '../../src/domain/rgw-periode';
import { type Dichtheidsindex, telPerBuurt, telPerH3 } from '../aggregate/rgw-dichtheid';
import type { Gegevens } from '../context';
import { ongeldigeInvoer } from '../http/fout';

/** The fixed grid the rings' RGW figures are summed from. */
export const RGW_RESOLUTIE = 9;

export interface AnalyseInvoer {
  lon: number;
  lat: number;
  ringen?: readonly number[] | undefined;
  woonvorm?: Woonvorm | undefined;
  doelgroep?: Doelgroep | undefined;
  capaciteit?: number | undefined;
  aanbieder?: string | undefined;
}

const GEMEENTE = (
  gemeenteJson as unknown as { features: { geometry: Polygon | MultiPolygon }[] }
).features.map((f) => f.geometry);

function inRotterdam(p: LonLat): boolean {
  return GEMEENTE.some((g) => booleanPointInPolygon(p, g));
}

const HOOG: ReadonlySet<Fase> = new Set<Fase>(['2', '3a', '3b']);

function meters(a: LonLat, b: LonLat): number {
  return distance(a, b, { units: 'meters' });
}

function per1000(plekken: number, inwoners: number): number | null {
  return inwoners > 0 ? Math.round((plekken / inwoners) * 10_000) / 10 : null;
}

/**
 * Checks what a query or a request body says beyond its schema: rings, the point, the provider. `veldPrefix` names
 * the site in a list (`locaties.2.`) for the point's field; rings and provider are the request's own.
 */
export function controleerInvoer(g: Gegevens, invoer: AnalyseInvoer, veldPrefix = ''): number[] {
  const ringen = [...(invoer.ringen ?? STANDAARD_RINGEN)];
  if (ringen.length === 0 || ringen.length > MAX_RINGEN)
    throw ongeldigeInvoer(`geef 1 tot ${MAX_RINGEN} ringen`, 'ringen');
  for (const [i, r] of ringen.entries()) {
    if (!Number.isInteger(r) || r < MIN_STRAAL_M || r > MAX_STRAAL_M)
      throw ongeldigeInvoer(
        `ring ${r} m is ongeldig: een straal is ${MIN_STRAAL_M} tot ${MAX_STRAAL_M} m, in hele meters`,
        'ringen',
      );
    if (i > 0 && r <= (ringen[i - 1] ?? 0))
      throw ongeldigeInvoer('de stralen moeten oplopen, elk groter dan de vorige', 'ringen');
  }
  if (!inRotterdam([invoer.lon, invoer.lat])) {
    throw ongeldigeInvoer(
      `het punt (${invoer.lon.toFixed(5)}, ${invoer.lat.toFixed(5)}) ligt buiten Rotterdam (of in het niet getekende havengebied): kies een locatie in de gemeente`,
      `${veldPrefix}lon`,
    );
  }
  if (invoer.aanbieder !== undefined && !g.organisaties.has(invoer.aanbieder)) {
    throw ongeldigeInvoer(
      `aanbieder "${invoer.aanbieder.slice(0, 60)}" is onbekend: kies een id uit /api/organisaties`,
      'aanbieder',
    );
  }
  return ringen;
}

function bronnen(g: Gegevens, periode: Periode): AnalyseAntwoord['bronnen'] {
  const demo = g.bron.dataset === 'demodata';
  const datum = g.bron.peildatum;
  const herkomst = demo ? 'demodata' : 'gemeente Rotterdam';
  const b = (naam: string, d = datum, demodata = demo): CijferBron => ({ naam, datum: d, demodata });
  return {
    voorzieningen: b(`Inventaris woonzorgvoorzieningen HKD (${herkomst})`),
    inwoners: b(
      'CBS Kerncijfers wijken en buurten: inwoners per buurt op 1 januari 2017',
      '2017-01-01',
      false,
    ),
    wijkprofiel: b('Wijkprofiel Rotterdam: demo-indices (100 = Rotterdams gemiddelde)', datum, true),
    individueleWoningen: b(`Individuele woningen met huurzorgovereenkomst en Wonen eerst (${herkomst})`),
    rgw: b(
      `RGW-zaakregister, zaken geopend in ${periode.code} (${periode.van} t/m ${periode.tot}), verstoord en afgerond op 5 (${herkomst})`,
      periode.tot,
    ),
  };
}

function telAantallen<K extends string>(
  sleutels: readonly K[],
  lijst: readonly Voorziening[],
  van: (v: Voorziening) => K,
) {
  return sleutels.map((k) => {
    const hier = lijst.filter((v) => van(v) === k);
    return { k, locaties: hier.length, plekken: hier.reduce((s, v) => s + v.capaciteit, 0) };
  });
}

/** The analysis; `invoer` has passed `controleerInvoer`, `ringen` is what it returned. */
export function analyseer(
  g: Gegevens,
  rol: GemeenteRol,
  invoer: AnalyseInvoer,
  ringen: readonly number[],
  index: Dichtheidsindex,
  periode: Periode,
): AnalyseAntwoord {
  const { dataset } = g;
  const punt: LonLat = [invoer.lon, invoer.lat];
  const buiten = ringen[ringen.length - 1] ?? STANDAARD_RINGEN[0] ?? 250;
  const buurtIndex = dichtstbijzijndeIndex(punt[0], punt[1], dataset.buurten);
  const buurt = dataset.buurten[buurtIndex];
  if (!buurt) throw new Error('de dataset heeft geen buurten');
  const wijk = dataset.wijken.find((w) => w.code === buurt.wijk);
  if (!wijk) throw new Error(`wijk ${buurt.wijk} ontbreekt in de dataset`);
  const pc4 = dataset.pc4[dichtstbijzijndeIndex(punt[0], punt[1], dataset.pc4)];
  const [x, y] = wgs84NaarRd(punt);
  const ringVan = (afstand: number) => ringen.find((r) => afstand <= r);

  // Non-confidential facilities within the outer ring, at address level with their distance.
  const gewoon = dataset.voorzieningen.filter((v) => !v.vertrouwelijk);
  const binnen = gewoon
    .map((v) => ({ v, afstand: Math.round(meters(punt, v.positie)) }))
    .filter(({ afstand }) => afstand <= buiten)
    .sort((a, b) => a.afstand - b.afstand || (a.v.id < b.v.id ? -1 : 1));
  const voorzieningen = binnen.map(({ v, afstand }) => {
    const { toevoeging, ...adres } = v.adres;
    return {
      id: v.id,
      naam: v.naam,
      zorgaanbieder: { id: v.zorgaanbieder.id, naam: v.zorgaanbieder.naam },
      woonvorm: v.woonvorm,
      doelgroep: v.doelgroep,
      fase: v.fase,
      capaciteit: v.capaciteit,
      adres: toevoeging === undefined ? adres : { ...adres, toevoeging },
      positie: [v.positie[0], v.positie[1]] as LonLat,
      afstandM: afstand,
      ringM: ringVan(afstand) ?? buiten,
      signaal: HOOG.has(v.fase),
    };
  });
  const ringSamenvattingen = ringen.map((straal) => {
    const hier = binnen.filter(({ afstand }) => afstand <= straal).map(({ v }) => v);
    return {
      straalM: straal,
      totaal: { locaties: hier.length, plekken: hier.reduce((s, v) => s + v.capaciteit, 0) },
      perWoonvorm: telAantallen(WoonvormEnum.options, hier, (v) => v.woonvorm).map(({ k, ...a }) => ({
        woonvorm: k,
        ...a,
      })),
      perDoelgroep: telAantallen(DoelgroepEnum.options, hier, (v) => v.doelgroep).map(({ k, ...a }) => ({
        doelgroep: k,
        ...a,
      })),
      perFase: telAantallen(FaseEnum.options, hier, (v) => v.fase).map(({ k, ...a }) => ({ fase: k, ...a })),
      faseTweeOfHoger: hier.filter((v) => HOOG.has(v.fase)).length,
    };
  });

  // The buurten around: the site's own and every buurt whose centre lies within the outer ring.
  const buurtenRond = dataset.buurten
    .map((b) => ({ b, afstand: Math.round(meters(punt, b.centroid)) }))
    .filter(({ b, afstand }) => b.code === buurt.code || afstand <= buiten)
    .sort((a, b) => (a.b.code === buurt.code ? -1 : b.b.code === buurt.code ? 1 : a.afstand - b.afstand));
  const codesRond = new Set(buurtenRond.map(({ b }) => b.code));

  // Confidential locations: per buurt, never a distance (a distance from chosen points would place them).
  const vertrouwelijk = buurtenRond.map(({ b }) => {
    const hier = dataset.voorzieningen.filter((v) => v.vertrouwelijk && v.buurt === b.code);
    return {
      buurt: b.code,
      buurtnaam: b.naam,
      locaties: hier.length,
      plekken: hier.reduce((s, v) => s + v.capaciteit, 0),
      faseTweeOfHoger: hier.filter((v) => HOOG.has(v.fase)).length,
    };
  });
  const woningen = buurtenRond.map(({ b }) => {
    const t = dataset.individueleWoningen.get(b.code);
    return {
      buurt: b.code,
      buurtnaam: b.naam,
      zelfstandigMetHuurzorg: telling(t?.zelfstandigMetHuurzorg ?? 0),
      wonenEerst: telling(t?.wonenEerst ?? 0),
    };
  });

  // Places per 1,000 inhabitants: every location of the area counts, confidential ones included (by their buurt).
  const capaciteit = invoer.capaciteit ?? 0;
  const stadInwoners = dataset.buurten.reduce((s, b) => s + b.inwoners, 0);
  const blok = (woonvorm: Woonvorm | null) => {
    const telt = (v: Voorziening) => woonvorm === null || v.woonvorm === woonvorm;
    const som = (f: (v: Voorziening) => boolean) =>
      dataset.voorzieningen.filter((v) => telt(v) && f(v)).reduce((s, v) => s + v.capaciteit, 0);
    const gebied = (code: string, naam: string, inwoners: number, voor: number) => ({
      code,
      naam,
      inwoners,
      plekkenVoor: voor,
      plekkenNa: voor + capaciteit,
      per1000Voor: per1000(voor, inwoners),
      per1000Na: per1000(voor + capaciteit, inwoners),
    });
    const stadPlekken = som(() => true);
    return {
      woonvorm,
      buurt: gebied(
        buurt.code,
        buurt.naam,
        buurt.inwoners,
        som((v) => v.buurt === buurt.code),
      ),
      wijk: gebied(
        wijk.code,
        wijk.naam,
        wijk.inwoners,
        som((v) => v.wijk === wijk.code),
      ),
      stad: {
        inwoners: stadInwoners,
        plekken: stadPlekken,
        per1000: per1000(stadPlekken, stadInwoners) ?? 0,
      },
    };
  };

  // RGW: the fixed res-9 grid around the site, every cell released on its own (see the comment at the top).
  const filter = { van: periode.van, tot: periode.tot, categorie: null };
  const perCel = telPerH3(index, filter, RGW_RESOLUTIE).perSleutel;
  const midden = latLngToCell(punt[1], punt[0], RGW_RESOLUTIE);
  const cellen = gridDisk(midden, Math.ceil(buiten / 200) + 1)
    .map((h3) => {
      const [clat, clon] = cellToLatLng(h3);
      return { h3, afstand: meters(punt, [clon, clat]) };
    })
    .filter(({ afstand }) => afstand <= buiten)
    .sort((a, b) => a.afstand - b.afstand || (a.h3 < b.h3 ? -1 : 1))
    .map(({ h3, afstand }) => {
      const cel = perCel.get(h3);
      const vrij = vrijgave(cel?.aantal ?? 0, cel?.sleutelsom ?? 0);
      return { h3, afstand, ringM: ringVan(afstand) ?? buiten, vrij };
    });
  const rgwRingen = ringen.map((straal) => {
    const hier = cellen.filter((c) => c.afstand <= straal);
    return {
      straalM: straal,
      cellen: hier.length,
      zaken: hier.reduce((s, c) => s + (c.vrij.onderdrukt ? 0 : c.vrij.aantal), 0),
      cellenMinderDan5: hier.filter((c) => c.vrij.onderdrukt).length,
    };
  });
  const perBuurt = telPerBuurt(index, filter).perSleutel;
  const bron = bronnen(g, periode);

  return {
    rol,
    locatie: {
      positie: punt,
      rd: [Math.round(x * 100) / 100, Math.round(y * 100) / 100],
      buurt: { code: buurt.code, naam: buurt.naam },
      wijk: { code: wijk.code, naam: wijk.naam },
      pc4: pc4?.code ?? '3011',
    },
    gepland: {
      woonvorm: invoer.woonvorm ?? null,
      doelgroep: invoer.doelgroep ?? null,
      capaciteit,
      aanbieder:
        invoer.aanbieder === undefined
          ? null
          : { id: invoer.aanbieder, naam: g.organisaties.get(invoer.aanbieder)?.naam ?? invoer.aanbieder },
    },
    ringen: ringSamenvattingen,
    voorzieningen,
    signalen: voorzieningen.filter((v) => v.signaal).map((v) => v.id),
    buurtenRond: buurtenRond.map(({ b, afstand }) => ({ code: b.code, naam: b.naam, afstandM: afstand })),
    vertrouwelijk,
    individueleWoningen: { minimum: MINIMUM_TELLING, buurten: woningen },
    concentratie: { alle: blok(null), woonvorm: invoer.woonvorm ? blok(invoer.woonvorm) : null },
    wijkprofiel: {
      buurt: buurt.code,
      indices: { ...buurt.wijkprofiel },
      toelichting:
        'Sociale, fysieke en veiligheidsindex van het Wijkprofiel; 100 is het Rotterdamse gemiddelde. Demo-indices.',
    },
    rgw: {
      resolutie: RGW_RESOLUTIE,
      minimum: MINIMUM_TELLING,
      afronding: AFRONDINGSBASIS,
      filter: { periode: periode.code, van: periode.van, tot: periode.tot, categorie: null },
      ringen: rgwRingen,
      cellen: cellen.map(({ h3, ringM, vrij }) =>
        vrij.onderdrukt
          ? { h3, ringM, onderdrukt: true as const }
          : { h3, ringM, onderdrukt: false as const, aantal: vrij.aantal },
      ),
      buurten: buurtenRond
        .filter(({ b }) => codesRond.has(b.code))
        .map(({ b }) => {
          const cel = perBuurt.get(b.code);
          return {
            buurt: b.code,
            buurtnaam: b.naam,
            telling: vrijgave(cel?.aantal ?? 0, cel?.sleutelsom ?? 0),
          };
        }),
      bron: bron.rgw,
    },
    bronnen: bron,
    bron: g.bron,
  };
}
