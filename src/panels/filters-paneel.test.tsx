/** The facility filters against the real mock handlers, with the real legend: what each role may filter, and that the counts follow the ticks. */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useSessie } from '../api/sessie';
import { useSymboolgroepen } from '../api/voorzieningen';
import type { Filters } from '../domain/datalagen';
import { maakDemoDataset } from '../../mock-api/generate/dataset';
import { aantalVoorzieningen, filterGroepen, woonvormenIn } from '../domain/filters';
import { WOONVORM_LABEL, WOONVORMEN } from '../domain/woonvorm';
import { FiltersPaneel, wissel } from './filters-paneel';
import { Legenda } from './legenda';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

/** The filters as the app holds them, the panel that sets them, and the legend that counts what is left. */
function Proef({ begin = {} }: { begin?: Filters }) {
  const { gebruiker } = useSessie();
  const [filters, setFilters] = useState<Filters>(begin);
  const lijst = useSymboolgroepen();
  const aantal =
    lijst.status === 'ok'
      ? {
          getoond: aantalVoorzieningen(filterGroepen(lijst.data.groepen, filters).groepen),
          totaal: aantalVoorzieningen(lijst.data.groepen.groepen),
        }
      : null;
  return (
    <>
      <FiltersPaneel
        rol={gebruiker.rol}
        filters={filters}
        onFilters={setFilters}
        aantal={aantal}
        woonvormen={lijst.status === 'ok' ? woonvormenIn(lijst.data.groepen.groepen) : null}
      />
      <Legenda filters={filters} />
      <output data-testid="filters">{JSON.stringify(filters)}</output>
    </>
  );
}

async function faseAantallen(): Promise<Record<string, string>> {
  const lijst = await screen.findByRole('list', { name: 'Fasen met aantal voorzieningen op de kaart' });
  const uit: Record<string, string> = {};
  for (const item of within(lijst).getAllByRole('listitem')) {
    const fase = /Fase (\w+):/.exec(item.textContent ?? '')?.[1];
    const aantal = item.querySelector('.legenda__aantal')?.textContent?.match(/^\d+/)?.[0];
    if (fase && aantal) uit[fase] = aantal;
  }
  return uit;
}

describe('wissel', () => {
  it.each([
    [undefined, '2', true, ['2']],
    [['0', '2'], '1', true, ['0', '1', '2']],
    [['2'], '2', false, undefined],
    [['0', '2'], '0', false, ['2']],
  ] as const)('%o, %s aan=%s → %o', (lijst, waarde, aan, verwacht) => {
    expect(wissel(lijst, waarde, aan, ['0', '1', '2'])).toEqual(verwacht);
  });
});

