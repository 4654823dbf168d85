/**
 * `npm run data:import|data:audit|data:template`: the store's command line for beheer. It opens the store the
 * environment names (DATABASE_URL, else the PGlite folder HKD_DATA_DIR or .hkd-data) as the CLI, so it refuses with a
 * clear message while the server holds that folder. `main` takes argv and returns the exit code, for tests in-process.
 */
import { SingleBar } from 'cli-progress';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { RGW_ZAAK_KOLOMMEN, VOORZIENING_KOLOMMEN, type ImportRapport } from '../src/contract/import';
import { GEEN_GEOCODER, type Geocoder, pdokGeocoder } from '../mock-api/import/geocoder';
import type { Door } from '../mock-api/import/rapport';
import { importeerRgwZaken, RGW_VOORBEELD } from '../mock-api/import/rgw-zaken';
import { schrijfCsv, schrijfXlsx } from '../mock-api/import/tabel';
import { importeerVoorzieningen, VOORZIENING_VOORBEELD } from '../mock-api/import/voorzieningen';
import { isHoofdmodule } from '../mock-api/hoofdmodule';
import { maakMonitorReeksen } from '../mock-api/generate/monitor';
import {
  importeerMonitorReeks,
  MONITOR_KOLOMMEN,
  MONITOR_SOORTEN,
  monitorVoorbeeld,
  reeksVanSoort,
} from '../mock-api/import/monitor-reeksen';
import { controleerAudit } from '../mock-api/store/audit';
import { openOpslag, opslagUitOmgeving } from '../mock-api/store/data-map';
import { migreer } from '../mock-api/store/migreer';
import { OpslagFout } from '../mock-api/store/opslag';
import type { Verbinding } from '../mock-api/store/verbinding';

export const GEBRUIK = `Gebruik:
  npm run data:import -- voorzieningen BESTAND [--dry-run] [--vervang] [--offline] [--json]
  npm run data:import -- rgw-zaken BESTAND [--dry-run] [--offline] [--json]
  npm run data:import -- monitor-uitstroom|monitor-wachttijd|monitor-woningen|monitor-rgw-basis BESTAND [--dry-run] [--json]
  npm run data:audit -- verify
  npm run data:template -- voorzieningen|rgw-zaken|monitor-<reeks> BESTAND.csv|BESTAND.xlsx
BESTAND: CSV (; of ,, UTF-8) of Excel (.xlsx). --dry-run controleert alles en schrijft niets.
De opslag: DATABASE_URL (PostgreSQL) of de map HKD_DATA_DIR (standaard .hkd-data).`;

export interface Uitvoer {
  write(tekst: string): unknown;
  isTTY?: boolean;
}

export interface DataOpties {
  stdout?: Uitvoer;
  stderr?: Uitvoer;
  env?: Record<string, string | undefined>;
  /** The store to use instead of the one the environment names (tests: a PGlite from a template). */
  opslag?: () => Promise<{ db: Verbinding; sluit(): Promise<void> }>;
  geocoder?: Geocoder;
}

export const EXIT = { goed: 0, geweigerd: 1, gebruik: 2, opslag: 3 } as const;

const CLI_DOOR = (env: Record<string, string | undefined>): Door => ({
  wie: `cli:${env.USER ?? env.LOGNAME ?? 'onbekend'}`,
  rol: 'beheer',
  organisatie: 'gm0599',
});

export function rapportTekst(r: ImportRapport, bestand: string): string {
  const regels = [
    `${r.soort === 'voorzieningen' ? 'Voorzieningen' : 'RGW-zaken'} uit ${bestand}${r.modus === 'proef' ? ' (proef: er is niets geschreven)' : ''}${r.vervang ? ', vervangend' : ''}`,
    `  gelezen:     ${r.gelezen.toLocaleString('nl-NL')}`,
    `  toegevoegd:  ${r.toegevoegd.toLocaleString('nl-NL')}`,
    `  gewijzigd:   ${r.gewijzigd.toLocaleString('nl-NL')}`,
    `  ongewijzigd: ${r.ongewijzigd.toLocaleString('nl-NL')}`,
  ];
  if (r.soort === 'voorzieningen') {
    regels.push(`  gearchiveerd: ${r.gearchiveerd}`, `  fasewissels: ${r.faseWissels}`);
    if (r.nieuweOrganisaties.length > 0)
      regels.push(`  nieuwe zorgaanbieders: ${r.nieuweOrganisaties.join(', ')}`);
  }
  regels.push(
    `  geweigerd:   ${r.geweigerd.toLocaleString('nl-NL')}`,
    `  duur:        ${(r.duurMs / 1000).toFixed(1)} s`,
  );
  if (r.fouten.length > 0) {
    regels.push('', `Het bestand is geweigerd: ${r.fouten.length} fout(en); er is niets geschreven.`);
    for (const f of r.fouten.slice(0, 200)) {
      regels.push(`  regel ${f.regel}${f.kolom ? `, kolom ${f.kolom}` : ''}: ${f.melding}`);
    }
    if (r.fouten.length > 200) regels.push(`  … en nog ${r.fouten.length - 200} fouten`);
  } else if (r.uitgevoerd) {
    regels.push('', 'Geïmporteerd en vastgelegd in de audittrail.');
  }
  return `${regels.join('\n')}\n`;
}

