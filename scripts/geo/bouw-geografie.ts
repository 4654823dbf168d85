/** Builds the map's geography (src/geo/geografie.ts) from read CBS buurten and PC4 areas: simplify, derive wijken and outline, fit the PC4 areas, place labels. */
// The format demands that buurten, wijken and PC4 areas each tile one city outline. Buurten and wijken do by
// construction (the outline is their union). PC4 areas come from another CBS product, often another year and another
// generalisation, so they are made to fit: clipped to the outline, overlaps between them given to the lower code,
// and the parts of the outline no kept PC4 area covers (sea, harbour water, boundary changes) added to the PC4 area
// they border most. The verslag lists every such change, so the user sees how much was fitted.
import { area } from '@turf/area';
import { difference } from '@turf/difference';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { union } from '@turf/union';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Focusgebied } from '../../src/domain/focusgebieden';
import {
  GAT_GRENS_M2,
  OPPERVLAKTE_TOLERANTIE,
  type Geografie,
  type GeografieMetadata,
  type LabelSoort,
  type Vlak,
} from '../../src/geo/geografie';
import type { BuurtFeit } from '../../src/geo/rotterdam-facts';
import type { Bbox, Veelhoek, VlakCoordinaten } from '../../src/geo/typen';
import { bboxenRaken, bboxVanVlakken, type GelezenBuurt, type GelezenPc4 } from './bron-lezer';
import { rond6, schoonVlak } from './crs';
import { labelPunt } from './labelpunt';
import { ontknoop, repareer } from './reparatie';
import { telPunten, vereenvoudigTopologisch } from './vereenvoudig';

export const BRON_CBS = 'CBS';
export const ATTRIBUTIE_CBS = 'Bron: CBS, Kadaster';
export const TOELICHTING_WATER_SCHEMATISCH = 'Water schematisch getekend (geen CBS-gegevens)';
/** About 3.5 m east-west and 5.5 m north-south in Rotterdam: invisible at zoom 14, and it halves the vertices. */
export const STANDAARD_TOLERANTIE = 0.00005;
/**
 * A PC4 area belongs to the gemeente that holds most of its area. A lower threshold would draw slivers of
 * neighbouring towns' postcodes (with all their inhabitants) along the city boundary wherever the CBS products differ.
 */
export const PC4_MINIMAAL_AANDEEL = 0.5;
/** Pieces of the outline smaller than this, left between fitted PC4 areas, are rounding noise rather than gaps. */
const RESTSTUK_GRENS_M2 = 1;
/** Gaps between PC4 areas from this size up are filled (harbour water, sea, boundary changes); smaller ones are slivers. */
const OPVUL_GRENS_M2 = 1000;
/** PC4 parts and holes smaller than this after fitting are debris of the clipping. */
const MIN_DEEL_M2 = 100;

export interface BouwInvoer {
  readonly gemeente: { readonly code: string; readonly naam: string | null };
  readonly buurten: readonly GelezenBuurt[];
  readonly pc4: readonly GelezenPc4[];
  /** The water layer to keep (the schematic one of the current geography); it is clipped to the new outline. */
  readonly water: Geografie['water']['features'];
  readonly tolerantie: number;
  readonly focusgebieden: readonly Focusgebied[];
  /** Known wijk names for sources without a wijknaam field. */
  readonly feiten: readonly BuurtFeit[];
  readonly gegenereerd: string;
}

export interface Pc4Aanpassing {
  readonly code: string;
  readonly m2: number;
}

export interface BouwVerslag {
  readonly punten: Readonly<Record<'buurten' | 'pc4', { readonly voor: number; readonly na: number }>>;
  /** Vertices per layer as written. */
  readonly puntenPerLaag: Readonly<Record<'gemeente' | 'water' | 'wijken' | 'buurten' | 'pc4', number>>;
  /** PC4 areas that overlap the outline but lie mostly outside it, with the share inside. */
  readonly pc4NietOpgenomen: readonly { readonly code: string; readonly aandeel: number }[];
  /** Area cut from PC4 areas: outside the outline, or already covered by a lower code. */
  readonly pc4Afgesneden: readonly Pc4Aanpassing[];
  /** Area of the outline no kept PC4 area covered, added to its neighbour. */
  readonly pc4Aangevuld: readonly Pc4Aanpassing[];
  readonly waterStukken: number;
  readonly waarschuwingen: readonly string[];
}

