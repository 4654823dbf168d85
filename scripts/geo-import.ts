/** Replaces the embedded geography and its tiles with official CBS buurten and PC4 areas, read from GeoJSON files or URLs. */
// Usage: npm run geo:import -- --buurten <file|url> --pc4 <file|url> [--gemeente GM0599] [--uit <dir>] [--tegels <dir>]
//        [--tolerantie 0.00005]
//
// Nothing is changed unless everything succeeds: the new geography and tiles are written next to their targets,
// checked, and only then swapped in by renaming, with the previous version kept as `<dir>.vorige` until both swaps
// have succeeded. Any error leaves the current geography and tiles as they were and exits non-zero.
import {
  chmodSync,
  cpSync,
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FOCUSGEBIEDEN } from '../src/domain/focusgebieden';
import { GEOGRAFIE_LAGEN, type Geografie } from '../src/geo/geografie';
import {
  bboxVanVlakken,
  BuurtLezer,
  Pc4Lezer,
  type BronVerslag,
  type GelezenBuurt,
  type GelezenPc4,
} from './geo/bron-lezer';
import { bouwGeografie, STANDAARD_TOLERANTIE, type BouwVerslag } from './geo/bouw-geografie';
import { controleerImport, focusHint } from './geo/controle';
import { CRS_NAAM } from './geo/crs';
import { leesGeoJsonStroom, type StroomItem } from './geo/geojson-stroom';
import { BUURTEN, PC4_GEBIEDEN } from '../src/geo/rotterdam-facts';
import { bestanden } from './geo-schematisch';
import { bouwTegels, DATA_MAP, leesGeografieVan, schrijfTegels, TEGELS_MAP } from './tiles';

export const GEGENEREERD = 'scripts/geo-import.ts';
/** Progress is reported every this many features on large files. */
const VOORTGANG_PER = 1000;
/** A paging loop that never ends is a server bug; stop rather than fetch forever. */
const MAX_PAGINAS = 10_000;

export interface ImportOpties {
  readonly buurten: string;
  readonly pc4: string;
  readonly gemeente: string;
  /** The geography folder to replace; no default here, so a test can never touch the committed one by accident. */
  readonly uit: string;
  /** The tile folder to replace. */
  readonly tegels: string;
  readonly tolerantie?: number;
  readonly meld?: (regel: string) => void;
}

export interface ImportUitkomst {
  readonly geografie: Geografie;
  readonly bronnen: readonly BronVerslag[];
  readonly bouw: BouwVerslag;
  readonly waarschuwingen: readonly string[];
  readonly tegels: number;
  readonly ms: Readonly<Record<'lezen' | 'bouwen' | 'controleren' | 'schrijven' | 'totaal', number>>;
}

interface Lezer {
  lid(naam: string, waarde: unknown): void;
  feature(index: number, waarde: unknown): void;
  kop(crsNaam: string | null): void;
}

function isUrl(bron: string): boolean {
  return /^https?:\/\//i.test(bron);
}

/** `<http://www.opengis.net/def/crs/EPSG/0/28992>` -> the URI inside the brackets. */
function crsUitKop(kop: string | null): string | null {
  if (!kop) return null;
  return kop.trim().replace(/^<(.*)>$/, '$1');
}

function volgendeLink(links: unknown, basis: string): string | null {
  if (!Array.isArray(links)) return null;
  for (const l of links) {
    if (typeof l === 'object' && l !== null && (l as { rel?: unknown }).rel === 'next') {
      const href = (l as { href?: unknown }).href;
      if (typeof href === 'string' && href !== '') return new URL(href, basis).href;
    }
  }
  return null;
}

/**
 * Feeds a file or URL to a reader. Files are streamed; URLs are fetched page by page along OGC API Features'
 * `links` with rel "next" (PDOK pages by `limit`, at most 1000 features per page).
 */
