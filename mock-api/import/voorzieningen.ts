/**
 * The inventory import: every row checked, then upserted by `locatiecode` in one transaction with its audit row. On any
 * error nothing is written. A changed `fase` becomes one phase event under the ladder's rules; `vervang` archives the
 * locations the file leaves out (never deletes them); a new zorgaanbieder name creates the organisation.
 */
import type { ImportFout, ImportRapport } from '../../src/contract/import';
import type { Beheerstatus, Doelgroep, Fase, Woonvorm } from '../../src/contract/voorziening';
import { controleerFaseWissel, FASE_NAAM } from '../../src/domain/escalatie';
import { DOELGROEP_LABEL, WOONVORM_LABEL } from '../../src/domain/woonvorm';
import type { Uitvoerder, Verbinding } from '../store/verbinding';
import { GEEN_GEOCODER, type Geocoder } from './geocoder';
import {
  controleerKolommen,
  type ImportOpties,
  leegRapport,
  leesImportTabel,
  metFouten,
  schrijfInTransactie,
} from './rapport';
import type { Tabel } from './tabel';
import { datum, jaNee, keuze, plaatsVan, positieUitRij, positiefGeheel, rotterdamsePostcode } from './velden';

export interface VoorzieningImportOpties extends ImportOpties {
  vervang?: boolean;
  geocoder?: Geocoder;
}

export interface GeldigeVoorziening {
  regel: number;
  locatiecode: string;
  naam: string;
  zorgaanbieder: string;
  straat: string;
  huisnummer: number;
  toevoeging: string | null;
  postcode: string;
  pc4: string;
  woonvorm: Woonvorm;
  doelgroep: Doelgroep;
  capaciteit: number;
  fase: Fase;
  faseSinds: string | null;
  faseReden: string | null;
  vertrouwelijk: boolean;
  lon: number;
  lat: number;
  buurt: string;
  wijk: string;
}

const VERPLICHT = [
  'locatiecode',
  'naam',
  'zorgaanbieder',
  'straat',
  'huisnummer',
  'postcode',
  'woonvorm',
  'doelgroep',
  'capaciteit',
  'fase',
  'vertrouwelijk',
];
const OPTIONEEL = ['toevoeging', 'fase_sinds', 'fase_reden', 'x_rd', 'y_rd', 'lat', 'lon'];

const FASE_LABEL = Object.fromEntries(Object.keys(FASE_NAAM).map((f) => [f, `Fase ${f}`])) as Record<
  Fase,
  string
>;
const FASE_NAMEN = Object.fromEntries(
  Object.entries(FASE_NAAM).map(([f, naam]) => [naam.toLowerCase().replace(/[\s_-]+/g, '-'), f as Fase]),
);
const WOONVORM_EXTRA: Record<string, Woonvorm> = {
  bw: 'beschermd-wonen',
  mo: 'opvang',
  'maatschappelijke-opvang': 'opvang',
  doorstroomplekken: 'doorstroomvoorziening',
  'housing-first': 'wonen-eerst',
  'semimurale-voorzieningen': 'semimuraal',
};

/** Example rows of the template: one ordinary, one confidential. */
export const VOORZIENING_VOORBEELD: readonly (readonly string[])[] = [
  [
    'LOC-0001',
    'De Hoek',
    'Voorbeeld Zorg',
    'Voorbeeldstraat',
    '12',
    'a',
    '3072AB',
    'Beschermd wonen',
    'Psychiatrische problematiek',
    '24',
    '1',
    '01-03-2024',
    'nee',
    '93500',
    '436000',
  ],
];

function tekst(w: Record<string, string>, k: string): string {
  return (w[k] ?? '').trim();
}

