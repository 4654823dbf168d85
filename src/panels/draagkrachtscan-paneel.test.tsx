/** The draagkrachtscan section against the real mock handlers: an address on Zuid, a planned facility of 24 places, the rings and the per-1,000 figures, the scan kept in the link's filters. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatalaagId, Filters } from '../domain/datalagen';
import type { NieuwDoel } from '../map/kaart-doel';
import { DraagkrachtscanPaneel } from './draagkrachtscan-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

const AAN: ReadonlySet<DatalaagId> = new Set<DatalaagId>(['voorzieningen', 'draagkrachtscan']);

/** The panel with its filters held as the app holds them (the URL state), and shown. */
function MetFilters({ begin = {}, onDoel }: { begin?: Filters; onDoel?: (d: NieuwDoel) => void }) {
  const [filters, zetFilters] = useState<Filters>(begin);
  const [geselecteerd, setGeselecteerd] = useState<string | null>(null);
  return (
    <>
      <DraagkrachtscanPaneel
        filters={filters}
        zetFilters={zetFilters}
        lagenAan={AAN}
        geselecteerd={geselecteerd}
        onSelecteer={setGeselecteerd}
        onDoel={onDoel ?? (() => undefined)}
      />
      <output aria-label="Filters">{JSON.stringify(filters)}</output>
      <output aria-label="Selectie">{geselecteerd ?? ''}</output>
    </>
  );
}

/** The buurt row of a per-1,000 table: its cells by column. */
function buurtRij(tabel: HTMLElement) {
  const rij = within(tabel).getAllByRole('row')[1];
  if (!rij) throw new Error('geen buurtregel');
  const cellen = within(rij)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
  // "After" carries the comparison with the city under the figure: the figure is its first word.
  return { rij, per1000Nu: cellen[1], per1000Na: cellen[2]?.split(/[^\d,]/)[0] };
}