export async function leesBron(bron: string, lezer: Lezer, meld: (regel: string) => void): Promise<void> {
  let gelezen = 0;
  const geef = (item: StroomItem, verschuiving: number): void => {
    if (item.soort === 'lid') lezer.lid(item.naam, item.waarde);
    else {
      lezer.feature(verschuiving + item.index, item.waarde);
      gelezen++;
      if (gelezen % VOORTGANG_PER === 0) meld(`  gelezen: ${gelezen} features…`);
    }
  };
  if (!isUrl(bron)) {
    if (!existsSync(bron)) throw new Error(`${bron}: bestand niet gevonden`);
    const stroom = createReadStream(bron, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const item of leesGeoJsonStroom(stroom as AsyncIterable<string>)) geef(item, 0);
    return;
  }
  let url: string | null = bron;
  const gezien = new Set<string>();
  for (let pagina = 1; url !== null; pagina++) {
    if (gezien.has(url) || pagina > MAX_PAGINAS)
      throw new Error(`${bron}: de paginering blijft rondgaan bij ${url}`);
    gezien.add(url);
    const antwoord: Response = await fetch(url, {
      headers: { Accept: 'application/geo+json, application/json' },
    });
    if (!antwoord.ok) throw new Error(`${url}: HTTP ${antwoord.status} ${antwoord.statusText}`);
    lezer.kop(crsUitKop(antwoord.headers.get('content-crs')));
    const tekst = await antwoord.text();
    const verschuiving = gelezen;
    let volgende: string | null = null;
    for await (const item of leesGeoJsonStroom([tekst])) {
      if (item.soort === 'lid' && item.naam === 'links') volgende = volgendeLink(item.waarde, url);
      geef(item, verschuiving);
    }
    if (volgende !== null || pagina > 1) meld(`  gelezen: ${gelezen} features… (pagina ${pagina})`);
    url = volgende;
  }
}

function beschrijfBron(v: BronVerslag, wat: string): string {
  const velden = Object.entries(v.velden)
    .map(([k, n]) => `${k}=${n}`)
    .join(', ');
  const crs = v.crs ? CRS_NAAM[v.crs] : 'onbekend';
  return `${v.bron}: ${v.gelezen} gelezen, ${v.behouden} ${wat}; CRS ${crs} (${v.crsHerkomst}); velden: ${velden || 'geen'}`;
}

/** The current water layer: from the target folder, else the embedded geography, else none. */
function huidigWater(uit: string, meld: (regel: string) => void): Geografie['water']['features'] {
  for (const map of [uit, DATA_MAP]) {
    try {
      return leesGeografieVan(map).water.features;
    } catch {
      // Not there or not readable: try the next one.
    }
  }
  meld('let op: geen huidige geografie gevonden; de kaart krijgt geen waterlaag');
  return [];
}

/** A new folder next to `doel`, so the final rename stays on one file system, with the permissions of `doel`. */
function tijdelijkNaast(doel: string): string {
  mkdirSync(dirname(doel), { recursive: true });
  const map = mkdtempSync(join(dirname(doel), `.${basename(doel)}.nieuw-`));
  // mkdtemp makes the folder private (0700); the swapped-in folder must be readable like the one it replaces.
  chmodSync(map, existsSync(doel) ? statSync(doel).mode & 0o7777 : 0o755);
  return map;
}

type Hernoem = (van: string, naar: string) => void;

/**
 * Moves each `nieuw` to its `doel`, keeping the old `doel` as `<doel>.vorige` until all moves have succeeded; if one
 * fails, the ones done are undone, so either every folder is new or every folder is as it was.
 */
