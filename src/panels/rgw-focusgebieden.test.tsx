/** The focus-area presets against the real mock handlers: five buttons, fly there and outline, and the yearly figures beside the average and the targets, for every role. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FocusgebiedCode } from '../contract/gebied';
import type { Filters } from '../domain/datalagen';
import type { NieuwDoel } from '../map/kaart-doel';
import { RgwFocusgebieden } from './rgw-focusgebieden';
import { RgwPaneel } from './rgw-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

const VIJF = ['Bloemhof', 'Carnisse', 'Hillesluis', 'Pendrecht-Zuidwijk', 'Tarwewijk'];

function Losse({ jaar = null }: { jaar?: number | null }) {
  const [focus, setFocus] = useState<FocusgebiedCode | null>(null);
  return <RgwFocusgebieden focus={focus} onKies={setFocus} jaar={jaar} />;
}

function rijWaarden(tabel: HTMLElement, label: string): string[] {
  const rij = within(tabel).getByRole('rowheader', { name: label }).closest('tr');
  if (!rij) throw new Error(`geen rij ${label}`);
  return within(rij)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('RgwFocusgebieden', () => {
  it('zet de kerncijfers in een focusbaar, benoemd vak dat zijwaarts schuift als het paneel te smal is', async () => {
    renderMetSessie(nieuweSessie(), <Losse />);
    const vak = await screen.findByRole('region', { name: /^Kerncijfers/ });
    expect(vak).toHaveAttribute('tabindex', '0');
    expect(within(vak).getByRole('table', { name: /^Kerncijfers/ })).toBeInTheDocument();
    expect(within(vak).getByRole('columnheader', { name: /^Doel/ })).toBeInTheDocument();
  });

  it('publiek: vijf knoppen, en de kerncijfers van de vijf samen tegen de doelen tot nu', async () => {
    renderMetSessie(nieuweSessie(), <Losse />);
    const groep = screen.getByRole('group', { name: 'Focusgebieden' });
    const knoppen = within(groep).getAllByRole('button');
    expect(knoppen.map((k) => k.textContent)).toEqual(VIJF);
    for (const k of knoppen) expect(k).toHaveAttribute('aria-pressed', 'false');
    const tabel = await within(groep).findByRole('table', {
      name: 'Kerncijfers Vijf focusgebieden samen, 2026 t/m 20 november',
    });
    // 2026 up to the peildatum: 324 of 365 days of the yearly targets.
    expect(rijWaarden(tabel, 'Nieuwe zaken')[1]).toBe('1.110');
    expect(rijWaarden(tabel, 'Afgesloten zaken')[1]).toBe('–');
    expect(
      within(groep).getByText(/minstens 1.250 nieuwe zaken, 12 integrale acties, ongeveer 10 stopgesprekken/),
    ).toBeInTheDocument();
    expect(within(groep).getByText(/elke twee weken een casustafel per focusgebied/)).toBeInTheDocument();
  });

  it('zet een gekozen focusgebied naast het gemiddelde per focusgebied; nog eens kiezen toont weer alle vijf', async () => {
    const gebruiker = userEvent.setup();
    renderMetSessie(nieuweSessie(), <Losse />);
    const groep = screen.getByRole('group', { name: 'Focusgebieden' });
    await within(groep).findByRole('table');
    const tarwewijk = within(groep).getByRole('button', { name: 'Tarwewijk' });
    await gebruiker.click(tarwewijk);
    expect(tarwewijk).toHaveAttribute('aria-pressed', 'true');
    const tabel = within(groep).getByRole('table', { name: 'Kerncijfers Tarwewijk, 2026 t/m 20 november' });
    expect(
      within(tabel)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Kerncijfer', 'Tarwewijk', 'Gemiddeld per focusgebied', 'Doel tot nu']);
    const [eigen = '', gemiddeld = '', doel = ''] = rijWaarden(tabel, 'Nieuwe zaken');
    expect(Number(eigen)).toBeGreaterThan(0);
    expect(gemiddeld).toMatch(/^\d+(,\d)?$/);
    // The plan's targets hold for the programme, not per area: no share of 1,250 for one focus area.
    expect(doel).toBe('–');
    // The case table is every two weeks in each area: 26 a year, pro rata.
    expect(rijWaarden(tabel, 'Casustafels')[2]).toBe('23,1');
    await gebruiker.click(tarwewijk);
    expect(tarwewijk).toHaveAttribute('aria-pressed', 'false');
    expect(within(groep).getByRole('table', { name: /Vijf focusgebieden samen/ })).toBeInTheDocument();
  });

  it('toont een afgesloten jaar tegen het jaardoel', async () => {
    renderMetSessie(nieuweSessie(), <Losse jaar={2025} />);
    const tabel = await screen.findByRole('table', { name: 'Kerncijfers Vijf focusgebieden samen, 2025' });
    expect(rijWaarden(tabel, 'Nieuwe zaken')[1]).toBe('1.250');
    expect(rijWaarden(tabel, 'Casustafels')[1]).toBe('130');
  });

  it('in het paneel: vliegt naar de buurten van het focusgebied en bewaart de keuze in de URL-staat', async () => {
    const gebruiker = userEvent.setup();
    const onDoel = vi.fn<(doel: NieuwDoel) => void>();
    function Houder() {
      const [filters, setFilters] = useState<Filters>({});
      return (
        <>
          <RgwPaneel
            geselecteerd={null}
            onSelecteer={() => {}}
            lagenAan={new Set(['rgw-dichtheid'])}
            filters={filters}
            zetFilters={setFilters}
            onDoel={onDoel}
          />
          <output data-testid="filters">{JSON.stringify(filters)}</output>
        </>
      );
    }
    renderMetSessie(nieuweSessie(), <Houder />);
    await gebruiker.click(screen.getByRole('button', { name: 'Pendrecht-Zuidwijk' }));
    expect(screen.getByTestId('filters').textContent).toBe('{"rgw-focus":"pendrecht-zuidwijk"}');
    await waitFor(() => expect(onDoel).toHaveBeenCalledTimes(1));
    const doel = onDoel.mock.calls[0]?.[0];
    if (doel?.soort !== 'gebied') throw new Error('verwachtte een gebied');
    // Pendrecht and Zuidwijk, on Zuid: south of the Maas, at a zoom that fits the two buurten; the map outlines the
    // chosen focus area itself, so the search highlight stays off.
    expect(doel.positie[1]).toBeLessThan(51.9);
    expect(doel.zoom).toBeGreaterThanOrEqual(11);
    expect(doel.zoom).toBeLessThan(15);
    expect(doel.markeer).toBeNull();
    expect(
      screen.getByText('Pendrecht-Zuidwijk is omlijnd op de kaart. Kies het nog eens om alle vijf te zien.'),
    ).toBeInTheDocument();
  });
});