describe('DraagkrachtscanPaneel', () => {
  it('zoekt een adres op Zuid, toont de scan en rekent de cijfers per 1.000 mee met het aantal plekken', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const onDoel = vi.fn<(doel: NieuwDoel) => void>();
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters onDoel={onDoel} />);

    await gebruiker.type(screen.getByLabelText('Adres van de beoogde locatie'), 'Kluutstraat 24{Enter}');
    const lijst = await screen.findByRole('list', { name: 'Gevonden locaties' });
    await gebruiker.click(within(lijst).getAllByRole('button')[0]!);
    expect(onDoel).toHaveBeenCalledWith(expect.objectContaining({ soort: 'kader' }));
    expect(screen.getByRole('status', { name: 'Filters' }).textContent).toMatch(
      /^\{"scan":\[4\.\d+,51\.\d+\]\}$/,
    );
    expect(screen.getByText(/Beoogde locatie:/).closest('p')?.textContent).toContain('Kluutstraat 24');

    const tabel = await screen.findByRole('table', { name: 'Alle woonvormen: plekken per 1.000 inwoners' });
    expect(screen.getByText(/Beoogde locatie:/).closest('p')?.textContent).toContain('Tarwewijk');
    const voor = buurtRij(tabel);
    // Nothing planned yet: after equals now.
    expect(voor.per1000Na).toBe(voor.per1000Nu);
    const ringen = screen.getByRole('table', { name: 'Voorzieningen binnen elke ring' });
    expect(
      within(ringen)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('button')[0]?.textContent),
    ).toEqual(['250 m', '500 m', '1.000 m']);
    for (const naam of [
      'Voorzieningen binnen 1.000 m',
      'Vertrouwelijke locaties per buurt',
      'RGW-zaken per ring',
    ]) {
      expect(screen.getByRole('table', { name: naam })).toBeInTheDocument();
    }

    await gebruiker.selectOptions(screen.getByLabelText('Woonvorm'), 'Beschermd wonen');
    await gebruiker.type(screen.getByLabelText('Aantal plekken (capaciteit)'), '24');
    // At once, before the link or the server follow: the figures per 1,000 of the buurt go up.
    const na = buurtRij(screen.getByRole('table', { name: 'Alle woonvormen: plekken per 1.000 inwoners' }));
    expect(Number(na.per1000Na?.replace(',', '.'))).toBeGreaterThan(
      Number(voor.per1000Nu?.replace(',', '.')),
    );
    // Then the link carries it, and the server's answer agrees with the figure shown.
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('"scan-plekken":24'),
    );
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent(
      '"scan-woonvorm":"beschermd-wonen"',
    );
    await screen.findByRole('table', { name: 'Beschermd wonen: plekken per 1.000 inwoners' });
    await waitFor(() => expect(screen.getByText(/Scan van .* bijgewerkt/)).toBeInTheDocument());
    expect(
      buurtRij(screen.getByRole('table', { name: 'Alle woonvormen: plekken per 1.000 inwoners' })).per1000Na,
    ).toBe(na.per1000Na);

    await gebruiker.clear(screen.getByLabelText('Aantal plekken (capaciteit)'));
    await gebruiker.type(screen.getByLabelText('Aantal plekken (capaciteit)'), '0');
    expect(screen.getByText('Vul een heel getal in van 1 tot en met 500.')).toBeInTheDocument();

    // Keep this site, find a second one in Carnisse: both side by side, with the same planned facility.
    await gebruiker.click(screen.getByRole('button', { name: 'Bewaar voor vergelijking' }));
    await gebruiker.type(screen.getByLabelText('Adres van de beoogde locatie'), 'Albatrosplein 29{Enter}');
    const tweede = await screen.findByRole('list', { name: 'Gevonden locaties' });
    await gebruiker.click(within(tweede).getAllByRole('button')[0]!);
    const vergelijking = await screen.findByRole('table', { name: 'Vergelijking van de locaties' });
    const regels = within(vergelijking).getAllByRole('row').slice(1);
    expect(regels.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Tarwewijk'),
      expect.stringContaining('Carnisse'),
    ]);
    // Each site by its letter and its address, in the table and in the list of kept sites.
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Vergelijking van de locaties' }))
          .getAllByRole('row')
          .slice(1)
          .map((r) => r.textContent),
      ).toEqual([
        expect.stringMatching(/^Locatie A Kluutstraat 24, 3\d{3} [A-Z]{2} Rotterdam/),
        expect.stringMatching(/^Locatie B Albatrosplein 29, 3\d{3} [A-Z]{2} Rotterdam/),
      ]),
    );
    expect(
      screen.getByRole('button', { name: 'Verwijder locatie A uit de vergelijking' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Kluutstraat 24/, { selector: '.scan__bewaard li > span' })).toBeInTheDocument();
    await gebruiker.click(screen.getByRole('button', { name: /^Verwijder/ }));
    expect(screen.queryByRole('table', { name: 'Vergelijking van de locaties' })).toBeNull();

    await gebruiker.click(screen.getByRole('button', { name: 'Scan wissen' }));
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('{}');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('opent een scan uit een link, met de naam van het dichtstbijzijnde adres', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'beheer' });
    renderMetSessie(opslag, <MetFilters begin={{ scan: [4.483688, 51.892679], 'scan-plekken': 24 }} />);
    await screen.findByRole('table', { name: 'Alle woonvormen: plekken per 1.000 inwoners' });
    await waitFor(() =>
      expect(screen.getByText(/Beoogde locatie:/).closest('p')?.textContent).toContain('Kluutstraat 24'),
    );
    expect(screen.getByLabelText('Aantal plekken (capaciteit)')).toHaveValue(24);
  });

  it('past de ringen aan: de link en de analyse volgen, een fout zegt wat er mis is, Standaard zet ze terug', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters begin={{ scan: [4.483688, 51.892679] }} />);
    const ringRijen = async (verwacht: string[]) =>
      waitFor(() =>
        expect(
          within(screen.getByRole('table', { name: 'Voorzieningen binnen elke ring' }))
            .getAllByRole('row')
            .slice(1)
            .map((r) => within(r).getAllByRole('button')[0]?.textContent),
        ).toEqual(verwacht),
      );
    await ringRijen(['250 m', '500 m', '1.000 m']);
    const veld = screen.getByLabelText('Ringen (meter)');
    expect(veld).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Standaard' })).toBeNull();

    await gebruiker.type(veld, '500, 100');
    expect(
      screen.getByText('Zet de stralen van klein naar groot, elk groter dan de vorige.'),
    ).toBeInTheDocument();
    expect(veld).toHaveAttribute('aria-invalid', 'true');
    await gebruiker.clear(veld);
    await gebruiker.type(veld, '100, 300, 6000');
    expect(screen.getByText('Een straal is minstens 50 en hooguit 5.000 meter.')).toBeInTheDocument();
    // An error never reaches the link.
    expect(screen.getByRole('status', { name: 'Filters' })).not.toHaveTextContent('scan-ringen');

    await gebruiker.clear(veld);
    await gebruiker.type(veld, '100, 300');
    expect(veld).not.toHaveAttribute('aria-invalid');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('"scan-ringen":[100,300]'),
    );
    await ringRijen(['100 m', '300 m']);
    expect(screen.getByRole('table', { name: 'Voorzieningen binnen 300 m' })).toBeInTheDocument();

    // From an error straight back to the standard: the link follows that too.
    await gebruiker.clear(veld);
    await gebruiker.type(veld, '300, 100');
    expect(veld).toHaveAttribute('aria-invalid', 'true');
    await gebruiker.click(screen.getByRole('button', { name: 'Standaard' }));
    expect(veld).toHaveValue('');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Filters' })).not.toHaveTextContent('scan-ringen'),
    );
    await ringRijen(['250 m', '500 m', '1.000 m']);

    // The places likewise: an error, then an empty field, takes them out of the link.
    const plekken = screen.getByLabelText('Aantal plekken (capaciteit)');
    await gebruiker.type(plekken, '24');
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('"scan-plekken":24'),
    );
    await gebruiker.clear(plekken);
    await gebruiker.type(plekken, '0');
    expect(screen.getByText('Vul een heel getal in van 1 tot en met 500.')).toBeInTheDocument();
    await gebruiker.clear(plekken);
    await waitFor(() =>
      expect(screen.getByRole('status', { name: 'Filters' })).not.toHaveTextContent('scan-plekken'),
    );
  });

  it('zet de ringen uit een link in het veld', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'beheer' });
    renderMetSessie(
      opslag,
      <MetFilters begin={{ scan: [4.483688, 51.892679], 'scan-ringen': [200, 400, 800, 1600] }} />,
    );
    expect(screen.getByLabelText('Ringen (meter)')).toHaveValue('200, 400, 800, 1600');
    await screen.findByRole('table', { name: 'Voorzieningen binnen 1.600 m' });
  });

  it('toont niets voor een zorgaanbieder, en vraagt niets', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const { container } = renderMetSessie(opslag, <MetFilters begin={{ scan: [4.483688, 51.892679] }} />);
    expect(container.querySelector('section')).toBeNull();
  });
});
