/**
 * The store: the data the API serves, kept in a database (PGlite by default, PostgreSQL with `DATABASE_URL`). It
 * writes a dataset in, reads the dataset the handlers serve back out (the current phase and its history derived from
 * the phase events), records phase changes under the ladder's rules, and keeps the audit trail (audit.ts).
 * The reference geography (buurten, wijken, PC4 areas) comes from the CBS figures in src/geo, not from here.
 */
import type { RgwZaak } from '../../src/contract/rgw';
import type { Fase, FaseWissel, Voorziening } from '../../src/contract/voorziening';
import { controleerFaseWissel } from '../../src/domain/escalatie';
import type { DemoDataset, IndividueleWoningenTelling } from '../generate/dataset-types';
import { schrijfAuditIn } from './audit';
import { migreer } from './migreer';
import { voegToeInBlokken } from './in-blokken';
import { heeftMonitor, leesMonitor, schrijfMonitor } from './monitor';
import type { Uitvoerder, Verbinding } from './verbinding';

/** Whether the store holds no data yet (a new database). */
export async function isLeeg(db: Uitvoerder): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM organisatie');
  return (rows[0]?.n ?? 0) === 0;
}

/**
 * Writes a whole dataset into an empty store, in one transaction: the organisations, the locations with their phase
 * history as events, the RGW register and the counts of individual homes. `bron`: 'demodata' for the generated set.
 */
export async function vulMetDataset(db: Verbinding, dataset: DemoDataset, bron: string): Promise<void> {
  await db.transactie(async (tx) => {
    if (!(await isLeeg(tx)))
      throw new Error('de opslag is niet leeg: vullen met een dataset kan alleen in een nieuwe');
    await voegToeInBlokken(
      tx,
      Object.entries({ seed: String(dataset.seed), peildatum: dataset.peildatum, bron }),
      'dataset',
      ['sleutel', 'waarde'],
      ([k, v]) => [k, v],
    );
    await voegToeInBlokken(
      tx,
      [
        ...dataset.zorgaanbieders.map((o) => ({ ...o, soort: 'zorgaanbieder' })),
        { ...dataset.gemeente, soort: 'gemeente' },
      ],
      'organisatie',
      ['id', 'naam', 'soort'],
      (o) => [o.id, o.naam, o.soort],
    );
    await voegToeInBlokken(
      tx,
      dataset.voorzieningen,
      'voorziening',
      [
        'id',
        'naam',
        'zorgaanbieder',
        'woonvorm',
        'doelgroep',
        'capaciteit',
        'straat',
        'huisnummer',
        'toevoeging',
        'postcode',
        'lon',
        'lat',
        'pc6_lon',
        'pc6_lat',
        'pc4',
        'buurt',
        'wijk',
        'beheer',
        'vertrouwelijk',
        'url',
        'startdatum',
      ],
      (v) => [
        v.id,
        v.naam,
        v.zorgaanbieder.id,
        v.woonvorm,
        v.doelgroep,
        v.capaciteit,
        v.adres.straat,
        v.adres.huisnummer,
        v.adres.toevoeging ?? null,
        v.adres.postcode,
        v.positie[0],
        v.positie[1],
        v.pc6Positie[0],
        v.pc6Positie[1],
        v.pc4,
        v.buurt,
        v.wijk,
        JSON.stringify(v.beheer),
        v.vertrouwelijk,
        v.url,
        v.startdatum,
      ],
    );
    const gebeurtenissen = dataset.voorzieningen.flatMap((v) =>
      v.faseHistorie.map((w) => ({ id: v.id, ...w })),
    );
    await voegToeInBlokken(
      tx,
      gebeurtenissen,
      'fase_gebeurtenis',
      ['voorziening', 'datum', 'van', 'naar', 'reden', 'door'],
      (g) => [g.id, g.datum, g.van, g.naar, g.reden, bron],
    );
    await voegToeInBlokken(
      tx,
      dataset.rgw.zaken,
      'rgw_zaak',
      [
        'id',
        'geopend',
        'gesloten',
        'categorieen',
        'bron',
        'integrale_actie',
        'aanpak',
        'status',
        'buurt',
        'lon',
        'lat',
      ],
      (z) => [
        z.id,
        z.geopend,
        z.gesloten,
        z.categorieen,
        z.bron,
        z.integraleActie,
        z.aanpak,
        z.status,
        z.buurt,
        z.positie[0],
        z.positie[1],
      ],
    );
    await voegToeInBlokken(
      tx,
      dataset.rgw.integraleActies,
      'rgw_integrale_actie',
      ['id', 'datum', 'focusgebied', 'partners'],
      (a) => [a.id, a.datum, a.focusgebied, a.partners],
    );
    await voegToeInBlokken(
      tx,
      dataset.rgw.stopgesprekken,
      'rgw_stopgesprek',
      ['id', 'datum', 'focusgebied', 'verhuurder'],
      (s) => [s.id, s.datum, s.focusgebied, s.verhuurder],
    );
    await voegToeInBlokken(tx, dataset.rgw.casustafels, 'rgw_casustafel', ['datum', 'focusgebied'], (c) => [
      c.datum,
      c.focusgebied,
    ]);
    await voegToeInBlokken(
      tx,
      [...dataset.individueleWoningen],
      'individuele_woningen',
      ['buurt', 'zelfstandig_met_huurzorg', 'wonen_eerst'],
      ([buurt, t]) => [buurt, t.zelfstandigMetHuurzorg, t.wonenEerst],
    );
    await schrijfMonitor(tx, dataset.monitor);
  });
}