type Vorm = Feature<Polygon | MultiPolygon>;

function vorm(vlak: VlakCoordinaten): Vorm {
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: vlak } };
}

function coordinaten(v: Vorm | null): VlakCoordinaten {
  if (!v) return [];
  return v.geometry.type === 'Polygon' ? [v.geometry.coordinates] : v.geometry.coordinates;
}

/** 6 decimals, clean rings; the clipping library computes intersection points at full precision. */
function afronden(vlak: VlakCoordinaten): VlakCoordinaten {
  return schoonVlak(
    vlak.map((poly) => poly.map((ring) => ring.map((p) => [rond6(p[0] ?? 0), rond6(p[1] ?? 0)]))),
  );
}

function vereniging(vlakken: readonly VlakCoordinaten[]): VlakCoordinaten {
  const niet = vlakken.filter((v) => v.length > 0);
  if (niet.length === 0) return [];
  if (niet.length === 1) return niet[0] ?? [];
  return coordinaten(union(featureCollection(niet.map(vorm))));
}

function zonder(a: VlakCoordinaten, b: readonly VlakCoordinaten[]): VlakCoordinaten {
  const niet = b.filter((v) => v.length > 0);
  if (a.length === 0 || niet.length === 0) return a;
  return coordinaten(difference(featureCollection([vorm(a), ...niet.map(vorm)])));
}

function snede(a: VlakCoordinaten, b: VlakCoordinaten): VlakCoordinaten {
  if (a.length === 0 || b.length === 0) return [];
  return coordinaten(intersect(featureCollection([vorm(a), vorm(b)])));
}

function m2(vlak: VlakCoordinaten): number {
  return vlak.length === 0 ? 0 : area(vorm(vlak));
}

/** Holes smaller than GAT_GRENS_M2 are the hairline gaps a union leaves where neighbours' borders differ by a rounding. */
function zonderKleineGaten(vlak: VlakCoordinaten): VlakCoordinaten {
  return vlak.map(([buiten, ...gaten]) => [
    buiten ?? [],
    ...gaten.filter((g) => area({ type: 'Polygon', coordinates: [g] }) >= GAT_GRENS_M2),
  ]);
}

function alsVlak(vlak: VlakCoordinaten, wat: string): Vlak {
  if (vlak.length === 0) throw new Error(`${wat}: geen oppervlak over na vereenvoudigen en afronden`);
  return vlak.length === 1
    ? { type: 'Polygon', coordinates: vlak[0] ?? [] }
    : { type: 'MultiPolygon', coordinates: vlak };
}

function sleutel(p: Position): string {
  return `${p[0]},${p[1]}`;
}

interface Buurt {
  readonly code: string;
  readonly naam: string;
  readonly wijk: string;
  readonly inwoners: number;
  vlak: VlakCoordinaten;
}

/** CBS map files split some buurten into a land and a water part with the same code; one buurt is one area here. */
function voegDubbeleSamen(
  buurten: readonly GelezenBuurt[],
  waarschuwingen: string[],
): (GelezenBuurt & { delen: number })[] {
  const perCode = new Map<string, GelezenBuurt[]>();
  for (const b of buurten) perCode.set(b.code, [...(perCode.get(b.code) ?? []), b]);
  return [...perCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, delen]) => {
      const eerste = delen.find((d) => !d.water) ?? (delen[0] as GelezenBuurt);
      if (delen.length === 1) return { ...eerste, delen: 1 };
      waarschuwingen.push(
        `buurten ${code}: ${delen.length} features (${delen.map((d) => `feature ${d.index}${d.water ? ', water' : ''}`).join('; ')}); samengevoegd, gegevens van feature ${eerste.index}`,
      );
      return { ...eerste, vlak: afronden(vereniging(delen.map((d) => d.vlak))), delen: delen.length };
    });
}

