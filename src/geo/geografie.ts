/** The geography format of the map (city outline, water, wijken, buurten, PC4 areas, label points) and its validation. */
// One format for two sources: the schematic geography built by scripts/geo-schematisch.ts and, later, an import of
// official CBS data, which writes the same layers and properties with `metadata.bron: 'CBS'`. The tiles are made
// from whichever is in src/geo/data/.
import { area } from '@turf/area';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { featureCollection } from '@turf/helpers';
import { intersect } from '@turf/intersect';
import { kinks } from '@turf/kinks';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { z } from 'zod';
import { FocusgebiedCode } from '../contract/gebied';
import { FOCUSGEBIEDEN } from '../domain/focusgebieden';
import type { Bbox, VlakCoordinaten } from './typen';

/** The layers, in drawing order; every layer is a FeatureCollection with the same `metadata`. */
export const GEOGRAFIE_LAGEN = ['gemeente', 'water', 'wijken', 'buurten', 'pc4', 'labels'] as const;
export type GeografieLaag = (typeof GEOGRAFIE_LAGEN)[number];

export const BRON_SCHEMATISCH = 'schematische gebiedsindeling';
export const ATTRIBUTIE_SCHEMATISCH =
  'Schematische gebiedsindeling op basis van CBS-centroïden; Bron: CBS, Kadaster';
/** What the UI must say while the port is not drawn. */
export const TOELICHTING_ZONDER_HAVEN = 'Haven en Maasvlakte niet weergegeven';

const Metadata = z.strictObject({
  bron: z.enum([BRON_SCHEMATISCH, 'CBS']),
  attributie: z.string().min(1),
  /** Codes (buurt, wijk, PC4) that exist in the source but are not drawn. */
  weggelaten: z.array(z.string()),
  /** A sentence for the legend or attribution about what is not drawn; null when everything is. */
  toelichting: z.string().nullable(),
  /** The script that wrote the layer. */
  gegenereerd: z.string().min(1),
});
export type GeografieMetadata = z.infer<typeof Metadata>;

/** [lon, lat] in WGS84, snapped to 6 decimals (about 0.1 m); typed as GeoJSON's Position, so turf takes it as is. */
const Positie = z
  .array(z.number())
  .length(2, 'een positie is [lon, lat]')
  .refine(([lon = 0, lat = 0]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, 'buiten WGS84');
const Ring = z.array(Positie).min(4, 'een ring heeft minstens 4 posities');
const PolygonSchema = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(Ring).min(1) });
const MultiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(Ring).min(1)).min(1),
});
const VlakSchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
const PuntSchema = z.strictObject({ type: z.literal('Point'), coordinates: Positie });

function laag<G extends z.ZodType, P extends z.ZodType>(geometrie: G, eigenschappen: P) {
  return z.strictObject({
    type: z.literal('FeatureCollection'),
    metadata: Metadata,
    features: z.array(
      z.strictObject({ type: z.literal('Feature'), properties: eigenschappen, geometry: geometrie }),
    ),
  });
}

const Inwoners = z.int().nonnegative();

export const GemeenteEigenschappen = z.strictObject({
  code: z.string().regex(/^GM[0-9]{4}$/),
  naam: z.string().min(1),
  /** The sum over the buurten drawn. */
  inwoners: Inwoners,
});
export const WaterEigenschappen = z.strictObject({
  naam: z.string().min(1),
  soort: z.enum(['rivier', 'haven', 'plas']),
});
export const WijkEigenschappen = z.strictObject({
  code: z.string().regex(/^WK[0-9]{6}$/),
  naam: z.string().min(1),
  inwoners: Inwoners,
});
export const BuurtEigenschappen = z.strictObject({
  code: z.string().regex(/^BU[0-9]{8}$/),
  naam: z.string().min(1),
  wijk: z.string().regex(/^WK[0-9]{6}$/),
  wijknaam: z.string().min(1),
  inwoners: Inwoners,
  focusgebied: FocusgebiedCode.nullable(),
});
export const Pc4Eigenschappen = z.strictObject({
  code: z.string().regex(/^[1-9][0-9]{3}$/),
  inwoners: Inwoners,
});
export const LabelSoort = z.enum(['focusgebied', 'wijk', 'buurt', 'pc4']);
export type LabelSoort = z.infer<typeof LabelSoort>;
export const LabelEigenschappen = z.strictObject({
  soort: LabelSoort,
  /** The code of the area the label names: buurt, wijk or PC4 code, or the FocusgebiedCode. */
  code: z.string().min(1),
  naam: z.string().min(1),
  /** Label priority, 1 = placed first: focus areas, then wijken, buurten and PC4 areas, each by inhabitants. */
  rang: z.int().positive(),
});

