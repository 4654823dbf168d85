/** The RGW section against the real mock handlers: filters per role, what is asked of the API, the table twin with suppressed counts, and the API's objection under the period. */
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
        name: 'RGW-zaken per focusgebied in 3e kwartaal 2026',
      });
      const rijen = within(tabel).getAllByRole('row').slice(1);
      // All five, largest count first (ties keep a stable order).
      expect(rijen.map((r) => within(r).getByRole('button').textContent).sort()).toEqual([
        'Bloemhof',
        'Carnisse',
        'Hillesluis',
        'Pendrecht-Zuidwijk',
        'Tarwewijk',
      ]);
      const aantallen = rijen.map((r) => Number(within(r).getAllByRole('cell')[0]?.textContent));
      expect(aantallen).toEqual([...aantallen].sort((x, y) => y - x));
      // Rounded to 5: a quarter per focus area is well above the minimum.
      for (const rij of rijen) expect(within(rij).getAllByRole('cell')[0]?.textContent).toMatch(/^\d*[05]$/);
      expect(
        within(sectie).getByText(/De aantallen zijn een beetje veranderd en afgerond op 5/),
      ).toBeInTheDocument();
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

  it('kiest een vaste, afgelopen periode: maanden, kwartalen en jaren, geen weken', async () => {
    const { sectie, gebruiker } = await toon('publiek');
    const periode = within(sectie).getByRole('combobox', { name: 'Periode' });
    // The last whole quarter, once the peildatum is known.
    await waitFor(() => expect(periode).toHaveDisplayValue('3e kwartaal 2026'));
    expect(within(periode).queryByRole('group', { name: 'Weken' })).toBeNull();
    const maanden = within(within(periode).getByRole('group', { name: 'Maanden' })).getAllByRole('option');
    // Only months that are over on the peildatum (20 November 2026).
    expect(maanden[0]).toHaveTextContent('oktober 2026');
    await gebruiker.selectOptions(periode, '2025');
    expect(filtersNu()).toEqual({ 'rgw-periode': '2025' });
    await within(sectie).findByRole('table', { name: 'RGW-zaken per focusgebied in 2025' });
    const laatste = dichtheidVragen.at(-1);
    expect(laatste?.searchParams.get('periode')).toBe('2025');
    expect(laatste?.searchParams.has('van')).toBe(false);
    expect(laatste?.searchParams.has('tot')).toBe(false);
  });

  it('toont de fout van de API onder de periode, en wist die bij een goede keuze', async () => {
    // A link to a month that is not over yet: the API refuses it, and says why.
    const { sectie, gebruiker } = await toon('publiek', { 'rgw-periode': '2026-11' });
    const periode = within(sectie).getByRole('combobox', { name: 'Periode' });
    await waitFor(() => expect(periode).toHaveAttribute('aria-invalid', 'true'));
    expect(periode).toHaveAccessibleDescription(/periode "2026-11" is nog niet voorbij/);
    await gebruiker.selectOptions(periode, '2026-10');
    await within(sectie).findByRole('table', { name: 'RGW-zaken per focusgebied in oktober 2026' });
    expect(periode).not.toHaveAttribute('aria-invalid');
  });

  it('draagkrachtscan: zeshoeken met "minder dan 5" voor kleine en lege cellen, nooit 0, en selectie in de details', async () => {
    const { sectie, gebruiker, onDoel } = await toon('draagkrachtscan');
    const tabel = await within(sectie).findByRole('table', {
      name: 'RGW-zaken per zeshoek (H3) in 3e kwartaal 2026',
    });
    // The scan may also ask for whole ISO weeks.
    const periode = within(sectie).getByRole('combobox', { name: 'Periode' });
    expect(within(periode).getByRole('group', { name: 'Weken' })).toBeInTheDocument();
    expect(dichtheidVragen.at(-1)?.searchParams.get('niveau')).toBe('h3');
    expect(dichtheidVragen.at(-1)?.searchParams.get('resolutie')).toBe('8');
    const rijen = within(tabel).getAllByRole('row').slice(1);
    const onderdrukt = rijen.filter((r) => r.textContent?.includes('minder dan 5'));
    expect(onderdrukt.length).toBeGreaterThan(0);
    for (const rij of rijen) expect(within(rij).getAllByRole('cell').at(-1)?.textContent).not.toBe('0');
    // Sorted by count, largest first: the suppressed cells come last.
    expect(rijen.slice(-onderdrukt.length)).toEqual(onderdrukt);

    const [eerste] = onderdrukt;
    if (!eerste) throw new Error('geen onderdrukte cel');
    await gebruiker.click(within(eerste).getByRole('button'));
    expect(within(eerste).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
    const detail = await screen.findByRole('region', { name: /^Cel / });
    expect(within(detail).getByText('minder dan 5 (0 tot 5)')).toBeInTheDocument();
    await waitFor(() => expect(onDoel).toHaveBeenCalledWith(expect.objectContaining({ soort: 'kader' })));
  });

  it('draagkrachtscan: per buurt, elke buurt een regel, zonder resolutie te vragen', async () => {
    const { sectie, gebruiker } = await toon('draagkrachtscan');
    await within(sectie).findByRole('table');
    await gebruiker.click(within(sectie).getByRole('radio', { name: 'Buurten' }));
    expect(filtersNu()).toEqual({ 'rgw-niveau': 'buurt' });
    const tabel = await within(sectie).findByRole('table', {
      name: 'RGW-zaken per buurt in 3e kwartaal 2026',
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
    // Named as publiek's layer control names it.
    expect(
      await screen.findByText(
        'De laag ‘Zaken Rotterdams Goed Wonen per gebied’ staat uit. Zet hem aan bij Kaartlagen.',
      ),
    ).toBeInTheDocument();
    expect(dichtheidVragen).toEqual([]);
  });
});