export async function bouwGeografie(
  invoer: BouwInvoer,
): Promise<{ geografie: Geografie; verslag: BouwVerslag }> {
  const waarschuwingen: string[] = [];
  const gelezen = voegDubbeleSamen(invoer.buurten, waarschuwingen);
  if (gelezen.length === 0) throw new Error(`geen buurten van ${invoer.gemeente.code} in de invoer`);

  // Buurten: simplified together, so neighbours keep sharing their borders exactly.
  const vBuurten = await vereenvoudigTopologisch(
    gelezen.map((b) => b.vlak),
    invoer.tolerantie,
  );
  const wijknaamFeit = new Map(invoer.feiten.map((f) => [f.wijk, f.wijknaam]));
  const buurtnaamFeit = new Map(invoer.feiten.map((f) => [f.code, f.naam]));
  const buurten: Buurt[] = gelezen.map((b, i) => {
    const naam = b.naam ?? buurtnaamFeit.get(b.code) ?? b.code;
    if (!b.naam) waarschuwingen.push(`buurten ${b.code}: geen buurtnaam; "${naam}" gebruikt`);
    return { code: b.code, naam, wijk: b.wijk, inwoners: b.inwoners ?? 0, vlak: vBuurten.vlakken[i] ?? [] };
  });

  // Wijken: the union of their buurten; the name from the file, else the known CBS name, else the code.
  const perWijk = new Map<string, Buurt[]>();
  for (const b of buurten) perWijk.set(b.wijk, [...(perWijk.get(b.wijk) ?? []), b]);
  const wijkCodes = [...perWijk.keys()].sort();
  const wijkNamen = new Map<string, string>();
  for (const w of wijkCodes) {
    const uitBestand = gelezen.find((b) => b.wijk === w && b.wijknaam)?.wijknaam;
    wijkNamen.set(w, uitBestand ?? wijknaamFeit.get(w) ?? w);
    if (!uitBestand && !wijknaamFeit.has(w))
      waarschuwingen.push(`wijken ${w}: geen wijknaam bekend; de code gebruikt`);
  }
  const wijkVlakken = new Map(
    wijkCodes.map((w) => [
      w,
      zonderKleineGaten(afronden(vereniging((perWijk.get(w) ?? []).map((b) => b.vlak)))),
    ]),
  );
  const stad = zonderKleineGaten(afronden(vereniging([...wijkVlakken.values()])));
  const stadBbox = bboxVanVlakken([stad]);

  const pc4 = await pasPc4In(invoer.pc4, stad, stadBbox, invoer.tolerantie, waarschuwingen);
  if (pc4.gebieden.length === 0) {
    const deels = pc4.nietOpgenomen.map((p) => `${p.code} (${Math.round(p.aandeel * 100)}%)`).join(', ');
    throw new Error(
      `pc4: geen PC4-gebied ligt voor minstens de helft in ${invoer.gemeente.code}` +
        (deels ? `; deels: ${deels}` : ''),
    );
  }

  // Water: the schematic pieces, clipped to the new outline; pieces outside it disappear.
  const water = invoer.water
    .map((f) => ({ properties: f.properties, vlak: afronden(snede(geoNaarCoordinaten(f.geometry), stad)) }))
    .filter((w) => w.vlak.length > 0);
  const waterBboxen = water.map((w) => ({ vlak: w.vlak, bbox: bboxVanVlakken([w.vlak]) }));
  const land = (vlak: VlakCoordinaten): VlakCoordinaten => {
    const b = bboxVanVlakken([vlak]);
    return zonder(
      vlak,
      waterBboxen.filter((w) => bboxenRaken(w.bbox, b)).map((w) => w.vlak),
    );
  };

  const metadata: GeografieMetadata = {
    bron: BRON_CBS,
    attributie: ATTRIBUTIE_CBS,
    weggelaten: [],
    toelichting: water.length > 0 ? TOELICHTING_WATER_SCHEMATISCH : null,
    gegenereerd: invoer.gegenereerd,
  };
  const focusVan = new Map(invoer.focusgebieden.flatMap((f) => f.buurten.map((b) => [b, f.code] as const)));

  const buurtFeatures = buurten.map((b) => ({
    type: 'Feature' as const,
    properties: {
      code: b.code,
      naam: b.naam,
      wijk: b.wijk,
      wijknaam: wijkNamen.get(b.wijk) ?? b.wijk,
      inwoners: b.inwoners,
      focusgebied: focusVan.get(b.code) ?? null,
    },
    geometry: alsVlak(b.vlak, `buurt ${b.code}`),
  }));
  const wijkFeatures = wijkCodes.map((w) => ({
    type: 'Feature' as const,
    properties: {
      code: w,
      naam: wijkNamen.get(w) ?? w,
      inwoners: (perWijk.get(w) ?? []).reduce((s, b) => s + b.inwoners, 0),
    },
    geometry: alsVlak(wijkVlakken.get(w) ?? [], `wijk ${w}`),
  }));
  const pc4Features = pc4.gebieden.map((p) => ({
    type: 'Feature' as const,
    properties: { code: p.code, inwoners: p.inwoners },
    geometry: alsVlak(p.vlak, `pc4 ${p.code}`),
  }));
  const gemeenteFeature = {
    type: 'Feature' as const,
    properties: {
      code: invoer.gemeente.code,
      naam: invoer.gemeente.naam ?? gelezen.find((b) => b.gemeentenaam)?.gemeentenaam ?? invoer.gemeente.code,
      inwoners: buurten.reduce((s, b) => s + b.inwoners, 0),
    },
    geometry: alsVlak(stad, 'gemeente'),
  };
  const waterFeatures = water.map((w) => ({
    type: 'Feature' as const,
    properties: w.properties,
    geometry: alsVlak(w.vlak, `water ${w.properties.naam}`),
  }));

  const labels = maakLabels(
    [
      ...invoer.focusgebieden
        .map((f) => {
          const leden = buurten.filter((b) => f.buurten.includes(b.code));
          if (leden.length === 0) return null;
          return {
            soort: 'focusgebied' as const,
            code: f.code,
            naam: f.naam,
            inwoners: leden.reduce((s, b) => s + b.inwoners, 0),
            vlak: afronden(vereniging(leden.map((b) => b.vlak))),
          };
        })
        .filter((k) => k !== null),
      ...wijkFeatures.map((w) => ({
        soort: 'wijk' as const,
        code: w.properties.code,
        naam: w.properties.naam,
        inwoners: w.properties.inwoners,
        vlak: wijkVlakken.get(w.properties.code) ?? [],
      })),
      ...buurten.map((b) => ({
        soort: 'buurt' as const,
        code: b.code,
        naam: b.naam,
        inwoners: b.inwoners,
        vlak: b.vlak,
      })),
      ...pc4.gebieden.map((p) => ({
        soort: 'pc4' as const,
        code: p.code,
        naam: p.code,
        inwoners: p.inwoners,
        vlak: p.vlak,
      })),
    ],
    land,
  );

  const laag = <F>(features: F[]) => ({ type: 'FeatureCollection' as const, metadata, features });
  const geografie: Geografie = {
    gemeente: laag([gemeenteFeature]),
    water: laag(waterFeatures),
    wijken: laag(wijkFeatures),
    buurten: laag(buurtFeatures),
    pc4: laag(pc4Features),
    labels: laag(labels),
  };
  return {
    geografie,
    verslag: {
      punten: {
        buurten: { voor: vBuurten.puntenVoor, na: vBuurten.puntenNa },
        pc4: { voor: pc4.puntenVoor, na: pc4.puntenNa },
      },
      puntenPerLaag: {
        gemeente: telPunten([stad]),
        water: telPunten(water.map((w) => w.vlak)),
        wijken: telPunten([...wijkVlakken.values()]),
        buurten: telPunten(buurten.map((b) => b.vlak)),
        pc4: telPunten(pc4.gebieden.map((p) => p.vlak)),
      },
      pc4NietOpgenomen: pc4.nietOpgenomen,
      pc4Afgesneden: pc4.afgesneden,
      pc4Aangevuld: pc4.aangevuld,
      waterStukken: water.length,
      waarschuwingen,
    },
  };
}