/** Checks every row of the table; geocodes the rows without coordinates. */
export async function valideerVoorzieningen(
  tabel: Tabel,
  geocoder: Geocoder,
  vandaag: string,
): Promise<{ rijen: GeldigeVoorziening[]; fouten: ImportFout[] }> {
  const fouten = controleerKolommen(tabel.kolommen, VERPLICHT, OPTIONEEL);
  if (fouten.length > 0) return { rijen: [], fouten };
  const rijen: GeldigeVoorziening[] = [];
  const codes = new Map<string, number>();
  for (const { regel, waarden: w } of tabel.rijen) {
    const rijFouten: ImportFout[] = [];
    const meld = (kolom: string, melding: string) =>
      rijFouten.push({ regel, kolom, ...(w[kolom] ? { waarde: w[kolom].slice(0, 80) } : {}), melding });
    function waarde<T>(
      kolom: string,
      uitslag: { ok: true; waarde: T } | { ok: false; melding: string },
    ): T | undefined {
      if (uitslag.ok) return uitslag.waarde;
      meld(kolom, uitslag.melding);
      return undefined;
    }
    const verplicht = (kolom: string): string => {
      const t = tekst(w, kolom);
      if (t === '') meld(kolom, `${kolom} is leeg`);
      return t;
    };

    const locatiecode = verplicht('locatiecode');
    if (locatiecode !== '' && !/^[A-Za-z0-9._-]{1,40}$/.test(locatiecode)) {
      meld(
        'locatiecode',
        'een locatiecode bestaat uit letters, cijfers, punt, streepje of liggend streepje (hooguit 40)',
      );
    }
    const eerder = codes.get(locatiecode);
    if (locatiecode !== '' && eerder !== undefined)
      meld('locatiecode', `locatiecode ${locatiecode} staat ook op regel ${eerder}`);
    codes.set(locatiecode, regel);
    const naam = verplicht('naam');
    const zorgaanbieder = verplicht('zorgaanbieder');
    const straat = verplicht('straat');
    const huisnummer = waarde('huisnummer', positiefGeheel(tekst(w, 'huisnummer')));
    const toevoeging = tekst(w, 'toevoeging');
    if (toevoeging.length > 10) meld('toevoeging', 'een toevoeging is hooguit 10 tekens');
    const postcode = waarde('postcode', rotterdamsePostcode(tekst(w, 'postcode')));
    const woonvorm = waarde('woonvorm', keuze(tekst(w, 'woonvorm'), WOONVORM_LABEL, WOONVORM_EXTRA));
    const doelgroep = waarde('doelgroep', keuze(tekst(w, 'doelgroep'), DOELGROEP_LABEL));
    const capaciteit = waarde('capaciteit', positiefGeheel(tekst(w, 'capaciteit')));
    const fase = waarde('fase', keuze(tekst(w, 'fase'), FASE_LABEL, FASE_NAMEN));
    const sindsTekst = tekst(w, 'fase_sinds');
    let faseSinds: string | null = null;
    if (sindsTekst !== '') {
      faseSinds = waarde('fase_sinds', datum(sindsTekst)) ?? null;
      if (faseSinds !== null && faseSinds > vandaag)
        meld('fase_sinds', `fase_sinds ${faseSinds} ligt in de toekomst`);
    }
    const vertrouwelijk = waarde('vertrouwelijk', jaNee(tekst(w, 'vertrouwelijk')));

    let positie: [number, number] | undefined;
    let positieKolom = 'x_rd';
    const gegeven = positieUitRij(w);
    if (gegeven) {
      positieKolom = gegeven.kolom;
      positie = waarde(gegeven.kolom, gegeven.uitslag);
    } else if (postcode && huisnummer) {
      const gevonden = await geocoder.zoek({
        postcode: postcode.pc6,
        huisnummer,
        ...(toevoeging ? { toevoeging } : {}),
      });
      positieKolom = tabel.kolommen.includes('lat') ? 'lat' : 'x_rd';
      if (gevonden.soort === 'gevonden') positie = gevonden.positie;
      else if (gevonden.soort === 'offline') {
        meld(
          positieKolom,
          `geen coördinaten, en opzoeken kan niet: ${gevonden.melding}. Vul x_rd en y_rd (of lat en lon) in`,
        );
      } else {
        meld(
          positieKolom,
          `geen coördinaten, en de PDOK Locatieserver kent ${postcode.pc6} ${huisnummer}${toevoeging} niet`,
        );
      }
    }
    const plaats = positie ? waarde(positieKolom, plaatsVan(positie)) : undefined;

    if (rijFouten.length > 0) {
      fouten.push(...rijFouten);
      continue;
    }
    if (
      !postcode ||
      !huisnummer ||
      !woonvorm ||
      !doelgroep ||
      !capaciteit ||
      !fase ||
      vertrouwelijk === undefined ||
      !plaats
    ) {
      continue;
    }
    const reden = tekst(w, 'fase_reden');
    rijen.push({
      regel,
      locatiecode,
      naam,
      zorgaanbieder,
      straat,
      huisnummer,
      toevoeging: toevoeging || null,
      postcode: postcode.pc6,
      pc4: postcode.pc4,
      woonvorm,
      doelgroep,
      capaciteit,
      fase,
      faseSinds,
      faseReden: reden || null,
      vertrouwelijk,
      lon: plaats.positie[0],
      lat: plaats.positie[1],
      buurt: plaats.buurt,
      wijk: plaats.wijk,
    });
  }
  return { rijen, fouten };
}

