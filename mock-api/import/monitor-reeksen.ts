/**
 * Imports one of the Monitor's series from a CSV or XLSX file (`npm run data:import -- monitor-<reeks> FILE`): every
 * line checked first, then the series replaced whole in one transaction with its audit row; any error refuses the file.
 */
import type { MonitorReeksen } from '../generate/monitor';
import { RGW_START } from '../generate/rgw';
import { schrijfAuditIn } from '../store/audit';
import { REEKS_NAAM, REEKS_RIJ, REEKS_SLEUTELS, type ReeksSleutel, schrijfReeks } from '../store/monitor';
import type { Verbinding } from '../store/verbinding';
import type { Door } from './rapport';
import { leesTabel, TabelFout } from './tabel';

type Soort = 'jaar' | 'maand' | 'aantal' | 'decimaal';

/** The first year of the RGW case register; the baseline series holds only years before it. */
const RGW_EERSTE_JAAR = Number(RGW_START.slice(0, 4));

interface KolomSpec {
  readonly kolom: string;
  readonly veld: string;
  readonly soort: Soort;
  /** May be empty (unknown, or a year still to come). */
  readonly leegMag?: boolean;
}

/** The columns of each series, in the order of the template. */
export const MONITOR_KOLOMMEN: Readonly<Record<ReeksSleutel, readonly KolomSpec[]>> = {
  uitstroom: [
    { kolom: 'jaar', veld: 'jaar', soort: 'jaar' },
    { kolom: 'uitstroom', veld: 'uitstroom', soort: 'aantal' },
    { kolom: 'via_huurzorg', veld: 'viaHuurzorg', soort: 'aantal' },
    { kolom: 'via_urgentie', veld: 'viaUrgentie', soort: 'aantal' },
    { kolom: 'aanbod', veld: 'aanbod', soort: 'aantal', leegMag: true },
  ],
  wachttijd: [
    { kolom: 'maand', veld: 'maand', soort: 'maand' },
    { kolom: 'wachttijd_maanden', veld: 'maanden', soort: 'decimaal' },
  ],
  woningen: [
    { kolom: 'jaar', veld: 'jaar', soort: 'jaar' },
    { kolom: 'doel_huurzorg', veld: 'doel', soort: 'aantal' },
    { kolom: 'gerealiseerd_huurzorg', veld: 'gerealiseerd', soort: 'aantal', leegMag: true },
    { kolom: 'wonen_eerst', veld: 'wonenEerst', soort: 'aantal', leegMag: true },
  ],
  rgwBasis: [
    { kolom: 'jaar', veld: 'jaar', soort: 'jaar' },
    { kolom: 'meldingen_ongewenste_verhuur', veld: 'meldingenOngewensteVerhuur', soort: 'aantal' },
    { kolom: 'meldingen_arbeidsmigranten', veld: 'meldingenArbeidsmigranten', soort: 'aantal' },
    { kolom: 'zaken_geopend', veld: 'zakenGeopend', soort: 'aantal' },
    { kolom: 'zaken_gesloten', veld: 'zakenGesloten', soort: 'aantal' },
  ],
};

/** `monitor-uitstroom` → `uitstroom`; null for anything else. */
export function reeksVanSoort(soort: string | undefined): ReeksSleutel | null {
  if (!soort?.startsWith('monitor-')) return null;
  const naam = soort.slice('monitor-'.length);
  return REEKS_SLEUTELS.find((k) => REEKS_NAAM[k] === naam) ?? null;
}

export const MONITOR_SOORTEN = REEKS_SLEUTELS.map((k) => `monitor-${REEKS_NAAM[k]}`);

export interface MonitorFout {
  regel: number;
  kolom?: string;
  melding: string;
}

export interface MonitorImportRapport {
  reeks: string;
  modus: 'proef' | 'uitvoeren';
  gelezen: number;
  fouten: MonitorFout[];
  uitgevoerd: boolean;
}

function leesWaarde(tekst: string, spec: KolomSpec): { waarde: number | string | null } | { fout: string } {
  const t = tekst.trim();
  if (t === '') return spec.leegMag ? { waarde: null } : { fout: 'is leeg' };
  switch (spec.soort) {
    case 'maand':
      return /^\d{4}-(0[1-9]|1[0-2])$/.test(t)
        ? { waarde: t }
        : { fout: `"${t}" is geen maand: verwacht 2022-01` };
    case 'decimaal': {
      const n = Number(t.replace(',', '.'));
      return Number.isFinite(n) && n >= 0
        ? { waarde: n }
        : { fout: `"${t}" is geen getal: verwacht bijvoorbeeld 3,6` };
    }
    case 'jaar':
    case 'aantal': {
      // Thousands separators as a Dutch spreadsheet writes them (1.160) are accepted.
      const kaal = t.replace(/\.(?=\d{3}\b)/g, '');
      if (!/^\d+$/.test(kaal)) return { fout: `"${t}" is geen geheel getal` };
      return { waarde: Number(kaal) };
    }
  }
}

