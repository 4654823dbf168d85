/**
 * The scan dossiers section against the real mock API on a PGlite store: record the scan of two sites, the purpose
 * asked once, fill in the stappenplan, MO/SO/DV and the conclusion, save, make definitief (then read-only), correct
 * it, read the earlier version, the list; beheer reads only; an unknown number and a conflict are told in Dutch.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { join } from 'node:path';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { maakHandlers } from '../../mock-api/handlers';
import { koppelOpslag } from '../../mock-api/store/koppeling';
import { leesMigraties, migreer } from '../../mock-api/store/migreer';
import { vulMetDataset } from '../../mock-api/store/opslag';
import { open, type Verbinding } from '../../mock-api/store/verbinding';
import { vergeetAlleAntwoorden } from '../api/bron';
import { maakDossierAan, maakDossierDefinitief, slaDossierOp } from '../api/scan-dossiers';
import type { LonLat } from '../contract/common';
import type { DatalaagId, Filters } from '../domain/datalagen';
import { wijzigingUitFormulier, formulierUitDossier } from '../domain/scan-dossier';
import { ScanDossierPaneel } from './scan-dossier-paneel';
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
/** jsdom has no object URLs: the download's Blob is caught here, the original put back after each test. */
const OBJECT_URL = { maak: URL.createObjectURL, weg: URL.revokeObjectURL };
function zetObjectUrl(maak: (blob: Blob) => string) {
  URL.createObjectURL = maak;
  URL.revokeObjectURL = () => undefined;
}
afterEach(() => {
  vergeetAlleAntwoorden();
  sessionStorage.clear();
  vi.restoreAllMocks();
  URL.createObjectURL = OBJECT_URL.maak;
  URL.revokeObjectURL = OBJECT_URL.weg;
});
afterAll(async () => {
  server.close();
  vergeetAlleAntwoorden();
  await db.sluit();
});

/** The server computes the analysis per site and writes in PGlite: seconds on a busy machine. Only a hang reaches this. */
const WACHT = { timeout: 60_000 };
const AAN: ReadonlySet<DatalaagId> = new Set<DatalaagId>(['voorzieningen', 'draagkrachtscan']);
/** Kluutstraat 24 (Tarwewijk) and a second site about 400 m north. */
const KLUUTSTRAAT: LonLat = [4.483688, 51.892679];
const NOORD: LonLat = [4.48369, 51.8963];
const SCAN: Filters = {
  scan: KLUUTSTRAAT,
  'scan-woonvorm': 'beschermd-wonen',
  'scan-doelgroep': 'jongeren',
  'scan-plekken': 24,
};

function MetFilters({ begin = {} }: { begin?: Filters }) {
  const [filters, zetFilters] = useState<Filters>(begin);
  return (
    <>
      <ScanDossierPaneel
        filters={filters}
        zetFilters={zetFilters}
        lagenAan={AAN}
        geselecteerd={null}
        onSelecteer={() => undefined}
        onDoel={() => undefined}
      />
      <output aria-label="Filters">{JSON.stringify(filters)}</output>
    </>
  );
}

async function geefDoel(gebruiker: ReturnType<typeof userEvent.setup>) {
  await gebruiker.type(
    await screen.findByLabelText('Doel van het inzien', {}, WACHT),
    'Beoordeling initiatief Kluutstraat',
  );
  await gebruiker.click(screen.getByRole('button', { name: 'Open het dossier' }));
}

async function nieuwDossier(rol: 'draagkrachtscan' = 'draagkrachtscan') {
  const ander = nieuweSessie();
  await ander.logIn({ rol });
  const sessie = ander.huidig().sessie;
  const dossier = await maakDossierAan(sessie, {
    titel: 'Flexwonen aan de Kluutstraat',
    initiatief: { woonvorm: 'flexwonen', doelgroep: 'uitstromers', capaciteit: 12 },
    locaties: [{ label: 'Kluutstraat 24', positie: KLUUTSTRAAT }],
  });
  return { sessie, dossier };
}