interface VoorzieningRij {
  id: string;
  naam: string;
  zorgaanbieder: string;
  woonvorm: Voorziening['woonvorm'];
  doelgroep: Voorziening['doelgroep'];
  capaciteit: number;
  straat: string;
  huisnummer: number;
  toevoeging: string | null;
  postcode: string;
  lon: number;
  lat: number;
  pc6_lon: number;
  pc6_lat: number;
  pc4: string;
  buurt: string;
  wijk: string;
  beheer: Voorziening['beheer'];
  vertrouwelijk: boolean;
  url: string;
  startdatum: string;
}

interface GebeurtenisRij {
  voorziening: string;
  datum: string;
  van: Fase | null;
  naar: Fase;
  reden: string;
}

interface ZaakRij {
  id: string;
  geopend: string;
  gesloten: string | null;
  categorieen: RgwZaak['categorieen'];
  bron: RgwZaak['bron'];
  integrale_actie: string | null;
  aanpak: RgwZaak['aanpak'];
  status: RgwZaak['status'];
  buurt: string;
  lon: number;
  lat: number;
}

/** The inventory part of the store: dataset metadata, organisations, and the locations with their derived phase. */
export type Inventaris = Pick<
  DemoDataset,
  'seed' | 'peildatum' | 'zorgaanbieders' | 'gemeente' | 'voorzieningen' | 'monitor'
> & {
  /** The `bron` the store was filled or last imported with: 'demodata' for the generated set. */
  bron: string;
};

export async function leesInventaris(db: Uitvoerder): Promise<Inventaris> {
  const meta = new Map(
    (await db.query<{ sleutel: string; waarde: string }>('SELECT sleutel, waarde FROM dataset')).rows.map(
      (r) => [r.sleutel, r.waarde] as const,
    ),
  );
  const organisaties = (
    await db.query<{ id: string; naam: string; soort: string }>(
      'SELECT id, naam, soort FROM organisatie ORDER BY id',
    )
  ).rows;
  const perId = new Map(organisaties.map((o) => [o.id, { id: o.id, naam: o.naam }] as const));
  const gemeente = organisaties.find((o) => o.soort === 'gemeente');
  if (!gemeente) throw new Error('de opslag heeft geen gemeente als organisatie');

  const historie = new Map<string, FaseWissel[]>();
  for (const g of (
    await db.query<GebeurtenisRij>(
      'SELECT voorziening, datum, van, naar, reden FROM fase_gebeurtenis ORDER BY voorziening, datum, id',
    )
  ).rows) {
    const lijst = historie.get(g.voorziening) ?? [];
    lijst.push({ datum: g.datum, van: g.van, naar: g.naar, reden: g.reden });
    historie.set(g.voorziening, lijst);
  }

  const voorzieningen: Voorziening[] = (
    await db.query<VoorzieningRij>('SELECT * FROM voorziening WHERE gearchiveerd_op IS NULL ORDER BY id')
  ).rows.map((r) => {
    const faseHistorie = historie.get(r.id) ?? [];
    const laatste = faseHistorie.at(-1);
    const zorgaanbieder = perId.get(r.zorgaanbieder);
    if (!laatste || !zorgaanbieder)
      throw new Error(`voorziening ${r.id} heeft geen fase of geen zorgaanbieder`);
    return {
      id: r.id,
      naam: r.naam,
      zorgaanbieder,
      woonvorm: r.woonvorm,
      doelgroep: r.doelgroep,
      capaciteit: r.capaciteit,
      adres: {
        straat: r.straat,
        huisnummer: r.huisnummer,
        ...(r.toevoeging === null ? {} : { toevoeging: r.toevoeging }),
        postcode: r.postcode,
        woonplaats: 'Rotterdam' as const,
      },
      positie: [r.lon, r.lat],
      pc6Positie: [r.pc6_lon, r.pc6_lat],
      pc4: r.pc4,
      buurt: r.buurt,
      wijk: r.wijk,
      fase: laatste.naar,
      faseHistorie,
      beheer: r.beheer,
      vertrouwelijk: r.vertrouwelijk,
      url: r.url,
      startdatum: r.startdatum,
    };
  });
  return {
    seed: Number(meta.get('seed') ?? 0),
    peildatum: meta.get('peildatum') ?? new Date().toISOString().slice(0, 10),
    bron: meta.get('bron') ?? 'demodata',
    zorgaanbieders: organisaties
      .filter((o) => o.soort === 'zorgaanbieder')
      .map((o) => ({ id: o.id, naam: o.naam })),
    gemeente: { id: gemeente.id, naam: gemeente.naam },
    voorzieningen,
    monitor: await leesMonitor(db),
  };
}