export const GeografieSchema = z.strictObject({
  gemeente: laag(VlakSchema, GemeenteEigenschappen),
  water: laag(VlakSchema, WaterEigenschappen),
  wijken: laag(VlakSchema, WijkEigenschappen),
  buurten: laag(VlakSchema, BuurtEigenschappen),
  pc4: laag(VlakSchema, Pc4Eigenschappen),
  labels: laag(PuntSchema, LabelEigenschappen),
});
export type Geografie = z.infer<typeof GeografieSchema>;
export type Vlak = z.infer<typeof VlakSchema>;
type VlakFeature = Geografie['buurten']['features'][number] | Geografie['pc4']['features'][number];

/**
 * Parses the six layers as read from disk or fetched; throws one Dutch message per broken field
 * (`buurten.features.3.properties.code: ...`), so a bad import fails before any tile is made.
 */
export function leesGeografie(ruw: Record<GeografieLaag, unknown>): Geografie {
  const uitkomst = GeografieSchema.safeParse(ruw);
  if (uitkomst.success) return uitkomst.data;
  const regels = uitkomst.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`geografie voldoet niet aan het formaat:\n${regels.join('\n')}`);
}

/** Areas may differ from the sum of their parts by this fraction: rounding to 6 decimals leaves slivers. */
export const OPPERVLAKTE_TOLERANTIE = 0.001;
/** Two areas overlap when they share more than this many m². */
export const OVERLAP_GRENS_M2 = 1;
/** A hole in the city outline smaller than this is a gap between areas, not a lake. */
export const GAT_GRENS_M2 = 500;

export interface ValidatieOpties {
  /** The focus areas that must be present, each on exactly these buurten. */
  readonly focusgebieden?: readonly { readonly code: string; readonly buurten: readonly string[] }[];
}

function bboxVan(g: Vlak): Bbox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const poly of polygonen(g)) {
    for (const p of poly[0] ?? []) {
      w = Math.min(w, p[0] ?? w);
      e = Math.max(e, p[0] ?? e);
      s = Math.min(s, p[1] ?? s);
      n = Math.max(n, p[1] ?? n);
    }
  }
  return [w, s, e, n];
}

function bboxenRaken(a: Bbox, b: Bbox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

export function polygonen(g: Vlak): VlakCoordinaten {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function alsFeature(g: Vlak): Feature<Polygon | MultiPolygon> {
  return { type: 'Feature', properties: {}, geometry: g };
}

export function oppervlakteM2(g: Vlak): number {
  return area(alsFeature(g));
}

/** Twice the signed planar area of a ring in degrees: positive = counter-clockwise. */
function ringRichting(ring: readonly Position[]): number {
  let som = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] ?? [0, 0];
    const b = ring[i + 1] ?? [0, 0];
    som += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
  }
  return som;
}

function geometrieProblemen(naam: string, g: Vlak): string[] {
  const problemen: string[] = [];
  polygonen(g).forEach((poly, pi) => {
    poly.forEach((ring, ri) => {
      const eerste = ring[0];
      const laatste = ring[ring.length - 1];
      if (!eerste || !laatste || eerste[0] !== laatste[0] || eerste[1] !== laatste[1]) {
        problemen.push(`${naam}: ring ${pi}.${ri} is niet gesloten`);
      }
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        if (a && b && a[0] === b[0] && a[1] === b[1]) {
          problemen.push(`${naam}: ring ${pi}.${ri} herhaalt punt ${i}`);
          break;
        }
      }
      const richting = ringRichting(ring);
      // RFC 7946: exterior rings counter-clockwise, holes clockwise.
      if (ri === 0 && richting <= 0) problemen.push(`${naam}: buitenring ${pi} draait met de klok mee`);
      if (ri > 0 && richting >= 0) problemen.push(`${naam}: gat ${pi}.${ri} draait tegen de klok in`);
    });
  });
  const knikken = kinks(g).features.length;
  if (knikken > 0) problemen.push(`${naam}: ${knikken} zelfdoorsnijding(en)`);
  return problemen;
}

export interface Gebied {
  readonly naam: string;
  readonly geometrie: Vlak;
  readonly bbox: Bbox;
}

function gebieden(
  laagNaam: string,
  features: readonly { properties: { code?: string; naam?: string }; geometry: Vlak }[],
): Gebied[] {
  return features.map((f, i) => ({
    naam: `${laagNaam} ${f.properties.code ?? f.properties.naam ?? i}`,
    geometrie: f.geometry,
    bbox: bboxVan(f.geometry),
  }));
}