function geoNaarCoordinaten(g: Vlak): VlakCoordinaten {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

interface Pc4Gebied {
  readonly code: string;
  readonly inwoners: number;
  vlak: VlakCoordinaten;
}

async function pasPc4In(
  gelezen: readonly GelezenPc4[],
  stad: VlakCoordinaten,
  stadBbox: Bbox,
  tolerantie: number,
  waarschuwingen: string[],
): Promise<{
  gebieden: Pc4Gebied[];
  puntenVoor: number;
  puntenNa: number;
  nietOpgenomen: { code: string; aandeel: number }[];
  afgesneden: Pc4Aanpassing[];
  aangevuld: Pc4Aanpassing[];
}> {
  const perCode = new Map<string, GelezenPc4>();
  for (const p of [...gelezen].sort((a, b) => a.code.localeCompare(b.code))) {
    const eerder = perCode.get(p.code);
    if (eerder) {
      waarschuwingen.push(
        `pc4 ${p.code}: feature ${eerder.index} en ${p.index} hebben dezelfde code; samengevoegd`,
      );
      perCode.set(p.code, { ...eerder, vlak: schoonVlak(vereniging([eerder.vlak, p.vlak])) });
    } else perCode.set(p.code, p);
  }
  const kandidaten = [...perCode.values()].filter((p) => bboxenRaken(bboxVanVlakken([p.vlak]), stadBbox));
  const v = await vereenvoudigTopologisch(
    kandidaten.map((p) => p.vlak),
    tolerantie,
  );

  const nietOpgenomen: { code: string; aandeel: number }[] = [];
  const afgesneden: Pc4Aanpassing[] = [];
  const gebieden: Pc4Gebied[] = [];
  kandidaten.forEach((p, i) => {
    const vlak = v.vlakken[i] ?? [];
    const geheel = m2(vlak);
    const binnen = schoonVlak(snede(vlak, stad));
    const binnenM2 = m2(binnen);
    const aandeel = geheel > 0 ? binnenM2 / geheel : 0;
    if (aandeel < PC4_MINIMAAL_AANDEEL) {
      if (aandeel > 0.01) nietOpgenomen.push({ code: p.code, aandeel });
      return;
    }
    if (p.inwoners === null) waarschuwingen.push(`pc4 ${p.code}: inwoners onbekend; 0 gebruikt`);
    if (geheel - binnenM2 > RESTSTUK_GRENS_M2) afgesneden.push({ code: p.code, m2: geheel - binnenM2 });
    gebieden.push({ code: p.code, inwoners: p.inwoners ?? 0, vlak: binnen });
  });

  // Overlaps between PC4 areas (products generalised area by area do not share borders): the lower code keeps them.
  const bboxen = gebieden.map((g) => bboxVanVlakken([g.vlak]));
  gebieden.forEach((g, i) => {
    const hier = bboxen[i] as Bbox;
    const eerder = gebieden.slice(0, i).filter((_, j) => bboxenRaken(bboxen[j] as Bbox, hier));
    if (eerder.length === 0) return;
    const voor = m2(g.vlak);
    g.vlak = schoonVlak(
      zonder(
        g.vlak,
        eerder.map((e) => e.vlak),
      ),
    );
    const weg = voor - m2(g.vlak);
    if (weg > RESTSTUK_GRENS_M2) {
      const bestaand = afgesneden.find((a) => a.code === g.code);
      if (bestaand)
        afgesneden.splice(afgesneden.indexOf(bestaand), 1, { code: g.code, m2: bestaand.m2 + weg });
      else afgesneden.push({ code: g.code, m2: weg });
    }
  });

  // Gaps: each piece of the outline outside every PC4 area goes to the area it shares most border points with.
  const aangevuld = new Map<string, number>();
  const gaten = schoonVlak(zonder(stad, [vereniging(gebieden.map((g) => g.vlak))]));
  if (gaten.length > 0 && gebieden.length > 0) {
    const eigenaren = new Map<string, Set<number>>();
    gebieden.forEach((g, i) => {
      for (const poly of g.vlak) {
        for (const ring of poly) {
          for (const p of ring) {
            const k = sleutel(p);
            let s = eigenaren.get(k);
            if (!s) eigenaren.set(k, (s = new Set()));
            s.add(i);
          }
        }
      }
    });
    const erbij = new Map<number, VlakCoordinaten[]>();
    const stukken = gaten.map((stuk) => ({ stuk, m2: m2([stuk]) })).sort((a, b) => b.m2 - a.m2);
    // Slivers between two PC4 areas are left open: filling them makes rings touch. Unless they add up to more
    // than a quarter of what the validator tolerates, then they are filled as well.
    const open = stukken.filter((s) => s.m2 < OPVUL_GRENS_M2).reduce((som, s) => som + s.m2, 0);
    const ondergrens = open > 0.25 * OPPERVLAKTE_TOLERANTIE * m2(stad) ? RESTSTUK_GRENS_M2 : OPVUL_GRENS_M2;
    for (const { stuk, m2: stukM2 } of stukken) {
      if (stukM2 < ondergrens) continue;
      const stemmen = new Map<number, number>();
      for (const ring of stuk) {
        for (const p of ring) {
          for (const i of eigenaren.get(sleutel(p)) ?? []) stemmen.set(i, (stemmen.get(i) ?? 0) + 1);
        }
      }
      const doel =
        [...stemmen.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ??
        dichtstbij(stuk, gebieden);
      erbij.set(doel, [...(erbij.get(doel) ?? []), [stuk]]);
      const code = gebieden[doel]?.code ?? '';
      aangevuld.set(code, (aangevuld.get(code) ?? 0) + stukM2);
    }
    for (const [i, delen] of erbij) {
      const g = gebieden[i];
      if (g) g.vlak = schoonVlak(vereniging([g.vlak, ...delen]));
    }
  }
  const gerepareerd = await repareer(
    gebieden.map((g) => g.vlak),
    MIN_DEEL_M2,
  );
  gebieden.forEach((g, i) => {
    g.vlak = ontknoop(gerepareerd[i] ?? []);
  });
  return {
    gebieden: gebieden.filter((g) => g.vlak.length > 0),
    puntenVoor: v.puntenVoor,
    puntenNa: v.puntenNa,
    nietOpgenomen,
    afgesneden: afgesneden.sort((a, b) => b.m2 - a.m2),
    aangevuld: [...aangevuld.entries()].map(([code, m]) => ({ code, m2: m })).sort((a, b) => b.m2 - a.m2),
  };
}

/** The area whose bounding-box centre is nearest to the piece: for a piece that shares no point with any area. */
function dichtstbij(stuk: Veelhoek, gebieden: readonly Pc4Gebied[]): number {
  const [w = 0, s = 0, e = 0, n = 0] = bboxVanVlakken([[stuk]]);
  const mx = (w + e) / 2;
  const my = (s + n) / 2;
  let beste = 0;
  let afstand = Infinity;
  gebieden.forEach((g, i) => {
    const [gw = 0, gs = 0, ge = 0, gn = 0] = bboxVanVlakken([g.vlak]);
    const d = Math.hypot((gw + ge) / 2 - mx, (gs + gn) / 2 - my);
    if (d < afstand) {
      afstand = d;
      beste = i;
    }
  });
  return beste;
}

interface LabelKandidaat {
  readonly soort: LabelSoort;
  readonly code: string;
  readonly naam: string;
  readonly inwoners: number;
  readonly vlak: VlakCoordinaten;
}

const SOORT_VOLGORDE: readonly LabelSoort[] = ['focusgebied', 'wijk', 'buurt', 'pc4'];

/** Label points with the same ranking as the schematic geography: focus areas, wijken, buurten, PC4, each by inhabitants. */
function maakLabels(kandidaten: LabelKandidaat[], land: (v: VlakCoordinaten) => VlakCoordinaten) {
  const gesorteerd = [...kandidaten].sort(
    (a, b) =>
      SOORT_VOLGORDE.indexOf(a.soort) - SOORT_VOLGORDE.indexOf(b.soort) ||
      b.inwoners - a.inwoners ||
      a.code.localeCompare(b.code),
  );
  return gesorteerd.map((k, i) => {
    const p = labelPunt(k.vlak, land(k.vlak));
    return {
      type: 'Feature' as const,
      properties: { soort: k.soort, code: k.code, naam: k.naam, rang: i + 1 },
      geometry: { type: 'Point' as const, coordinates: [p[0] ?? 0, p[1] ?? 0] as [number, number] },
    };
  });
}