/** The RGW register: cases (they never leave the server except as protected counts) and the programme's events. */
export async function leesRgw(db: Uitvoerder): Promise<DemoDataset['rgw']> {
  const zaken: RgwZaak[] = (await db.query<ZaakRij>('SELECT * FROM rgw_zaak ORDER BY id')).rows.map((z) => ({
    id: z.id,
    geopend: z.geopend,
    gesloten: z.gesloten,
    categorieen: z.categorieen,
    bron: z.bron,
    integraleActie: z.integrale_actie,
    aanpak: z.aanpak,
    status: z.status,
    buurt: z.buurt,
    positie: [z.lon, z.lat],
  }));
  const integraleActies = (
    await db.query<DemoDataset['rgw']['integraleActies'][number]>(
      'SELECT id, datum, focusgebied, partners FROM rgw_integrale_actie ORDER BY id',
    )
  ).rows;
  const stopgesprekken = (
    await db.query<DemoDataset['rgw']['stopgesprekken'][number]>(
      'SELECT id, datum, focusgebied, verhuurder FROM rgw_stopgesprek ORDER BY id',
    )
  ).rows;
  const casustafels = (
    await db.query<DemoDataset['rgw']['casustafels'][number]>(
      'SELECT datum, focusgebied FROM rgw_casustafel ORDER BY id',
    )
  ).rows;
  return { zaken, integraleActies, stopgesprekken, casustafels };
}

export async function leesIndividueleWoningen(db: Uitvoerder): Promise<DemoDataset['individueleWoningen']> {
  return new Map<string, IndividueleWoningenTelling>(
    (
      await db.query<{ buurt: string; zelfstandig_met_huurzorg: number; wonen_eerst: number }>(
        'SELECT buurt, zelfstandig_met_huurzorg, wonen_eerst FROM individuele_woningen ORDER BY buurt',
      )
    ).rows.map((r) => [
      r.buurt,
      { zelfstandigMetHuurzorg: r.zelfstandig_met_huurzorg, wonenEerst: r.wonen_eerst },
    ]),
  );
}

/** The stored data, as of now: what the handlers serve. `gebieden`: the reference geography (generated from CBS). */
export async function leesDataset(
  db: Uitvoerder,
  gebieden: Pick<DemoDataset, 'buurten' | 'wijken' | 'pc4'>,
): Promise<DemoDataset> {
  const { bron: _bron, ...inventaris } = await leesInventaris(db);
  return {
    ...inventaris,
    // By name: a whole dataset passed as `gebieden` must not bring its own records along.
    buurten: gebieden.buurten,
    wijken: gebieden.wijken,
    pc4: gebieden.pc4,
    individueleWoningen: await leesIndividueleWoningen(db),
    rgw: await leesRgw(db),
  };
}

/** The parts of the store and their version counters (migration 002): one small query per request. */
export type Onderdeel = 'inventaris' | 'rgw' | 'woningen';
export type Versies = Readonly<Record<Onderdeel, number>>;

export async function leesVersies(db: Uitvoerder): Promise<Versies> {
  const versies: Record<Onderdeel, number> = { inventaris: 0, rgw: 0, woningen: 0 };
  for (const r of (
    await db.query<{ onderdeel: Onderdeel; versie: number }>('SELECT onderdeel, versie FROM opslag_versie')
  ).rows) {
    versies[r.onderdeel] = Number(r.versie);
  }
  return versies;
}

/**
 * Marks where the data came from: 'demodata' (generated) or anything else for the municipality's own, imported data,
 * which the API then labels `gemeente` instead of `demodata`. For the importer, inside its transaction.
 */