export function wisselIn(
  paren: readonly { readonly doel: string; readonly nieuw: string }[],
  hernoem: Hernoem = renameSync,
): void {
  const klaar: { doel: string; vorige: string | null; nieuw: string }[] = [];
  try {
    for (const { doel, nieuw } of paren) {
      const vorige = `${doel}.vorige`;
      rmSync(vorige, { recursive: true, force: true });
      const bestond = existsSync(doel);
      if (bestond) hernoem(doel, vorige);
      try {
        hernoem(nieuw, doel);
      } catch (e) {
        if (bestond) hernoem(vorige, doel);
        throw e;
      }
      klaar.push({ doel, vorige: bestond ? vorige : null, nieuw });
    }
  } catch (e) {
    for (const { doel, vorige, nieuw } of klaar.reverse()) {
      hernoem(doel, nieuw);
      if (vorige) hernoem(vorige, doel);
    }
    throw e;
  }
  for (const { vorige } of klaar) if (vorige) rmSync(vorige, { recursive: true, force: true });
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function ha(m2: number): string {
  return m2 >= 1e6 ? `${(m2 / 1e6).toFixed(2)} km²` : `${(m2 / 1e4).toFixed(2)} ha`;
}

function lijst(regels: readonly string[], max = 15): string[] {
  return regels.length <= max ? [...regels] : [...regels.slice(0, max), `… en nog ${regels.length - max}`];
}

export async function importeer(opties: ImportOpties): Promise<ImportUitkomst> {
  const meld = opties.meld ?? ((r: string) => console.log(r));
  const gemeente = opties.gemeente.toUpperCase();
  if (!/^GM[0-9]{4}$/.test(gemeente))
    throw new Error(
      `--gemeente "${opties.gemeente}" is geen gemeentecode; verwacht GM gevolgd door 4 cijfers`,
    );
  const uit = resolve(opties.uit);
  const tegelMap = resolve(opties.tegels);
  const tolerantie = opties.tolerantie ?? STANDAARD_TOLERANTIE;
  const begin = performance.now();
  let t = begin;
  const stap = (): number => {
    const nu = performance.now();
    const ms = nu - t;
    t = nu;
    return Math.round(ms);
  };

  meld(`buurten lezen: ${opties.buurten}`);
  const buurtLezer = new BuurtLezer(gemeente);
  await leesBron(opties.buurten, buurtLezer, meld);
  const buurten: { features: GelezenBuurt[]; verslag: BronVerslag } = buurtLezer.resultaat();
  meld(beschrijfBron(buurten.verslag, `van ${gemeente}`));
  if (buurten.features.length === 0) {
    throw new Error(
      `buurten: geen buurten van ${gemeente} in ${opties.buurten} (geen buurtcode begint met BU${gemeente.slice(2)})`,
    );
  }
  meld(`pc4 lezen: ${opties.pc4}`);
  const pc4Lezer = new Pc4Lezer(bboxVanVlakken(buurten.features.map((b) => b.vlak)));
  await leesBron(opties.pc4, pc4Lezer, meld);
  const pc4: { features: GelezenPc4[]; verslag: BronVerslag } = pc4Lezer.resultaat();
  meld(beschrijfBron(pc4.verslag, 'in de buurt van de gemeente'));
  const msLezen = stap();

  const rotterdam = gemeente === 'GM0599';
  const { geografie, verslag } = await bouwGeografie({
    gemeente: { code: gemeente, naam: rotterdam ? 'Rotterdam' : null },
    buurten: buurten.features,
    pc4: pc4.features,
    water: huidigWater(uit, meld),
    tolerantie,
    focusgebieden: rotterdam ? FOCUSGEBIEDEN : [],
    feiten: rotterdam ? BUURTEN : [],
    gegenereerd: GEGENEREERD,
  });
  const msBouwen = stap();

  const controle = controleerImport(geografie, {
    focusgebieden: rotterdam ? FOCUSGEBIEDEN : [],
    buurtFeiten: rotterdam ? BUURTEN : [],
    pc4Feiten: rotterdam ? PC4_GEBIEDEN : [],
  });
  if (controle.fouten.length > 0) {
    const hint = focusHint(controle.fouten);
    throw new Error(
      `de geïmporteerde geografie is ongeldig (${controle.fouten.length} problemen):\n` +
        lijst(controle.fouten, 30)
          .map((f) => `  ${f}`)
          .join('\n') +
        (hint ? `\n${hint}` : ''),
    );
  }
  const msControleren = stap();

  // Write everything beside the targets first; only a complete, re-read set is swapped in.
  const teksten = await bestanden(geografie);
  const tijdelijk: string[] = [];
  let tegelBestanden: Map<string, Uint8Array>;
  try {
    const nieuweData = tijdelijkNaast(uit);
    tijdelijk.push(nieuweData);
    if (existsSync(uit)) {
      // Files in the folder that are not geography layers (a README, say) move along unchanged.
      const lagen = new Set(GEOGRAFIE_LAGEN.map((l) => `${l}.json`));
      for (const naam of readdirSync(uit)) {
        if (!lagen.has(naam)) cpSync(join(uit, naam), join(nieuweData, naam), { recursive: true });
      }
    }
    for (const [laag, tekst] of teksten) writeFileSync(join(nieuweData, `${laag}.json`), tekst);
    leesGeografieVan(nieuweData);

    const nieuweTegels = tijdelijkNaast(tegelMap);
    tijdelijk.push(nieuweTegels);
    tegelBestanden = bouwTegels(geografie);
    schrijfTegels(tegelBestanden, nieuweTegels);

    wisselIn([
      { doel: uit, nieuw: nieuweData },
      { doel: tegelMap, nieuw: nieuweTegels },
    ]);
  } finally {
    for (const map of tijdelijk) rmSync(map, { recursive: true, force: true });
  }
  const msSchrijven = stap();

  const waarschuwingen = [
    ...buurten.verslag.waarschuwingen,
    ...pc4.verslag.waarschuwingen,
    ...verslag.waarschuwingen,
    ...controle.waarschuwingen,
  ];
  for (const [laag, tekst] of teksten) {
    meld(
      `${join(uit, `${laag}.json`)}: ${geografie[laag].features.length} features, ${kb(Buffer.byteLength(tekst))}`,
    );
  }
  const pbf = [...tegelBestanden.keys()].filter((k) => k.endsWith('.pbf')).length;
  const tegelBytes = [...tegelBestanden.values()].reduce((s, b) => s + b.length, 0);
  meld(`${tegelMap}: ${pbf} tegels + tiles.json, ${kb(tegelBytes)}`);
  meld(
    `punten: buurten ${verslag.punten.buurten.voor} -> ${verslag.punten.buurten.na}, ` +
      `pc4 ${verslag.punten.pc4.voor} -> ${verslag.punten.pc4.na} (vereenvoudigd met tolerantie ${tolerantie}°); ` +
      `geschreven: ${Object.entries(verslag.puntenPerLaag)
        .map(([l, n]) => `${l} ${n}`)
        .join(', ')}`,
  );
  if (verslag.pc4NietOpgenomen.length > 0) {
    meld(
      `pc4 niet opgenomen (minder dan de helft in de gemeente): ${verslag.pc4NietOpgenomen
        .map((p) => `${p.code} (${Math.round(p.aandeel * 100)}%)`)
        .join(', ')}`,
    );
  }
  if (verslag.pc4Aangevuld.length > 0) {
    const totaal = verslag.pc4Aangevuld.reduce((s, a) => s + a.m2, 0);
    meld(
      `pc4 aangevuld tot de gemeentegrens (${ha(totaal)} zonder PC4-gebied, vooral water): ` +
        lijst(
          verslag.pc4Aangevuld.map((a) => `${a.code} +${ha(a.m2)}`),
          8,
        ).join(', '),
    );
  }
  if (verslag.pc4Afgesneden.length > 0) {
    const totaal = verslag.pc4Afgesneden.reduce((s, a) => s + a.m2, 0);
    meld(
      `pc4 bijgesneden tot de gemeentegrens en elkaar: ${verslag.pc4Afgesneden.length} gebieden, samen ${ha(totaal)}`,
    );
  }
  meld(
    verslag.waterStukken > 0
      ? `water: ${verslag.waterStukken} stukken uit de huidige (schematische) waterlaag, bijgesneden tot de nieuwe gemeentegrens; ` +
          'de CBS-gegevens bevatten geen water (ook in metadata.toelichting)'
      : 'water: geen',
  );
  if (waarschuwingen.length > 0) {
    meld(`waarschuwingen (${waarschuwingen.length}):`);
    for (const w of lijst(waarschuwingen, 20)) meld(`  ${w}`);
  }
  const totaal = Math.round(performance.now() - begin);
  meld(
    `klaar in ${(totaal / 1000).toFixed(1)} s (lezen ${msLezen} ms, bouwen ${msBouwen} ms, controleren ${msControleren} ms, schrijven ${msSchrijven} ms)`,
  );

  return {
    geografie,
    bronnen: [buurten.verslag, pc4.verslag],
    bouw: verslag,
    waarschuwingen,
    tegels: pbf,
    ms: { lezen: msLezen, bouwen: msBouwen, controleren: msControleren, schrijven: msSchrijven, totaal },
  };
}

const GEBRUIK =
  'gebruik: npm run geo:import -- --buurten <bestand|url> --pc4 <bestand|url> [--gemeente GM0599] ' +
  '[--uit <map>] [--tegels <map>] [--tolerantie 0.00005]';

export function leesArgumenten(args: readonly string[]): ImportOpties {
  const waarden = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const m = /^--([a-z0-9]+)(?:=(.*))?$/.exec(a);
    if (!m?.[1]) throw new Error(`onbekend argument "${a}"\n${GEBRUIK}`);
    const waarde = m[2] ?? args[++i];
    if (waarde === undefined) throw new Error(`--${m[1]} zonder waarde\n${GEBRUIK}`);
    waarden.set(m[1], waarde);
  }
  const bekend = new Set(['buurten', 'pc4', 'gemeente', 'uit', 'tegels', 'tolerantie']);
  for (const k of waarden.keys()) if (!bekend.has(k)) throw new Error(`onbekende optie --${k}\n${GEBRUIK}`);
  const buurten = waarden.get('buurten');
  const pc4 = waarden.get('pc4');
  if (!buurten || !pc4) throw new Error(`--buurten en --pc4 zijn verplicht\n${GEBRUIK}`);
  const tolerantie = waarden.has('tolerantie') ? Number(waarden.get('tolerantie')) : undefined;
  if (tolerantie !== undefined && !(tolerantie >= 0 && tolerantie < 0.01)) {
    throw new Error(`--tolerantie ${waarden.get('tolerantie')}: verwacht graden tussen 0 en 0.01`);
  }
  return {
    buurten,
    pc4,
    gemeente: waarden.get('gemeente') ?? 'GM0599',
    uit: waarden.get('uit') ?? DATA_MAP,
    tegels: waarden.get('tegels') ?? TEGELS_MAP,
    tolerantie,
  };
}

async function main(): Promise<void> {
  try {
    await importeer(leesArgumenten(process.argv.slice(2)));
  } catch (e) {
    console.error(`import afgebroken: ${e instanceof Error ? e.message : String(e)}`);
    console.error('de huidige geografie en tegels zijn niet gewijzigd');
    process.exitCode = 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
