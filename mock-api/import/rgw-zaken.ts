/**
 * The RGW case register import: one row per case, checked like the inventory, then upserted by case number in blocks
 * within PostgreSQL's parameter budget, in one transaction with its audit row. Case rows never leave the server: the
 * report holds counts and the errors' line numbers, never a case.
 */
import type { ImportFout, ImportRapport } from '../../src/contract/import';
import type { ProbleemCategorie } from '../../src/contract/rgw';
import { CATEGORIE_LABEL } from '../../src/domain/rgw-filter';
import type { Verbinding } from '../store/verbinding';
import { GEEN_GEOCODER, type Geocoder } from './geocoder';
import {
  controleerKolommen,
  type ImportOpties,
  leegRapport,
  leesImportTabel,
  metFouten,
  schrijfInTransactie,
} from './rapport';
import { voegToeInBlokken } from '../store/in-blokken';
import type { Tabel } from './tabel';
import {
  datum,
  keuze,
  plaatsVan,
  positieUitRij,
  positiefGeheel,
  rotterdamsePostcode,
  type Uitslag,
} from './velden';

export interface RgwImportOpties extends ImportOpties {
  geocoder?: Geocoder;
}

interface GeldigeZaak {
  id: string;
  geopend: string;
  gesloten: string | null;
  categorieen: ProbleemCategorie[];
  bron: 'melding' | 'proactief' | 'integrale-actie';
  aanpak: 'mono' | 'multi';
  status: 'in-behandeling' | 'afgesloten';
  buurt: string;
  lon: number;
  lat: number;
  postcode: string;
  huisnummer: number;
}

const VERPLICHT = ['zaaknummer', 'postcode', 'huisnummer', 'geopend', 'categorie', 'bron', 'aanpak'];
const OPTIONEEL = ['gesloten', 'x_rd', 'y_rd', 'lat', 'lon'];

const BRON_LABEL = {
  melding: 'Melding',
  proactief: 'Proactief',
  'integrale-actie': 'Integrale actie',
} as const;
const AANPAK_LABEL = { mono: 'Monodisciplinair', multi: 'Multidisciplinair' } as const;

/** `rgw-0001234`, or the register's own number of at most 7 digits. */
export function zaakId(tekst: string): Uitslag<string> {
  const t = tekst.trim();
  const vol = /^rgw-([0-9]{7})$/i.exec(t);
  if (vol) return { ok: true, waarde: `rgw-${vol[1]}` };
  if (/^[0-9]{1,7}$/.test(t)) return { ok: true, waarde: `rgw-${t.padStart(7, '0')}` };
  return {
    ok: false,
    melding: `zaaknummer "${t}" is ongeldig: verwacht rgw-1234567 of een nummer van hooguit 7 cijfers`,
  };
}

/** The template's example row. */
export const RGW_VOORBEELD: readonly (readonly string[])[] = [
  ['1234567', '3074AB', '12', '93200', '434300', '15-01-2026', '', 'Woonoverlast', 'melding', 'mono'],
];

const STAP = 1_000;

export async function valideerZaken(
  tabel: Tabel,
  geocoder: Geocoder,
  vandaag: string,
  voortgang?: ImportOpties['voortgang'],
): Promise<{ zaken: GeldigeZaak[]; fouten: ImportFout[] }> {
  const fouten = controleerKolommen(tabel.kolommen, VERPLICHT, OPTIONEEL);
  if (fouten.length > 0) return { zaken: [], fouten };
  const zaken: GeldigeZaak[] = [];
  const gezien = new Map<string, number>();
  const totaal = tabel.rijen.length;
  for (let i = 0; i < totaal; i++) {
    if (i % STAP === 0) voortgang?.('controleren', i, totaal);
    const { regel, waarden: w } = tabel.rijen[i]!;
    const rijFouten: ImportFout[] = [];
    const meld = (kolom: string, melding: string) =>
      rijFouten.push({ regel, kolom, ...(w[kolom] ? { waarde: w[kolom].slice(0, 80) } : {}), melding });
    function waarde<T>(kolom: string, uitslag: Uitslag<T>): T | undefined {
      if (uitslag.ok) return uitslag.waarde;
      meld(kolom, uitslag.melding);
      return undefined;
    }
    const id = waarde('zaaknummer', zaakId(w.zaaknummer ?? ''));
    if (id) {
      const eerder = gezien.get(id);
      if (eerder !== undefined) meld('zaaknummer', `zaaknummer staat ook op regel ${eerder}`);
      gezien.set(id, regel);
    }
    const postcode = waarde('postcode', rotterdamsePostcode(w.postcode ?? ''));
    const huisnummer = waarde('huisnummer', positiefGeheel(w.huisnummer ?? ''));
    const geopend = waarde('geopend', datum(w.geopend ?? ''));
    if (geopend && geopend > vandaag) meld('geopend', `geopend ${geopend} ligt in de toekomst`);
    const geslotenTekst = (w.gesloten ?? '').trim();
    const gesloten = geslotenTekst === '' ? null : waarde('gesloten', datum(geslotenTekst));
    if (geopend && gesloten && gesloten < geopend)
      meld('gesloten', `gesloten ${gesloten} ligt voor geopend ${geopend}`);
    const categorieTekst = (w.categorie ?? '').trim();
    const categorieen: ProbleemCategorie[] = [];
    if (categorieTekst === '') meld('categorie', 'categorie is leeg');
    for (const deel of categorieTekst
      .split(/[|,]/)
      .map((d) => d.trim())
      .filter(Boolean)) {
      const c = waarde('categorie', keuze(deel, CATEGORIE_LABEL));
      if (c && !categorieen.includes(c)) categorieen.push(c);
    }
    const bron = waarde('bron', keuze(w.bron ?? '', BRON_LABEL));
    const aanpak = waarde(
      'aanpak',
      keuze(w.aanpak ?? '', AANPAK_LABEL, { monodisciplinair: 'mono', multidisciplinair: 'multi' } as const),
    );
    let positie: [number, number] | undefined;
    let kolom = 'x_rd';
    const gegeven = positieUitRij(w);
    if (gegeven) {
      kolom = gegeven.kolom;
      positie = waarde(kolom, gegeven.uitslag);
    } else if (postcode && huisnummer) {
      const gevonden = await geocoder.zoek({ postcode: postcode.pc6, huisnummer });
      kolom = tabel.kolommen.includes('lat') ? 'lat' : 'x_rd';
      if (gevonden.soort === 'gevonden') positie = gevonden.positie;
      else
        meld(
          kolom,
          gevonden.soort === 'offline'
            ? `geen coördinaten, en opzoeken kan niet: ${gevonden.melding}. Vul x_rd en y_rd (of lat en lon) in`
            : `geen coördinaten, en de PDOK Locatieserver kent ${postcode.pc6} ${huisnummer} niet`,
        );
    }
    const plaats = positie ? waarde(kolom, plaatsVan(positie)) : undefined;
    if (rijFouten.length > 0) {
      fouten.push(...rijFouten);
      continue;
    }
    if (!id || !postcode || !huisnummer || !geopend || !bron || !aanpak || !plaats || gesloten === undefined)
      continue;
    zaken.push({
      id,
      geopend,
      gesloten,
      categorieen,
      bron,
      aanpak,
      status: gesloten ? 'afgesloten' : 'in-behandeling',
      buurt: plaats.buurt,
      lon: plaats.positie[0],
      lat: plaats.positie[1],
      postcode: postcode.pc6,
      huisnummer,
    });
  }
  voortgang?.('controleren', totaal, totaal);
  return { zaken, fouten };
}