/** A progress bar on stderr, only when it is a terminal: piped output stays clean. */
function voortgangsbalk(stderr: Uitvoer): {
  bij: (stap: string, gedaan: number, totaal: number) => void;
  stop: () => void;
} {
  if (!stderr.isTTY) return { bij: () => undefined, stop: () => undefined };
  const balk = new SingleBar({
    format: '{stap} [{bar}] {percentage}% | {value}/{total} rijen',
    stream: stderr as unknown as NodeJS.WritableStream,
    hideCursor: true,
  });
  let huidige = '';
  return {
    bij(stap, gedaan, totaal) {
      if (stap !== huidige) {
        if (huidige) balk.stop();
        balk.start(totaal, gedaan, { stap: stap.padEnd(11) });
        huidige = stap;
      } else balk.update(gedaan);
    },
    stop: () => {
      if (huidige) balk.stop();
    },
  };
}

export async function main(argv: readonly string[], opties: DataOpties = {}): Promise<number> {
  const stdout = opties.stdout ?? process.stdout;
  const stderr = opties.stderr ?? process.stderr;
  const env = opties.env ?? process.env;
  const vlaggen = new Set(argv.filter((a) => a.startsWith('--')));
  const [opdracht, soort, bestand, ...over] = argv.filter((a) => !a.startsWith('--'));
  const bekend = new Set(['--dry-run', '--vervang', '--offline', '--json']);
  const onbekend = [...vlaggen].filter((v) => !bekend.has(v));
  const fout = (melding: string, code: number = EXIT.gebruik) => {
    stderr.write(`${melding}\n`);
    return code;
  };
  if (onbekend.length > 0) return fout(`Onbekende optie ${onbekend.join(', ')}.\n${GEBRUIK}`);
  if (over.length > 0) return fout(`Te veel argumenten: ${over.join(' ')}.\n${GEBRUIK}`);

  // The Monitor's series (docs/monitor.md): one file per series, replaced whole.
  const reeks = reeksVanSoort(soort);
  if (soort?.startsWith('monitor-') && reeks === null)
    return fout(`Onbekende monitorreeks "${soort}": kies ${MONITOR_SOORTEN.join(', ')}.\n${GEBRUIK}`);
  if (opdracht === 'template' && reeks !== null && bestand) {
    const kolommen = MONITOR_KOLOMMEN[reeks].map((k) => k.kolom);
    const voorbeeld = monitorVoorbeeld(reeks, maakMonitorReeksen(new Date().toISOString().slice(0, 10)));
    const ext = extname(bestand).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx')
      return fout(`Het sjabloon wordt .csv of .xlsx, niet "${ext || bestand}".`);
    writeFileSync(
      bestand,
      ext === '.csv' ? schrijfCsv(kolommen, voorbeeld) : await schrijfXlsx(kolommen, voorbeeld, soort ?? ''),
    );
    stdout.write(`Sjabloon geschreven: ${bestand} (kopregel en ${voorbeeld.length} voorbeeldregels)\n`);
    return EXIT.goed;
  }
  if (opdracht === 'template') {
    if ((soort !== 'voorzieningen' && soort !== 'rgw-zaken') || !bestand) return fout(GEBRUIK);
    const kolommen = soort === 'voorzieningen' ? VOORZIENING_KOLOMMEN : RGW_ZAAK_KOLOMMEN;
    const voorbeeld = soort === 'voorzieningen' ? VOORZIENING_VOORBEELD : RGW_VOORBEELD;
    const ext = extname(bestand).toLowerCase();
    if (ext !== '.csv' && ext !== '.xlsx')
      return fout(`Het sjabloon wordt .csv of .xlsx, niet "${ext || bestand}".`);
    writeFileSync(
      bestand,
      ext === '.csv' ? schrijfCsv(kolommen, voorbeeld) : await schrijfXlsx(kolommen, voorbeeld, soort),
    );
    stdout.write(`Sjabloon geschreven: ${bestand} (kopregel en ${voorbeeld.length} voorbeeldregel)\n`);
    return EXIT.goed;
  }
  if (opdracht === 'import' && reeks !== null) {
    if (!bestand) return fout(GEBRUIK);
    if (vlaggen.has('--vervang') || vlaggen.has('--offline'))
      return fout(
        '--vervang en --offline gelden niet voor een monitorreeks: die wordt altijd heel vervangen.',
      );
  } else if (opdracht === 'import') {
    if ((soort !== 'voorzieningen' && soort !== 'rgw-zaken') || !bestand) return fout(GEBRUIK);
    if (soort === 'rgw-zaken' && vlaggen.has('--vervang'))
      return fout('--vervang geldt alleen voor voorzieningen.');
  } else if (opdracht === 'audit') {
    if (soort !== 'verify' || bestand) return fout(GEBRUIK);
  } else {
    return fout(GEBRUIK);
  }

  let bytes: Uint8Array | undefined;
  if (opdracht === 'import' && bestand) {
    try {
      bytes = readFileSync(bestand);
    } catch (e) {
      return fout(`Kan ${bestand} niet lezen: ${(e as Error).message}`);
    }
  }

  let opslag: { db: Verbinding; sluit(): Promise<void> };
  try {
    opslag = opties.opslag
      ? await opties.opslag()
      : await openOpslag({ ...opslagUitOmgeving(env), gebruiker: 'cli' });
  } catch (e) {
    if (e instanceof OpslagFout) return fout(e.message, EXIT.opslag);
    throw e;
  }
  try {
    await migreer(opslag.db);
    if (opdracht === 'audit') {
      const uitslag = await controleerAudit(opslag.db);
      if (uitslag.goed) {
        stdout.write(
          `Audittrail in orde: ${uitslag.regels} regels, de keten klopt (laatste hash ${uitslag.laatsteHash.slice(0, 12)}…).\n`,
        );
        return EXIT.goed;
      }
      stdout.write(
        `Audittrail GEBROKEN bij regel ${uitslag.volgnummer} (${uitslag.probleem}): ${uitslag.melding}.\n`,
      );
      return EXIT.geweigerd;
    }
    if (reeks !== null) {
      const r = await importeerMonitorReeks(opslag.db, reeks, bytes!, {
        modus: vlaggen.has('--dry-run') ? 'proef' : 'uitvoeren',
        door: CLI_DOOR(env),
        bestand: basename(bestand!),
      });
      if (vlaggen.has('--json')) stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      else {
        const regels = [
          `Monitorreeks ${r.reeks} uit ${bestand}${r.modus === 'proef' ? ' (proef: er is niets geschreven)' : ''}`,
          `  gelezen: ${r.gelezen.toLocaleString('nl-NL')} regels`,
          ...(r.fouten.length > 0
            ? [
                `Het bestand is geweigerd: ${r.fouten.length} fout(en); er is niets geschreven.`,
                ...r.fouten.map(
                  (f) => `  regel ${f.regel}${f.kolom ? `, kolom ${f.kolom}` : ''}: ${f.melding}`,
                ),
              ]
            : r.uitgevoerd
              ? ['De reeks is vervangen en vastgelegd in de audittrail.']
              : []),
        ];
        stdout.write(`${regels.join('\n')}\n`);
      }
      return r.fouten.length > 0 ? EXIT.geweigerd : EXIT.goed;
    }
    const geocoder = opties.geocoder ?? (vlaggen.has('--offline') ? GEEN_GEOCODER : pdokGeocoder());
    const balk = voortgangsbalk(stderr);
    const gemeenschappelijk = {
      modus: vlaggen.has('--dry-run') ? ('proef' as const) : ('uitvoeren' as const),
      door: CLI_DOOR(env),
      geocoder,
      voortgang: balk.bij,
    };
    let rapport: ImportRapport;
    try {
      rapport =
        soort === 'voorzieningen'
          ? await importeerVoorzieningen(opslag.db, bytes!, {
              ...gemeenschappelijk,
              vervang: vlaggen.has('--vervang'),
            })
          : await importeerRgwZaken(opslag.db, bytes!, gemeenschappelijk);
    } finally {
      balk.stop();
    }
    stdout.write(
      vlaggen.has('--json') ? `${JSON.stringify(rapport, null, 2)}\n` : rapportTekst(rapport, bestand!),
    );
    return rapport.fouten.length > 0 ? EXIT.geweigerd : EXIT.goed;
  } finally {
    await opslag.sluit();
  }
}

if (isHoofdmodule(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 70;
    },
  );
}
