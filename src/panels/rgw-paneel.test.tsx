/** The RGW section against the real mock handlers: filters per role, what is asked of the API, the table twin with suppressed counts, and the API's objection next to the date it names. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Filters } from '../domain/datalagen';
import type { NieuwDoel } from '../map/kaart-doel';
import { RgwDetail, RgwPaneel } from './rgw-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

/** Every density request the panel made, as path and query. */
let dichtheidVragen: URL[] = [];
beforeEach(() => {
  dichtheidVragen = [];
  api.server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/rgw/dichtheid') dichtheidVragen.push(url);
  });
});
afterEach(() => api.server.events.removeAllListeners());

const AAN: ReadonlySet<string> = new Set(['rgw-dichtheid']);

/** The section as the app holds it: filters and selection in state, the way the URL state keeps them. */
function Houder({ onDoel, beginFilters = {} }: { onDoel: (d: NieuwDoel) => void; beginFilters?: Filters }) {
  const [filters, setFilters] = useState<Filters>(beginFilters);
  const [geselecteerd, setGeselecteerd] = useState<string | null>(null);
  return (
    <>
      <RgwPaneel
        geselecteerd={geselecteerd}
        onSelecteer={setGeselecteerd}
        lagenAan={AAN}
        filters={filters}
        zetFilters={setFilters}
        onDoel={onDoel}
      />
      {geselecteerd ? (
        <RgwDetail
          geselecteerd={geselecteerd}
          lagenAan={AAN}
          filters={filters}
          onWis={() => setGeselecteerd(null)}
        />
      ) : null}
      <output data-testid="filters">{JSON.stringify(filters)}</output>
    </>
  );
}

async function toon(rol: 'publiek' | 'zorgaanbieder' | 'draagkrachtscan', beginFilters: Filters = {}) {
  const opslag = nieuweSessie();
  if (rol === 'zorgaanbieder') await opslag.logIn({ rol, organisatie: 'za-03' });
  if (rol === 'draagkrachtscan') await opslag.logIn({ rol });
  const onDoel = vi.fn<(doel: NieuwDoel) => void>();
  renderMetSessie(opslag, <Houder onDoel={onDoel} beginFilters={beginFilters} />);
  const sectie = screen.getByRole('region', { name: 'Rotterdams Goed Wonen' });
  return { sectie, onDoel, gebruiker: userEvent.setup() };
}

function filtersNu(): unknown {
  return JSON.parse(screen.getByTestId('filters').textContent ?? '{}');
}

