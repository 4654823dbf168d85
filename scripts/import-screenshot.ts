/**
 * A screenshot of the Importeren panel with a dry-run report, as a person signed in as beheer sees it: the API on a
 * fresh in-memory store with the demo data, the Vite dev server in front, Debian's Chromium headless.
 * `npx tsx scripts/import-screenshot.ts [uit.png]` (default screenshots/import-proef.png).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { VOORZIENING_KOLOMMEN } from '../src/contract/import';
import { maakDemoDataset } from '../mock-api/generate/dataset';
import { startApiServer } from '../mock-api/server';
import { koppelOpslag } from '../mock-api/store/koppeling';
import { bereidVoor } from '../mock-api/store/opslag';
import { open } from '../mock-api/store/verbinding';

const uit = process.argv[2] ?? 'screenshots/import-proef.png';
const db = await open();
await bereidVoor(db, { beginDataset: () => maakDemoDataset() });
const api = await startApiServer({ port: 0, opslag: koppelOpslag(db, maakDemoDataset()) });
const vite = await createServer({
  configFile: 'vite.config.ts',
  server: { port: 0, host: '127.0.0.1', proxy: { '/api': api.url } },
  logLevel: 'error',
});
await vite.listen();
const adres = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const bestand = join(tmpdir(), 'inventaris-met-fout.csv');
writeFileSync(
  bestand,
  `\ufeff${[
    VOORZIENING_KOLOMMEN.join(';'),
    'LOC-1;De Hoek;Stichting Maashaven Zorg;Voorbeeldstraat;12;a;3072AB;Beschermd wonen;Psychiatrische problematiek;24;1;01-03-2024;nee;93500;436000',
    'LOC-2;Het Anker;Nieuwe Zorg BV;Dorpsweg;5;;3074AB;opvang;dak-en-thuislozen;twaalf;0;2024-05-01;nee;93200;434300',
    'LOC-3;Veilige Plek;Nieuwe Zorg BV;Geheimelaan;1;;1011AB;Opvang;Slachtoffers huiselijk geweld;8;0;;ja;92000;437000',
  ].join('\r\n')}\r\n`,
);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const pagina = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const login = (await (
    await fetch(`${api.url}/api/auth/demo-login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ rol: 'beheer' }),
    })
  ).json()) as unknown;
  await pagina.goto(adres);
  await pagina.evaluate(
    (sessie) => sessionStorage.setItem('hkd-kaart.sessie', JSON.stringify(sessie)),
    login,
  );
  await pagina.goto(adres);
  const paneel = pagina.locator('section.import-paneel');
  await paneel.waitFor({ timeout: 120_000 });
  await paneel.getByLabel('Bestand (CSV of Excel, hooguit 5 MB)').setInputFiles(bestand);
  await paneel.getByRole('button', { name: 'Proefimport controleren' }).click();
  await paneel.locator('table.import-fouten').waitFor({ timeout: 120_000 });
  await paneel.scrollIntoViewIfNeeded();
  mkdirSync(dirname(uit), { recursive: true });
  await paneel.screenshot({ path: uit });
  console.log(`Schermafdruk: ${uit}`);
  // The same file without its errors: dry run, confirm, the final report.
  const goed = join(tmpdir(), 'inventaris.csv');
  writeFileSync(
    goed,
    `\ufeff${[
      VOORZIENING_KOLOMMEN.join(';'),
      'LOC-1;De Hoek;Stichting Maashaven Zorg;Voorbeeldstraat;12;a;3072AB;Beschermd wonen;Psychiatrische problematiek;24;1;01-03-2024;nee;93500;436000',
      'LOC-2;Het Anker;Nieuwe Zorg BV;Dorpsweg;5;;3074AB;opvang;dak-en-thuislozen;12;0;2024-05-01;nee;93200;434300',
      'LOC-3;Veilige Plek;Nieuwe Zorg BV;Geheimelaan;1;;3014AA;Opvang;Slachtoffers huiselijk geweld;8;0;;ja;92000;437000',
    ].join('\r\n')}\r\n`,
  );
  await paneel.getByLabel('Bestand (CSV of Excel, hooguit 5 MB)').setInputFiles(goed);
  await paneel.getByRole('button', { name: 'Proefimport controleren' }).click();
  await paneel.getByRole('button', { name: 'Importeren bevestigen' }).click();
  await paneel.getByText('Geïmporteerd en vastgelegd in de audittrail.').waitFor({ timeout: 120_000 });
  const klaar = uit.replace(/\.png$/, '-klaar.png');
  await paneel.screenshot({ path: klaar });
  const n = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM voorziening WHERE locatiecode LIKE 'LOC-%'",
  );
  console.log(`Schermafdruk: ${klaar}; ${n.rows[0]?.n ?? 0} locaties uit het bestand in de opslag`);
} finally {
  await browser.close();
  await vite.close();
  await api.close();
  await db.sluit();
}