interface BestaandeRij {
  id: string;
  code: string;
  naam: string;
  zorgaanbieder: string;
  woonvorm: string;
  doelgroep: string;
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
  vertrouwelijk: boolean;
  gearchiveerd: boolean;
  fase: Fase | null;
  fase_datum: string | null;
}

/** A new location's management status until beheer records it: nothing known yet. */
const ONBEKEND_BEHEER: Beheerstatus = {
  beheercommissie: 'geen',
  beheerconvenant: 'geen',
  meldingenregisterBijgehouden: false,
  meldkaart: false,
};

/** A stand-in for the PC6 area's centroid until a PC6 reference exists: the address rounded to about 100 m. */
function pc6Benadering(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function volgendeId(gebruikt: Iterable<string>, voorvoegsel: string, cijfers: number): () => string {
  let max = 0;
  for (const id of gebruikt) {
    const m = new RegExp(`^${voorvoegsel}([0-9]{${cijfers}})$`).exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return () => {
    max += 1;
    const id = `${voorvoegsel}${String(max).padStart(cijfers, '0')}`;
    if (id.length !== voorvoegsel.length + cijfers) throw new Error(`geen vrije ${voorvoegsel}-nummers meer`);
    return id;
  };
}

async function schrijf(
  tx: Uitvoerder,
  rijen: readonly GeldigeVoorziening[],
  opties: VoorzieningImportOpties,
  rapport: ImportRapport,
  nu: Date,
): Promise<{ rapport: ImportRapport; fouten: ImportFout[] }> {
  const vandaag = nu.toISOString().slice(0, 10);
  const fouten: ImportFout[] = [];
  // One import at a time: two at once would both hand out the same new ids.
  await tx.query('LOCK TABLE voorziening IN SHARE ROW EXCLUSIVE MODE');
  // A store that real data went into first (no demo data) still needs the municipality the roles are checked against.
  await tx.query(
    "INSERT INTO organisatie (id, naam, soort) VALUES ('gm0599', 'Gemeente Rotterdam', 'gemeente') ON CONFLICT DO NOTHING",
  );
  const organisaties = (await tx.query<{ id: string; naam: string }>('SELECT id, naam FROM organisatie'))
    .rows;
  const orgPerNaam = new Map(organisaties.map((o) => [o.naam.trim().toLowerCase(), o.id] as const));
  const nieuweOrgId = volgendeId(
    organisaties.map((o) => o.id),
    'za-',
    2,
  );
  const bestaand = (
    await tx.query<BestaandeRij>(
      `SELECT v.id, coalesce(v.locatiecode, v.id) AS code, v.naam, v.zorgaanbieder, v.woonvorm, v.doelgroep, v.capaciteit,
         v.straat, v.huisnummer, v.toevoeging, v.postcode, v.lon, v.lat, v.pc6_lon, v.pc6_lat, v.pc4, v.buurt, v.wijk,
         v.vertrouwelijk, v.gearchiveerd_op IS NOT NULL AS gearchiveerd, f.naar AS fase, f.datum AS fase_datum
       FROM voorziening v LEFT JOIN LATERAL (
         SELECT naar, datum FROM fase_gebeurtenis g WHERE g.voorziening = v.id ORDER BY datum DESC, id DESC LIMIT 1
       ) f ON true`,
    )
  ).rows;
  const perCode = new Map(bestaand.map((b) => [b.code, b] as const));
  const nieuweVzId = volgendeId(
    bestaand.map((b) => b.id),
    'vz-',
    3,
  );
  let { toegevoegd, gewijzigd, ongewijzigd, faseWissels, gearchiveerd } = rapport;
  const nieuweOrganisaties: string[] = [];

  let gedaan = 0;
  for (const r of rijen) {
    opties.voortgang?.('schrijven', gedaan++, rijen.length);
    let orgId = orgPerNaam.get(r.zorgaanbieder.toLowerCase());
    if (!orgId) {
      orgId = nieuweOrgId();
      await tx.query("INSERT INTO organisatie (id, naam, soort) VALUES ($1, $2, 'zorgaanbieder')", [
        orgId,
        r.zorgaanbieder,
      ]);
      orgPerNaam.set(r.zorgaanbieder.toLowerCase(), orgId);
      nieuweOrganisaties.push(r.zorgaanbieder);
    }
    const velden = {
      naam: r.naam,
      zorgaanbieder: orgId,
      woonvorm: r.woonvorm,
      doelgroep: r.doelgroep,
      capaciteit: r.capaciteit,
      straat: r.straat,
      huisnummer: r.huisnummer,
      toevoeging: r.toevoeging,
      postcode: r.postcode,
      lon: r.lon,
      lat: r.lat,
      pc6_lon: pc6Benadering(r.lon),
      pc6_lat: pc6Benadering(r.lat),
      pc4: r.pc4,
      buurt: r.buurt,
      wijk: r.wijk,
      vertrouwelijk: r.vertrouwelijk,
    };
    const namen = Object.keys(velden) as (keyof typeof velden)[];
    const oud = perCode.get(r.locatiecode);
    if (!oud) {
      const id = nieuweVzId();
      const startdatum = r.faseSinds ?? vandaag;
      await tx.query(
        `INSERT INTO voorziening (id, locatiecode, ${namen.join(', ')}, beheer, url, startdatum)
         VALUES (${[id, r.locatiecode, ...namen.map((n) => velden[n])].map((_, i) => `$${i + 1}`).join(', ')}, $${namen.length + 3}, $${namen.length + 4}, $${namen.length + 5})`,
        [
          id,
          r.locatiecode,
          ...namen.map((n) => velden[n]),
          JSON.stringify(ONBEKEND_BEHEER),
          'https://www.rotterdam.nl/',
          startdatum,
        ],
      );
      await tx.query(
        'INSERT INTO fase_gebeurtenis (voorziening, datum, van, naar, reden, door) VALUES ($1, $2, NULL, $3, $4, $5)',
        [id, startdatum, r.fase, r.faseReden ?? 'Eerste vastgelegde fase (import)', opties.door.wie],
      );
      toegevoegd++;
      faseWissels++;
      continue;
    }
    const anders = namen.filter((n) => oud[n] !== velden[n]);
    let faseAnders = false;
    if (oud.fase !== r.fase) {
      const datumWissel = r.faseSinds ?? vandaag;
      const oordeel = controleerFaseWissel(oud.fase, r.fase, r.faseReden ?? undefined);
      if (!oordeel.ok) {
        fouten.push({
          regel: r.regel,
          kolom: oordeel.veld === 'reden' ? 'fase_reden' : 'fase',
          waarde: r.fase,
          melding: oordeel.melding,
        });
      } else if (oud.fase_datum !== null && datumWissel < oud.fase_datum) {
        fouten.push({
          regel: r.regel,
          kolom: 'fase_sinds',
          waarde: datumWissel,
          melding: `fase_sinds ${datumWissel} ligt voor de laatste fasewissel van deze locatie (${oud.fase_datum})`,
        });
      } else {
        await tx.query(
          'INSERT INTO fase_gebeurtenis (voorziening, datum, van, naar, reden, door) VALUES ($1, $2, $3, $4, $5, $6)',
          [oud.id, datumWissel, oud.fase, r.fase, oordeel.reden, opties.door.wie],
        );
        faseWissels++;
        faseAnders = true;
      }
    }
    if (anders.length > 0 || oud.gearchiveerd || oud.code !== r.locatiecode) {
      await tx.query(
        `UPDATE voorziening SET ${anders
          .map((n, i) => `${n} = $${i + 2}`)
          .concat(['gearchiveerd_op = NULL', `locatiecode = $${anders.length + 2}`])
          .join(', ')} WHERE id = $1`,
        [oud.id, ...anders.map((n) => velden[n]), r.locatiecode],
      );
    }
    if (anders.length > 0 || oud.gearchiveerd || faseAnders) gewijzigd++;
    else ongewijzigd++;
  }
  if (opties.vervang) {
    const inBestand = new Set(rijen.map((r) => r.locatiecode));
    const weg = bestaand.filter((b) => !b.gearchiveerd && !inBestand.has(b.code)).map((b) => b.id);
    if (weg.length > 0) {
      await tx.query('UPDATE voorziening SET gearchiveerd_op = $2 WHERE id = ANY($1::text[])', [
        weg,
        nu.toISOString(),
      ]);
    }
    gearchiveerd += weg.length;
  }
  return {
    rapport: {
      ...rapport,
      toegevoegd,
      gewijzigd,
      ongewijzigd,
      faseWissels,
      gearchiveerd,
      nieuweOrganisaties,
    },
    fouten,
  };
}

/** Reads, checks and (unless a dry run, or on any error) writes an inventory file; the report says what did or would change. */
export async function importeerVoorzieningen(
  db: Verbinding,
  bytes: Uint8Array,
  opties: VoorzieningImportOpties,
): Promise<ImportRapport> {
  const begin = performance.now();
  const nu = opties.nu ?? new Date();
  const vervang = opties.vervang ?? false;
  const rapport = leegRapport('voorzieningen', opties.modus, vervang);
  const klaar = (r: ImportRapport) => ({ ...r, duurMs: Math.round(performance.now() - begin) });
  const gelezen = await leesImportTabel(bytes, rapport);
  if ('geweigerd' in gelezen) return klaar(gelezen.geweigerd);
  const { tabel } = gelezen;
  rapport.gelezen = tabel.rijen.length;
  const { rijen, fouten } = await valideerVoorzieningen(
    tabel,
    opties.geocoder ?? GEEN_GEOCODER,
    nu.toISOString().slice(0, 10),
  );
  if (fouten.length > 0) return klaar(metFouten(rapport, fouten));
  if (rijen.length === 0 && vervang) {
    return klaar(
      metFouten(rapport, [
        { regel: 0, melding: 'het bestand heeft geen rijen: vervangen door niets zou alles archiveren' },
      ]),
    );
  }
  return klaar(
    await schrijfInTransactie(db, opties, nu, async (tx) => {
      const uit = await schrijf(tx, rijen, opties, rapport, nu);
      const r = uit.rapport;
      return {
        rapport: r,
        fouten: uit.fouten,
        details: {
          soort: 'voorzieningen',
          vervang,
          gelezen: r.gelezen,
          toegevoegd: r.toegevoegd,
          gewijzigd: r.gewijzigd,
          gearchiveerd: r.gearchiveerd,
          faseWissels: r.faseWissels,
          nieuweOrganisaties: r.nieuweOrganisaties,
        },
      };
    }),
  );
}