describe('FiltersPaneel', () => {
  it('draagkrachtscan: fase 2 aanvinken laat 6 voorzieningen over en de legenda telt mee', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <Proef />);

    // The 2023 inventory as the demo data has it today: 41, 31 and 6 in phases 0, 1 and 2.
    // The first answer may take seconds on a busy machine: wait for it, not for waitFor's default second.
    await waitFor(
      async () =>
        expect(await faseAantallen()).toEqual({ '0': '41', '1': '31', '2': '6', '3a': '0', '3b': '0' }),
      { timeout: 30_000 },
    );
    const fasen = screen.getByRole('group', { name: 'Fase op de escalatieladder' });
    await gebruiker.click(within(fasen).getByRole('checkbox', { name: 'Fase 2: Verscherpt regime' }));

    expect(screen.getByTestId('filters')).toHaveTextContent('{"fase":["2"]}');
    expect(await faseAantallen()).toEqual({ '0': '0', '1': '0', '2': '6', '3a': '0', '3b': '0' });
    expect(screen.getByText('6 van 78 voorzieningen op de kaart')).toBeInTheDocument();

    // Another phase widens again: both ticked phases pass.
    await gebruiker.click(within(fasen).getByRole('checkbox', { name: 'Fase 0: Slapend regime' }));
    expect(screen.getByText('47 van 78 voorzieningen op de kaart')).toBeInTheDocument();

    await gebruiker.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByTestId('filters')).toHaveTextContent('{}');
    expect(await faseAantallen()).toEqual({ '0': '41', '1': '31', '2': '6', '3a': '0', '3b': '0' });
  });

  it('draagkrachtscan: beheer en woonvorm filteren samen', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <Proef />);
    await faseAantallen();

    const beheer = screen.getByRole('group', { name: 'Beheer: alleen locaties' });
    await gebruiker.click(within(beheer).getByRole('checkbox', { name: 'zonder beheercommissie' }));
    // 9 of the 78 locations had no committee at all in the demo inventory.
    expect(screen.getByText('9 van 78 voorzieningen op de kaart')).toBeInTheDocument();
    const woonvorm = screen.getByRole('group', { name: 'Woonvorm' });
    await gebruiker.click(within(woonvorm).getByRole('checkbox', { name: 'Opvang' }));
    const tekst = screen.getByText(/van 78 voorzieningen op de kaart/).textContent ?? '';
    expect(Number(/^(\d+)/.exec(tekst)?.[1])).toBeLessThan(9);
    expect(screen.getByTestId('filters')).toHaveTextContent(
      '{"beheer":["geen-beheercommissie"],"woonvorm":["opvang"]}',
    );
  });

  it('zorgaanbieder: geen fasefilter, wel "alleen eigen locaties"; de eigen locaties per fase blijven geteld', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <Proef />);

    const eigenLijst = await screen.findByRole('list', { name: 'Eigen locaties per fase' });
    const voor = within(eigenLijst)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.legenda__aantal')?.textContent ?? '')
      .join('|');
    expect(screen.queryByRole('group', { name: 'Fase op de escalatieladder' })).toBeNull();
    await gebruiker.click(screen.getByRole('checkbox', { name: 'Alleen eigen locaties' }));
    expect(screen.getByTestId('filters')).toHaveTextContent('{"eigen":true}');
    // Only za-04's own locations remain, and each still counts under its phase.
    const eigen = maakDemoDataset().voorzieningen.filter((v) => v.zorgaanbieder.id === 'za-04').length;
    expect(eigen).toBeGreaterThan(1);
    expect(screen.getByText(`${eigen} van 78 voorzieningen op de kaart`)).toBeInTheDocument();
    const na = within(screen.getByRole('list', { name: 'Eigen locaties per fase' }))
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.legenda__aantal')?.textContent ?? '')
      .join('|');
    expect(na).toBe(voor);
  });

  it('publiek: alleen de woonvorm, zonder beheer, fase of eigen locaties', async () => {
    renderMetSessie(nieuweSessie(), <Proef />);
    expect(await screen.findByRole('group', { name: 'Woonvorm' })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /Beheer/ })).toBeNull();
    expect(screen.queryByRole('group', { name: /Fase/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Doelgroep' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Alleen eigen locaties' })).toBeNull();
  });

  it('publiek: alleen de woonvormen die op de kaart staan, zonder Wonen eerst, en dat staat erbij', async () => {
    renderMetSessie(nieuweSessie(), <Proef />);
    const groep = await screen.findByRole('group', { name: 'Woonvorm' }, { timeout: 30_000 });
    // What publiek receives: the demo's facilities without the confidential ones, which never reach publiek.
    const inGegevens = new Set(
      maakDemoDataset()
        .voorzieningen.filter((v) => !v.vertrouwelijk)
        .map((v) => v.woonvorm),
    );
    const namen = within(groep)
      .getAllByRole('checkbox')
      .map((c) => c.closest('label')?.textContent);
    expect(namen).toEqual(WOONVORMEN.filter((w) => inGegevens.has(w)).map((w) => WOONVORM_LABEL[w]));
    expect(within(groep).queryByRole('checkbox', { name: /Wonen eerst/ })).toBeNull();
    expect(within(groep).getByText(/Wonen eerst staat niet in de lijst/)).toBeInTheDocument();
  });

  it('publiek: Wonen eerst uit een link blijft staan, zodat je het kunt uitvinken', async () => {
    const gebruiker = userEvent.setup();
    renderMetSessie(nieuweSessie(), <Proef begin={{ woonvorm: ['wonen-eerst'] }} />);
    const groep = screen.getByRole('group', { name: 'Woonvorm' });
    const vinkje = within(groep).getByRole('checkbox', { name: /^Wonen eerst/ });
    expect(vinkje).toBeChecked();
    await waitFor(() => expect(vinkje).toHaveAccessibleName('Wonen eerst (niet op de kaart)'), {
      timeout: 30_000,
    });
    expect(screen.getByText(/^0 van \d+ voorzieningen op de kaart$/)).toBeInTheDocument();
    await gebruiker.click(vinkje);
    expect(screen.getByTestId('filters')).toHaveTextContent('{}');
    // Unticked, it is gone: the data holds none.
    expect(within(groep).queryByRole('checkbox', { name: /Wonen eerst/ })).toBeNull();
  });

  it('draagkrachtscan: filtert op doelgroep, en de telling volgt', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <Proef />);
    await faseAantallen();
    const doelgroep = screen.getByRole('group', { name: 'Doelgroep' });
    await gebruiker.click(within(doelgroep).getByRole('checkbox', { name: 'Slachtoffers huiselijk geweld' }));
    expect(screen.getByTestId('filters')).toHaveTextContent('{"doelgroep":["huiselijk-geweld"]}');
    // The confidential shelters are the demo's locations for victims of domestic violence.
    const tekst = screen.getByText(/van 78 voorzieningen op de kaart/).textContent ?? '';
    const getoond = Number(/^(\d+)/.exec(tekst)?.[1]);
    expect(getoond).toBeGreaterThan(0);
    expect(getoond).toBeLessThan(78);
    await gebruiker.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(screen.getByTestId('filters')).toHaveTextContent('{}');
  });
});