describe('RgwPaneel', () => {
  it.each(['publiek', 'zorgaanbieder'] as const)(
    '%s: de totalen per focusgebied, zonder niveau of resolutie te vragen',
    async (rol) => {
      const { sectie } = await toon(rol);
      const tabel = await within(sectie).findByRole('table', {
        name: 'RGW-zaken per focusgebied in de afgelopen 12 maanden',
      });
      const rijen = within(tabel).getAllByRole('row').slice(1);
      expect(rijen.map((r) => within(r).getByRole('button').textContent)).toEqual([
        'Pendrecht-Zuidwijk',
        'Bloemhof',
        'Carnisse',
        'Hillesluis',
        'Tarwewijk',
      ]);
      for (const rij of rijen) expect(within(rij).getAllByRole('cell')[0]?.textContent).toMatch(/^\d+$/);
      // The scan's own controls are not offered, and the API is never asked for what it would refuse.
      expect(within(sectie).queryByRole('group', { name: 'Niveau' })).toBeNull();
      expect(dichtheidVragen.length).toBeGreaterThan(0);
      for (const url of dichtheidVragen) {
        expect(url.searchParams.has('niveau')).toBe(false);
        expect(url.searchParams.has('resolutie')).toBe(false);
      }
    },
  );

  it('biedt de negen categorieën met Nederlandse namen, de signalen apart, en filtert in de URL-staat', async () => {
    const { sectie, gebruiker } = await toon('publiek');
    const keuze = within(sectie).getByRole('combobox', { name: 'Soort probleem' });
    expect(within(keuze).getAllByRole('option')).toHaveLength(10);
    const signalen = within(keuze).getByRole('group', { name: 'Signalen' });
    expect(
      within(signalen)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ondermijning (signaal)', 'Zorg (signaal)', 'Sociale problemen (signaal)']);
    await gebruiker.selectOptions(keuze, 'Woonfraude');
    expect(filtersNu()).toEqual({ 'rgw-categorie': 'woonfraude' });
    await waitFor(() => expect(dichtheidVragen.at(-1)?.searchParams.get('categorie')).toBe('woonfraude'));
    expect(await within(sectie).findByText(/, woonfraude\.$/)).toBeInTheDocument();
  });

  it('kiest een vaste periode: 2025 als heel jaar', async () => {
    const { sectie, gebruiker } = await toon('publiek');
    const jaar = await within(sectie).findByRole('radio', { name: '2025' });
    expect(within(sectie).getByRole('radio', { name: '2026 tot nu' })).toBeInTheDocument();
    await gebruiker.click(jaar);
    expect(filtersNu()).toEqual({ 'rgw-periode': { soort: 'preset', preset: '2025' } });
    await within(sectie).findByRole('table', { name: 'RGW-zaken per focusgebied in 2025' });
    const laatste = dichtheidVragen.at(-1);
    expect([laatste?.searchParams.get('van'), laatste?.searchParams.get('tot')]).toEqual([
      '2025-01-01',
      '2025-12-31',
    ]);
  });

  it('controleert een eigen periode voor het vragen, en toont de fout van de API bij het veld dat zij noemt', async () => {
    const { sectie, gebruiker } = await toon('publiek');
    await within(sectie).findByRole('table');
    await gebruiker.click(within(sectie).getByRole('radio', { name: 'Eigen periode' }));
    const formulier = within(sectie).getByRole('form', { name: 'Eigen periode' });
    const van = within(formulier).getByLabelText('Van');
    const tot = within(formulier).getByLabelText('Tot en met');
    // Prefilled with the last twelve months, once the peildatum is known.
    await waitFor(() => expect(tot).toHaveValue('2026-11-20'));

    // Van after tot: the form says so, and asks nothing.
    await gebruiker.clear(van);
    await gebruiker.type(van, '2026-12-01');
    const voor = dichtheidVragen.length;
    await gebruiker.click(within(formulier).getByRole('button', { name: 'Toon periode' }));
    expect(van).toHaveAttribute('aria-invalid', 'true');
    expect(van).toHaveAccessibleDescription(
      'van (1 december 2026) moet op of voor tot (20 november 2026) liggen',
    );
    expect(dichtheidVragen.length).toBe(voor);

    // Longer than three years: the API's rule, and its message next to the field it names.
    await gebruiker.clear(van);
    await gebruiker.type(van, '2022-01-01');
    await gebruiker.click(within(formulier).getByRole('button', { name: 'Toon periode' }));
    await waitFor(() =>
      expect(van).toHaveAccessibleDescription(
        'periode van 2022-01-01 tot 2026-11-20 is te lang: hooguit 3 jaar per opvraging',
      ),
    );
    expect(tot).not.toHaveAttribute('aria-invalid');

    // A period the API accepts clears the message.
    await gebruiker.clear(van);
    await gebruiker.type(van, '2025-03-01');
    await gebruiker.click(within(formulier).getByRole('button', { name: 'Toon periode' }));
    await within(sectie).findByRole('table', { name: /van 1 maart 2025 t\/m 20 november 2026$/ });
    expect(van).not.toHaveAttribute('aria-invalid');
    expect(filtersNu()).toEqual({ 'rgw-periode': { soort: 'eigen', van: '2025-03-01', tot: '2026-11-20' } });
  });

  it('draagkrachtscan: zeshoeken met "te weinig om te tonen" voor kleine aantallen, nooit 0, en selectie in de details', async () => {
    const { sectie, gebruiker, onDoel } = await toon('draagkrachtscan');
    const tabel = await within(sectie).findByRole('table', {
      name: 'RGW-zaken per zeshoek (H3) in de afgelopen 12 maanden',
    });
    expect(dichtheidVragen.at(-1)?.searchParams.get('niveau')).toBe('h3');
    expect(dichtheidVragen.at(-1)?.searchParams.get('resolutie')).toBe('8');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    const onderdrukt = rijen.filter((r) => r.textContent?.includes('te weinig om te tonen'));
    expect(onderdrukt.length).toBeGreaterThan(0);
    for (const rij of rijen) expect(within(rij).getAllByRole('cell').at(-1)?.textContent).not.toBe('0');
    // Sorted by count, largest first: the suppressed cells come last.
    expect(rijen.slice(-onderdrukt.length)).toEqual(onderdrukt);

    const [eerste] = onderdrukt;
    if (!eerste) throw new Error('geen onderdrukte cel');
    await gebruiker.click(within(eerste).getByRole('button'));
    expect(within(eerste).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    const detail = await screen.findByRole('region', { name: /^Cel / });
    expect(within(detail).getByText(/te weinig om te tonen \(minder dan 5\)/)).toBeInTheDocument();
    await waitFor(() => expect(onDoel).toHaveBeenCalledWith(expect.objectContaining({ soort: 'kader' })));
  });

  it('draagkrachtscan: per buurt, elke buurt een regel, zonder resolutie te vragen', async () => {
    const { sectie, gebruiker } = await toon('draagkrachtscan');
    await within(sectie).findByRole('table');
    await gebruiker.click(within(sectie).getByRole('radio', { name: 'Buurten' }));
    expect(filtersNu()).toEqual({ 'rgw-niveau': 'buurt' });
    const tabel = await within(sectie).findByRole('table', {
      name: 'RGW-zaken per buurt in de afgelopen 12 maanden',
    });
    expect(within(tabel).getByRole('button', { name: 'Tarwewijk' })).toBeInTheDocument();
    expect(within(tabel).getAllByRole('row').length).toBeGreaterThan(80);
    const laatste = dichtheidVragen.at(-1);
    expect(laatste?.searchParams.get('niveau')).toBe('buurt');
    expect(laatste?.searchParams.has('resolutie')).toBe(false);
    expect(within(sectie).queryByRole('combobox', { name: 'Grootte zeshoek' })).toBeNull();
  });

  it('zegt dat de laag uitstaat, en vraagt dan niets', async () => {
    const opslag = nieuweSessie();
    renderMetSessie(
      opslag,
      <RgwPaneel
        geselecteerd={null}
        onSelecteer={() => {}}
        lagenAan={new Set()}
        filters={{}}
        zetFilters={() => {}}
      />,
    );
    expect(await screen.findByText(/De laag RGW-zaken staat uit/)).toBeInTheDocument();
    expect(dichtheidVragen).toEqual([]);
  });
});