/** Checks every line; the rows when all are good, else every error by line and column. */
export async function leesMonitorReeks(
  sleutel: ReeksSleutel,
  bytes: Uint8Array,
): Promise<{ rijen: object[]; fouten: MonitorFout[] }> {
  let tabel;
  try {
    tabel = await leesTabel(bytes);
  } catch (fout) {
    if (fout instanceof TabelFout) return { rijen: [], fouten: [{ regel: 0, melding: fout.message }] };
    throw fout;
  }
  const specs = MONITOR_KOLOMMEN[sleutel];
  const fouten: MonitorFout[] = [];
  for (const s of specs) {
    if (!tabel.kolommen.includes(s.kolom))
      fouten.push({ regel: 1, kolom: s.kolom, melding: `kolom "${s.kolom}" ontbreekt in de kopregel` });
  }
  for (const k of tabel.kolommen) {
    if (k !== '' && !specs.some((s) => s.kolom === k))
      fouten.push({
        regel: 1,
        kolom: k,
        melding: `kolom "${k}" is onbekend: verwacht ${specs.map((s) => s.kolom).join(', ')}`,
      });
  }
  if (fouten.length > 0) return { rijen: [], fouten };
  const rijen: object[] = [];
  const periodes = new Map<string, number>();
  for (const rij of tabel.rijen) {
    const object: Record<string, unknown> = {};
    for (const s of specs) {
      const uit = leesWaarde(rij.waarden[s.kolom] ?? '', s);
      if ('fout' in uit) fouten.push({ regel: rij.regel, kolom: s.kolom, melding: uit.fout });
      else object[s.veld] = uit.waarde;
    }
    const schema = REEKS_RIJ[sleutel];
    const uitslag = schema.safeParse(object);
    if (!uitslag.success) {
      if (fouten.every((f) => f.regel !== rij.regel)) {
        for (const i of uitslag.error.issues) {
          const spec = specs.find((s) => s.veld === i.path[0]);
          fouten.push({ regel: rij.regel, ...(spec ? { kolom: spec.kolom } : {}), melding: i.message });
        }
      }
      continue;
    }
    const basisJaar = sleutel === 'rgwBasis' && 'jaar' in uitslag.data ? uitslag.data.jaar : null;
    if (basisJaar !== null && basisJaar >= RGW_EERSTE_JAAR) {
      // docs/monitor.md: published totals from before the register are shown exactly; a year the register counts
      // itself is released only with noise and rounding, and an exact total beside it would undo that.
      fouten.push({
        regel: rij.regel,
        kolom: 'jaar',
        melding: `${basisJaar} telt het RGW-zaakregister zelf (beschermd, afgerond op 5): de basis is alleen voor gepubliceerde cijfers van vóór ${RGW_EERSTE_JAAR}`,
      });
      continue;
    }
    const periode = String(object.maand ?? object.jaar);
    const eerder = periodes.get(periode);
    if (eerder !== undefined)
      fouten.push({
        regel: rij.regel,
        melding: `${periode} staat al op regel ${eerder}: één regel per periode`,
      });
    periodes.set(periode, rij.regel);
    rijen.push(uitslag.data);
  }
  if (rijen.length === 0 && fouten.length === 0)
    fouten.push({ regel: 2, melding: 'het bestand heeft geen regels' });
  return { rijen, fouten };
}

/** Replaces the series with the file's rows (nothing written on any error, or on a dry run). */
export async function importeerMonitorReeks(
  db: Verbinding,
  sleutel: ReeksSleutel,
  bytes: Uint8Array,
  opties: { modus: 'proef' | 'uitvoeren'; door: Door; bestand: string; nu?: Date },
): Promise<MonitorImportRapport> {
  const nu = opties.nu ?? new Date();
  const { rijen, fouten } = await leesMonitorReeks(sleutel, bytes);
  const rapport: MonitorImportRapport = {
    reeks: REEKS_NAAM[sleutel],
    modus: opties.modus,
    gelezen: rijen.length,
    fouten,
    uitgevoerd: false,
  };
  if (fouten.length > 0 || opties.modus === 'proef') return rapport;
  await db.transactie(async (tx) => {
    const reeks = {
      herkomst: {
        omschrijving: `Geïmporteerd uit ${opties.bestand}`,
        bijgewerkt: nu.toISOString().slice(0, 10),
      },
      rijen,
    } as MonitorReeksen[typeof sleutel];
    await schrijfReeks(tx, sleutel, reeks);
    await schrijfAuditIn(
      tx,
      {
        ...opties.door,
        wat: 'import',
        details: { soort: `monitor-${REEKS_NAAM[sleutel]}`, bestand: opties.bestand, rijen: rijen.length },
      },
      nu,
    );
  });
  return { ...rapport, uitgevoerd: true };
}

/** Header and example rows of a series' template: the demo's own first rows. */
export function monitorVoorbeeld(sleutel: ReeksSleutel, monitor: MonitorReeksen): string[][] {
  const specs = MONITOR_KOLOMMEN[sleutel];
  return (monitor[sleutel].rijen as object[]).slice(0, 2).map((rij) =>
    specs.map((s) => {
      const w = (rij as Record<string, unknown>)[s.veld];
      return w === null || w === undefined ? '' : String(w);
    }),
  );
}