/** Pairs that share more than OVERLAP_GRENS_M2; bounding boxes first, so only neighbours are clipped. */
export function overlappingen(lijst: readonly Gebied[]): string[] {
  const problemen: string[] = [];
  for (let i = 0; i < lijst.length; i++) {
    for (let j = i + 1; j < lijst.length; j++) {
      const a = lijst[i];
      const b = lijst[j];
      if (!a || !b || !bboxenRaken(a.bbox, b.bbox)) continue;
      const snede = intersect(featureCollection([alsFeature(a.geometrie), alsFeature(b.geometrie)]));
      const m2 = snede ? area(snede) : 0;
      if (m2 > OVERLAP_GRENS_M2) problemen.push(`${a.naam} en ${b.naam} overlappen (${Math.round(m2)} m²)`);
    }
  }
  return problemen;
}

function ligtIn(p: Position, g: Vlak): boolean {
  return booleanPointInPolygon(p, alsFeature(g));
}

function somOppervlakte(features: readonly { geometry: Vlak }[]): number {
  return features.reduce((s, f) => s + oppervlakteM2(f.geometry), 0);
}

function relatiefVerschil(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(b), 1);
}

function dubbeleCodes(laagNaam: string, features: readonly { properties: { code: string } }[]): string[] {
  const gezien = new Set<string>();
  const problemen: string[] = [];
  for (const f of features) {
    if (gezien.has(f.properties.code))
      problemen.push(`${laagNaam}: code ${f.properties.code} komt dubbel voor`);
    gezien.add(f.properties.code);
  }
  return problemen;
}

/**
 * Everything a map needs to be true of a geography, as a list of Dutch problems (empty = valid): valid rings
 * (closed, RFC 7946 winding, no self-intersections), no overlaps within a layer, buurten, wijken and PC4 areas that
 * each cover the city outline without gaps, wijken that are the unions of their buurten, the focus areas on their
 * buurten, and a label point inside every area and never on water.
 */
export function valideerGeografie(geo: Geografie, opties: ValidatieOpties = {}): string[] {
  const problemen: string[] = [];
  const focusgebieden = opties.focusgebieden ?? FOCUSGEBIEDEN;

  const bronnen = new Set(GEOGRAFIE_LAGEN.map((l) => JSON.stringify(geo[l].metadata)));
  if (bronnen.size > 1) problemen.push('de lagen hebben verschillende metadata');

  for (const l of ['gemeente', 'water', 'wijken', 'buurten', 'pc4'] as const) {
    geo[l].features.forEach((f, i) => {
      const naam = `${l} ${'code' in f.properties ? f.properties.code : f.properties.naam || i}`;
      problemen.push(...geometrieProblemen(naam, f.geometry));
    });
  }
  problemen.push(
    ...dubbeleCodes('wijken', geo.wijken.features),
    ...dubbeleCodes('buurten', geo.buurten.features),
    ...dubbeleCodes('pc4', geo.pc4.features),
  );

  const gemeente = geo.gemeente.features;
  if (gemeente.length !== 1) problemen.push(`gemeente: verwacht 1 feature, gevonden ${gemeente.length}`);
  const gemeenteM2 = somOppervlakte(gemeente);
  for (const f of gemeente) {
    for (const poly of polygonen(f.geometry)) {
      for (const gat of poly.slice(1)) {
        const m2 = oppervlakteM2({ type: 'Polygon', coordinates: [gat] });
        if (m2 < GAT_GRENS_M2) problemen.push(`gemeente: gat van ${Math.round(m2)} m² tussen gebieden`);
      }
    }
  }

  // Coverage: each area layer tiles the city outline; with no overlaps, equal area means no gaps.
  for (const l of ['wijken', 'buurten', 'pc4'] as const) {
    const m2 = somOppervlakte(geo[l].features);
    if (relatiefVerschil(m2, gemeenteM2) > OPPERVLAKTE_TOLERANTIE) {
      problemen.push(
        `${l}: samen ${(m2 / 1e6).toFixed(3)} km², de gemeente ${(gemeenteM2 / 1e6).toFixed(3)} km² (gaten of overlap)`,
      );
    }
  }
  for (const l of ['water', 'wijken', 'buurten', 'pc4'] as const) {
    problemen.push(...overlappingen(gebieden(l, geo[l].features)));
  }

  // Wijken are unions of their buurten: same area, same inhabitants, same name.
  const wijken = new Map(geo.wijken.features.map((w) => [w.properties.code, w]));
  const perWijk = new Map<string, (typeof geo.buurten.features)[number][]>();
  for (const b of geo.buurten.features) {
    const wijk = wijken.get(b.properties.wijk);
    if (!wijk) {
      problemen.push(`buurt ${b.properties.code}: wijk ${b.properties.wijk} ontbreekt`);
      continue;
    }
    if (wijk.properties.naam !== b.properties.wijknaam) {
      problemen.push(
        `buurt ${b.properties.code}: wijknaam "${b.properties.wijknaam}", wijk heet "${wijk.properties.naam}"`,
      );
    }
    perWijk.set(b.properties.wijk, [...(perWijk.get(b.properties.wijk) ?? []), b]);
  }
  for (const w of geo.wijken.features) {
    const buurten = perWijk.get(w.properties.code) ?? [];
    if (buurten.length === 0) {
      problemen.push(`wijk ${w.properties.code}: geen buurten`);
      continue;
    }
    const inwoners = buurten.reduce((s, b) => s + b.properties.inwoners, 0);
    if (inwoners !== w.properties.inwoners) {
      problemen.push(
        `wijk ${w.properties.code}: ${w.properties.inwoners} inwoners, de buurten samen ${inwoners}`,
      );
    }
    const m2 = somOppervlakte(buurten);
    if (relatiefVerschil(oppervlakteM2(w.geometry), m2) > OPPERVLAKTE_TOLERANTIE) {
      problemen.push(`wijk ${w.properties.code}: oppervlakte wijkt af van de som van de buurten`);
    }
  }
  const totaal = geo.buurten.features.reduce((s, b) => s + b.properties.inwoners, 0);
  for (const f of gemeente) {
    if (f.properties.inwoners !== totaal) {
      problemen.push(`gemeente: ${f.properties.inwoners} inwoners, de buurten samen ${totaal}`);
    }
  }

  // Focus areas: exactly the expected buurten carry each code.
  for (const fg of focusgebieden) {
    const metCode = geo.buurten.features
      .filter((b) => b.properties.focusgebied === fg.code)
      .map((b) => b.properties.code)
      .sort();
    const verwacht = [...fg.buurten].sort();
    if (metCode.join() !== verwacht.join()) {
      problemen.push(
        `focusgebied ${fg.code}: buurten ${metCode.join(', ') || 'geen'}, verwacht ${verwacht.join(', ')}`,
      );
    }
  }
  const bekendeFocus = new Set(focusgebieden.map((f) => f.code));
  for (const b of geo.buurten.features) {
    if (b.properties.focusgebied !== null && !bekendeFocus.has(b.properties.focusgebied)) {
      problemen.push(`buurt ${b.properties.code}: onbekend focusgebied ${b.properties.focusgebied}`);
    }
  }

  problemen.push(...labelProblemen(geo, focusgebieden));
  return problemen;
}

