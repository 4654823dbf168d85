/** The Importeren panel against the real mock API on a PGlite store: only for beheer; dry run, errors by line, confirm. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOORZIENING_KOLOMMEN } from '../contract/import';
import { maakHandlers } from '../../mock-api/handlers';
import { join } from 'node:path';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { leesMigraties, migreer } from '../../mock-api/store/migreer';
import { koppelOpslag } from '../../mock-api/store/koppeling';
import { vulMetDataset } from '../../mock-api/store/opslag';
import { open, type Verbinding } from '../../mock-api/store/verbinding';
import { vergeetAlleAntwoorden } from '../api/bron';
import { ImportPaneel } from './import-paneel';
import { nieuweSessie, renderMetSessie } from './test-hulp';

let db: Verbinding;
const server = setupServer();
beforeAll(async () => {
  // PGlite in memory; the migrations by path, because under jsdom this module's import.meta.url is no file URL.
  db = await open();
  await migreer(db, leesMigraties(join(process.cwd(), 'mock-api/store/migraties')));
  await vulMetDataset(db, maakDemoDataset(), 'demodata');
  server.use(...maakHandlers({ modus: 'server', basis: '*', opslag: koppelOpslag(db, maakDemoDataset()) }));
  vergeetAlleAntwoorden();
  server.listen({ onUnhandledRequest: 'error' });
}, 300_000);
afterAll(async () => {
  server.close();
  vergeetAlleAntwoorden();
  await db.sluit();
});

/** The server checks and writes in PGlite: seconds on a busy machine. Only a hang reaches this. */
const WACHT = { timeout: 60_000 };
const KOP = VOORZIENING_KOLOMMEN.join(';');
const RIJ =
  'LOC-1;De Hoek;Stichting Maashaven Zorg;Voorbeeldstraat;12;a;3072AB;Beschermd wonen;Psychiatrische problematiek;24;1;01-03-2024;nee;93500;436000';

describe('ImportPaneel', () => {
  it('toont niets voor andere rollen', () => {
    const { container } = renderMetSessie(nieuweSessie(), <ImportPaneel />);
    expect(container).toBeEmptyDOMElement();
  });

  it('proef met een fout: regel en kolom in een tabel; daarna een goed bestand bevestigen', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'beheer' });
    renderMetSessie(opslag, <ImportPaneel />);
    const gebruiker = userEvent.setup();
    const invoer = screen.getByLabelText('Bestand (CSV of Excel, hooguit 5 MB)');
    await gebruiker.upload(
      invoer,
      new File([`${KOP}\r\n${RIJ.replace(';24;', ';nul;')}\r\n`], 'fout.csv', { type: 'text/csv' }),
    );
    await gebruiker.click(screen.getByRole('button', { name: 'Proefimport controleren' }));
    const tabel = await screen.findByRole('table', { name: /1 fout: het hele bestand is geweigerd/ }, WACHT);
    const rij = within(tabel).getAllByRole('row')[1]!;
    expect(
      within(rij)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', 'capaciteit', 'nul', '"nul" is geen positief geheel getal']);
    expect(screen.queryByRole('button', { name: 'Importeren bevestigen' })).toBeNull();

    await gebruiker.upload(invoer, new File([`${KOP}\r\n${RIJ}\r\n`], 'goed.csv', { type: 'text/csv' }));
    await gebruiker.click(screen.getByRole('button', { name: 'Proefimport controleren' }));
    await gebruiker.click(await screen.findByRole('button', { name: 'Importeren bevestigen' }, WACHT));
    expect(
      await screen.findByText('Geïmporteerd en vastgelegd in de audittrail.', {}, WACHT),
    ).toBeInTheDocument();
    const n = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM voorziening WHERE locatiecode = 'LOC-1'",
    );
    expect(n.rows[0]?.n).toBe(1);
  });
});