const KOLOMMEN = [
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
  'postcode',
  'huisnummer',
] as const;
/** What an import may change; `integrale_actie` and a status set by hand are kept. */
const BIJWERKEN = [
  'geopend',
  'gesloten',
  'categorieen',
  'bron',
  'aanpak',
  'buurt',
  'lon',
  'lat',
  'postcode',
  'huisnummer',
];

export async function importeerRgwZaken(
  db: Verbinding,
  bytes: Uint8Array,
  opties: RgwImportOpties,
): Promise<ImportRapport> {
  const begin = performance.now();
  const nu = opties.nu ?? new Date();
  const rapport = leegRapport('rgw-zaken', opties.modus, false);
  const klaar = (r: ImportRapport) => ({ ...r, duurMs: Math.round(performance.now() - begin) });
  const gelezen = await leesImportTabel(bytes, rapport);
  if ('geweigerd' in gelezen) return klaar(gelezen.geweigerd);
  const { tabel } = gelezen;
  rapport.gelezen = tabel.rijen.length;
  const { zaken, fouten } = await valideerZaken(
    tabel,
    opties.geocoder ?? GEEN_GEOCODER,
    nu.toISOString().slice(0, 10),
    opties.voortgang,
  );
  if (fouten.length > 0) return klaar(metFouten(rapport, fouten));
  return klaar(
    await schrijfInTransactie(db, opties, nu, async (tx) => {
      // Unchanged cases are left alone (no row returned); xmax = 0 tells an insert from an update.
      const rows = await voegToeInBlokken<(typeof zaken)[number], { nieuw: boolean }>(
        tx,
        zaken,
        'rgw_zaak',
        KOLOMMEN,
        (z) => [
          z.id,
          z.geopend,
          z.gesloten,
          z.categorieen,
          z.bron,
          null,
          z.aanpak,
          z.status,
          z.buurt,
          z.lon,
          z.lat,
          z.postcode,
          z.huisnummer,
        ],
        {
          staart: `ON CONFLICT (id) DO UPDATE SET ${BIJWERKEN.map((k) => `${k} = EXCLUDED.${k}`).join(', ')},
             status = CASE WHEN EXCLUDED.gesloten IS NULL THEN rgw_zaak.status ELSE 'afgesloten' END
           WHERE (${BIJWERKEN.map((k) => `rgw_zaak.${k}`).join(', ')}) IS DISTINCT FROM (${BIJWERKEN.map((k) => `EXCLUDED.${k}`).join(', ')})
           RETURNING (xmax = 0) AS nieuw`,
          voortgang: (gedaan, totaal) => opties.voortgang?.('schrijven', gedaan, totaal),
        },
      );
      const toegevoegd = rows.filter((r) => r.nieuw).length;
      const gewijzigd = rows.length - toegevoegd;
      const uit: ImportRapport = {
        ...rapport,
        toegevoegd,
        gewijzigd,
        ongewijzigd: zaken.length - toegevoegd - gewijzigd,
      };
      return {
        rapport: uit,
        fouten: [],
        details: { soort: 'rgw-zaken', gelezen: uit.gelezen, toegevoegd, gewijzigd },
      };
    }),
  );
}