function labelProblemen(
  geo: Geografie,
  focusgebieden: NonNullable<ValidatieOpties['focusgebieden']>,
): string[] {
  const problemen: string[] = [];
  const water = geo.water.features.map((f) => f.geometry);
  const doelen: Record<Exclude<LabelSoort, 'focusgebied'>, Map<string, VlakFeature['geometry']>> = {
    wijk: new Map(geo.wijken.features.map((f) => [f.properties.code, f.geometry])),
    buurt: new Map(geo.buurten.features.map((f) => [f.properties.code, f.geometry])),
    pc4: new Map(geo.pc4.features.map((f) => [f.properties.code, f.geometry])),
  };
  const focusBuurten = new Map(focusgebieden.map((f) => [f.code, f.buurten]));
  const gezien = new Set<string>();
  const rangen = new Set<number>();
  for (const l of geo.labels.features) {
    const { soort, code, rang } = l.properties;
    const p = l.geometry.coordinates;
    const sleutel = `${soort} ${code}`;
    if (gezien.has(sleutel)) problemen.push(`label ${sleutel} komt dubbel voor`);
    gezien.add(sleutel);
    if (rangen.has(rang)) problemen.push(`label ${sleutel}: rang ${rang} is niet uniek`);
    rangen.add(rang);
    if (water.some((w) => ligtIn(p, w))) problemen.push(`label ${sleutel} ligt op het water`);
    if (soort === 'focusgebied') {
      const buurten = focusBuurten.get(code);
      if (!buurten) {
        problemen.push(`label ${sleutel}: onbekend focusgebied`);
        continue;
      }
      const binnen = buurten.some((b) => {
        const g = doelen.buurt.get(b);
        return g !== undefined && ligtIn(p, g);
      });
      if (!binnen) problemen.push(`label ${sleutel} ligt niet in het focusgebied`);
      continue;
    }
    const g = doelen[soort].get(code);
    if (!g) problemen.push(`label ${sleutel}: geen ${soort} met die code`);
    else if (!ligtIn(p, g)) problemen.push(`label ${sleutel} ligt buiten het eigen gebied`);
  }
  for (const [soort, map] of Object.entries(doelen)) {
    for (const code of map.keys()) {
      if (!gezien.has(`${soort} ${code}`)) problemen.push(`${soort} ${code} heeft geen label`);
    }
  }
  for (const f of focusgebieden) {
    if (!gezien.has(`focusgebied ${f.code}`)) problemen.push(`focusgebied ${f.code} heeft geen label`);
  }
  return problemen;
}
