/**
 * Measures the RGW register import at scale: writes a CSV of N generated cases (default 100,000) and imports it twice
 * through the CLI's `main` into a fresh store (PGlite in memory, or PostgreSQL with DATABASE_URL): once new, once
 * unchanged. Prints rows per second. `npx tsx scripts/bench/rgw-import.ts [--rijen N]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import buurtenJson from '../../src/geo/data/buurten.json';
import { BUURTEN, PC4_GEBIEDEN } from '../../src/geo/rotterdam-facts';
import { wgs84NaarRd } from '../../src/geo/rd';
import { migreer } from '../../mock-api/store/migreer';
import { open } from '../../mock-api/store/verbinding';
import { main } from '../data';

const i = process.argv.indexOf('--rijen');
const N = i > 0 ? Number(process.argv[i + 1]) : 100_000;
const CATEGORIEEN = [
  'woonoverlast',
  'Overbewoning en illegale kamerverhuur',
  'woonfraude',
  'achterstallig-onderhoud',
];
const BRONNEN = ['melding', 'proactief', 'integrale actie'];
/** The buurten on the map (the port is left out of the schematic layout, so its cases would be refused). */
const OP_KAART = new Set(buurtenJson.features.map((f) => f.properties.code));
const PLEKKEN = BUURTEN.filter((b) => OP_KAART.has(b.code));

function csv(): string {
  const regels = ['zaaknummer;postcode;huisnummer;x_rd;y_rd;geopend;gesloten;categorie;bron;aanpak'];
  let zaad = 42;
  const rnd = () => (zaad = (zaad * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < N; n++) {
    const buurt = PLEKKEN[Math.floor(rnd() * PLEKKEN.length)]!;
    const pc4 = PC4_GEBIEDEN[Math.floor(rnd() * PC4_GEBIEDEN.length)]!.code;
    const [x, y] = wgs84NaarRd([buurt.centroid[0], buurt.centroid[1]]);
    const dag = 1 + Math.floor(rnd() * 28);
    const maand = 1 + Math.floor(rnd() * 12);
    regels.push(
      [
        n + 1,
        `${pc4}AB`,
        1 + Math.floor(rnd() * 200),
        (x + (rnd() - 0.5) * 40).toFixed(1),
        (y + (rnd() - 0.5) * 40).toFixed(1),
        `${String(dag).padStart(2, '0')}-${String(maand).padStart(2, '0')}-2025`,
        rnd() < 0.5 ? `2025-12-${String(dag).padStart(2, '0')}` : '',
        CATEGORIEEN[n % CATEGORIEEN.length],
        BRONNEN[n % BRONNEN.length],
        n % 4 ? 'mono' : 'multidisciplinair',
      ].join(';'),
    );
  }
  return `${regels.join('\r\n')}\r\n`;
}

const map = mkdtempSync(join(tmpdir(), 'hkd-rgw-bench-'));
try {
  const bestand = join(map, 'rgw.csv');
  writeFileSync(bestand, csv());
  const db = await open(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {});
  await migreer(db);
  await db.exec('TRUNCATE rgw_zaak');
  const opslag = () => Promise.resolve({ db, sluit: () => Promise.resolve() });
  for (const ronde of ['nieuw', 'ongewijzigd']) {
    const begin = performance.now();
    const cpu = process.cpuUsage();
    let uit = '';
    const code = await main(['import', 'rgw-zaken', bestand, '--offline'], {
      opslag,
      stdout: { write: (t: string) => (uit += t) },
    });
    if (code !== 0) console.log(uit.split('\n').slice(0, 20).join('\n'));
    const s = (performance.now() - begin) / 1000;
    const cpuS = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 2e6;
    console.log(
      `${ronde}: ${N.toLocaleString('nl-NL')} rijen in ${s.toFixed(1)} s (${Math.round(N / s).toLocaleString('nl-NL')} rijen/s; this process ${cpuS.toFixed(1)} s CPU), ${db.soort}, exit ${code}, load average ${os.loadavg()[0]!.toFixed(1)}`,
    );
  }
  await db.sluit();
} finally {
  rmSync(map, { recursive: true, force: true });
}