/**
 * What a store holds once an import has written to it: the municipality's own data (possibly beside demo rows), no
 * longer pure demodata. The answers then say `gemeente`, and the next server start keeps the demo sign-in off unless
 * `HKD_DEMO_LOGIN=1`.
 */
export const BRON_IMPORT = 'geïmporteerde gegevens';

export async function zetBron(tx: Uitvoerder, bron: string, peildatum?: string): Promise<void> {
  const rijen: [string, string][] = [['bron', bron]];
  if (peildatum) rijen.push(['peildatum', peildatum]);
  for (const [sleutel, waarde] of rijen) {
    await tx.query(
      'INSERT INTO dataset (sleutel, waarde) VALUES ($1, $2) ON CONFLICT (sleutel) DO UPDATE SET waarde = EXCLUDED.waarde',
      [sleutel, waarde],
    );
  }
}

export interface FaseWisselInvoer {
  voorziening: string;
  naar: Fase;
  datum: string;
  /** Required for a jump of more than one step on the ladder (escalatie.ts). */
  reden?: string;
  door: { wie: string; rol: string; organisatie: string | null };
}

export class OpslagFout extends Error {
  override name = 'OpslagFout';
  constructor(
    readonly code:
      'onbekende_voorziening' | 'ongeldige_fasewissel' | 'map_in_gebruik' | 'ongeldige_database_url',
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * Records a move on the escalatieladder as an event, with its audit row in the same transaction; the ladder's rules
 * are checked against the location's current phase.
 */
export async function legFaseWisselVast(
  db: Verbinding,
  invoer: FaseWisselInvoer,
  nu = new Date(),
): Promise<FaseWissel> {
  return db.transactie(async (tx) => {
    // One writer per location at a time: two managers recording a move at once would both start from the same phase.
    const bestaat = await tx.query(
      'SELECT id FROM voorziening WHERE id = $1 AND gearchiveerd_op IS NULL FOR UPDATE',
      [invoer.voorziening],
    );
    if (bestaat.rows.length === 0) {
      throw new OpslagFout(
        'onbekende_voorziening',
        `voorziening "${invoer.voorziening}" bestaat niet`,
        'voorziening',
      );
    }
    const laatste = (
      await tx.query<{ naar: Fase; datum: string }>(
        'SELECT naar, datum FROM fase_gebeurtenis WHERE voorziening = $1 ORDER BY datum DESC, id DESC LIMIT 1',
        [invoer.voorziening],
      )
    ).rows[0];
    const van = laatste?.naar ?? null;
    if (laatste && invoer.datum < laatste.datum) {
      throw new OpslagFout(
        'ongeldige_fasewissel',
        `datum ${invoer.datum} ligt voor de laatste fasewissel (${laatste.datum})`,
        'datum',
      );
    }
    const oordeel = controleerFaseWissel(van, invoer.naar, invoer.reden);
    if (!oordeel.ok) throw new OpslagFout('ongeldige_fasewissel', oordeel.melding, oordeel.veld);
    const wissel: FaseWissel = { datum: invoer.datum, van, naar: invoer.naar, reden: oordeel.reden };
    await tx.query(
      'INSERT INTO fase_gebeurtenis (voorziening, datum, van, naar, reden, door) VALUES ($1, $2, $3, $4, $5, $6)',
      [invoer.voorziening, wissel.datum, wissel.van, wissel.naar, wissel.reden, invoer.door.wie],
    );
    await schrijfAuditIn(
      tx,
      {
        ...invoer.door,
        wat: 'fasewissel',
        details: { voorziening: invoer.voorziening, van, naar: invoer.naar, datum: invoer.datum },
      },
      nu,
    );
    return wissel;
  });
}

export interface StoreOpties {
  /** Written into an empty store on first start (the demo data); absent: an empty store stays empty. */
  beginDataset?: () => DemoDataset;
  bron?: string;
}

/** Migrates, and fills a new store with the starting dataset: what `npm start` does with `.hkd-data/`. */
export async function bereidVoor(db: Verbinding, opties: StoreOpties = {}): Promise<{ gevuld: boolean }> {
  await migreer(db);
  if (opties.beginDataset && !(await isLeeg(db)) && !(await heeftMonitor(db))) {
    // A store filled before migration 005: the Monitor's demo series, until the municipality imports its own.
    const { monitor } = opties.beginDataset();
    await db.transactie((tx) => schrijfMonitor(tx, monitor));
  }
  if (!opties.beginDataset || !(await isLeeg(db))) return { gevuld: false };
  await vulMetDataset(db, opties.beginDataset(), opties.bron ?? 'demodata');
  return { gevuld: true };
}