describe('ScanDossierPaneel', () => {
  it('legt twee vergeleken locaties vast, vult het dossier in, maakt het definitief en corrigeert het', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters begin={{ ...SCAN, 'scan-vergelijk': [NOORD] }} />);

    expect(screen.getByText(/Legt de 2 vergeleken locaties/)).toBeInTheDocument();
    await gebruiker.click(screen.getByRole('button', { name: 'Leg vast in een dossier' }));
    await geefDoel(gebruiker);
    const kop = await screen.findByRole('heading', { level: 3, name: /Beschermd wonen, 24 plekken/ }, WACHT);
    expect(kop).toHaveFocus();
    expect(screen.getByRole('status', { name: 'Filters' }).textContent).toMatch(
      /"dossier":"DKS-\d{4}-\d{4}"/,
    );
    const locaties = within(screen.getByRole('list', { name: 'Locaties in dit dossier' })).getAllByRole(
      'listitem',
    );
    expect(locaties.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^Locatie A/),
      expect.stringMatching(/^Locatie B \(Kluutstraat 24.*Tarwewijk/),
    ]);

    await gebruiker.click(screen.getByRole('checkbox', { name: /Initiatief vastgelegd/ }));
    await gebruiker.type(screen.getByLabelText('Opmerking bij stap 1'), 'Aanvraag van 12 november');
    await gebruiker.type(
      screen.getByLabelText('Cluster MO (Maatschappelijke Ontwikkeling)'),
      'Wijkteam positief',
    );
    await gebruiker.type(screen.getByLabelText('Cluster SO (Stadsontwikkeling)'), 'Bestemmingsplan past');
    await gebruiker.type(screen.getByLabelText('Cluster DV (Dienstverlening)'), 'Geen meldingen');
    await gebruiker.click(screen.getByRole('radio', { name: 'Draagkracht twijfelachtig' }));
    // Without reasoning it cannot become definitief: told beside the field, before any question.
    await gebruiker.click(screen.getByRole('button', { name: 'Maak definitief' }));
    expect(screen.getByLabelText('Motivering')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Controleer het gemarkeerde veld');

    await gebruiker.type(screen.getByLabelText('Motivering'), 'Concentratie boven het stadsgemiddelde');
    await gebruiker.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/^Opgeslagen \(versie 1/, {}, WACHT)).toBeInTheDocument();

    await gebruiker.click(screen.getByRole('button', { name: 'Maak definitief' }));
    await gebruiker.click(screen.getByRole('button', { name: 'Ja, maak definitief' }));
    expect(await screen.findByText(/Versie 1 is definitief/, {}, WACHT)).toBeInTheDocument();
    expect(screen.getByText('Definitief', { selector: '.dossier__status' })).toBeInTheDocument();
    for (const veld of screen.getAllByRole('textbox')) {
      if (!veld.closest('form[role="search"]')) expect(veld).toHaveAttribute('readonly');
    }
    expect(screen.getByRole('radio', { name: 'Draagkracht twijfelachtig' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Draagkracht twijfelachtig' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();

    // A correction: a reason, then version 2 as a concept; version 1 stays readable.
    await gebruiker.click(screen.getByRole('button', { name: 'Corrigeer' }));
    await gebruiker.click(screen.getByRole('button', { name: 'Maak een nieuwe versie' }));
    expect(screen.getByLabelText('Reden van de correctie')).toHaveAttribute('aria-invalid', 'true');
    await gebruiker.type(screen.getByLabelText('Reden van de correctie'), 'Advies SO aangevuld');
    await gebruiker.click(screen.getByRole('button', { name: 'Maak een nieuwe versie' }));
    expect(await screen.findByText(/Versie 2 is gemaakt als concept/, {}, WACHT)).toBeInTheDocument();
    expect(screen.getByLabelText('Cluster SO (Stadsontwikkeling)')).not.toHaveAttribute('readonly');
    const versies = screen.getByRole('navigation', { name: 'Versies van dit dossier' });
    await gebruiker.click(within(versies).getByRole('button', { name: /^Versie 1 \(definitief/ }));
    expect(
      await screen.findByText(/Je bekijkt versie 1; de nieuwste is versie 2/, {}, WACHT),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Cluster MO (Maatschappelijke Ontwikkeling)')).toHaveValue(
      'Wijkteam positief',
    );
    expect(screen.getByLabelText('Cluster MO (Maatschappelijke Ontwikkeling)')).toHaveAttribute('readonly');

    // Back to the list: the dossier at its newest version; opening it again does not ask the purpose again.
    await gebruiker.click(screen.getByRole('button', { name: /Terug naar de lijst/ }));
    const lijst = await screen.findByRole('list', { name: 'Gevonden dossiers' }, WACHT);
    const item = within(lijst).getByRole('button', { name: /Beschermd wonen, 24 plekken/ });
    expect(item).toHaveTextContent(/versie 2.*Concept/);
    await gebruiker.click(item);
    await screen.findByRole('heading', { level: 3, name: /Beschermd wonen, 24 plekken/ }, WACHT);
    expect(screen.queryByLabelText('Doel van het inzien')).toBeNull();
  });

  it('zoekt en filtert op status', async () => {
    const { dossier } = await nieuwDossier();
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters />);
    expect(screen.getByText(/zoek eerst een locatie/)).toBeInTheDocument();
    await gebruiker.type(screen.getByLabelText('Zoek in de dossiers'), 'Flexwonen{Enter}');
    const lijst = await screen.findByRole('list', { name: 'Gevonden dossiers' }, WACHT);
    await waitFor(() =>
      expect(
        within(lijst)
          .getAllByRole('button')
          .map((b) => b.textContent),
      ).toEqual([expect.stringContaining(dossier.id)]),
    );
    await gebruiker.selectOptions(screen.getByLabelText('Status'), 'Definitief');
    expect(await screen.findByText('Geen dossiers gevonden.', {}, WACHT)).toBeInTheDocument();
  });

  it('beheer leest alleen, met downloads; een onbekend nummer krijgt een duidelijke melding', async () => {
    const { dossier } = await nieuwDossier();
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'beheer' });
    const gebruiker = userEvent.setup();
    const maakUrl = vi.fn((_: Blob) => 'blob:rapport');
    zetObjectUrl(maakUrl);
    const klik = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderMetSessie(opslag, <MetFilters begin={{ ...SCAN, dossier: 'DKS-2026-9999' }} />);
    expect(screen.queryByRole('button', { name: 'Leg vast in een dossier' })).toBeNull();
    await geefDoel(gebruiker);
    expect(await screen.findByText(/Dossier DKS-2026-9999 is niet gevonden/, {}, WACHT)).toBeInTheDocument();

    await gebruiker.click(screen.getByRole('button', { name: /Terug naar de lijst/ }));
    expect(screen.getByText(/vastleggen en wijzigen doet de draagkrachtscan/)).toBeInTheDocument();
    const lijst = await screen.findByRole('list', { name: 'Gevonden dossiers' }, WACHT);
    await gebruiker.click(within(lijst).getByRole('button', { name: new RegExp(dossier.id) }));
    await screen.findByRole('heading', { level: 3, name: 'Flexwonen aan de Kluutstraat' }, WACHT);
    expect(screen.getByLabelText('Titel')).toHaveAttribute('readonly');
    expect(screen.getByRole('checkbox', { name: /Initiatief vastgelegd/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Maak definitief' })).toBeNull();

    await gebruiker.click(screen.getByRole('button', { name: 'Rapport (PDF)' }));
    expect(
      await screen.findByText(`Gedownload: draagkrachtscan-${dossier.id}-v1.pdf`, {}, WACHT),
    ).toBeInTheDocument();
    expect(klik).toHaveBeenCalledOnce();
    const blob = maakUrl.mock.calls[0]?.[0];
    if (!blob) throw new Error('geen bestand bewaard');
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  });

  it('409: iemand anders maakte het dossier intussen definitief; het wordt opnieuw geladen', async () => {
    const { sessie: ander, dossier } = await nieuwDossier();
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters begin={{ dossier: dossier.id }} />);
    await geefDoel(gebruiker);
    await gebruiker.type(
      await screen.findByLabelText('Cluster DV (Dienstverlening)', {}, WACHT),
      'Mijn tekst',
    );

    const metConclusie = {
      ...formulierUitDossier(dossier),
      oordeel: 'voldoende' as const,
      motivering: 'Past in de wijk',
    };
    await slaDossierOp(ander, dossier.id, wijzigingUitFormulier(dossier, metConclusie));
    await maakDossierDefinitief(ander, dossier.id, dossier.versie);

    await gebruiker.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(
      await screen.findByText(/Iemand anders heeft dit dossier intussen/, {}, WACHT),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Definitief', { selector: '.dossier__status' }, WACHT),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Motivering')).toHaveValue('Past in de wijk');
    expect(screen.getByLabelText('Cluster DV (Dienstverlening)')).toHaveAttribute('readonly');
  });

  it('toont niets voor een zorgaanbieder, en vraagt niets', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const { container } = renderMetSessie(opslag, <MetFilters begin={{ dossier: 'DKS-2026-0001' }} />);
    expect(container.querySelector('section')).toBeNull();
  });
});
