/** The coverage section against the real mock handlers: the city average from CBS inhabitants, legend counts, wijk/buurt switch and the sortable table twin. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../domain/datalagen';
import { DekkingPaneel } from './dekking-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

const AAN: ReadonlySet<string> = new Set(['voorzieningen', 'dekking']);

/** The panel with its filters held as the app holds them (the URL state), and shown, to check what a link would carry. */
function MetFilters({ begin = {} }: { begin?: Filters }) {
  const [filters, zetFilters] = useState<Filters>(begin);
  return (
    <>
      <DekkingPaneel lagenAan={AAN} filters={filters} zetFilters={zetFilters} />
      <output aria-label="Filters">{JSON.stringify(filters)}</output>
    </>
  );
}

function legendaTotaal(): number {
  const legenda = screen.getByRole('list', { name: 'Legenda spreiding' });
  return within(legenda)
    .getAllByRole('listitem')
    .reduce(
      (som, li) => som + Number(/^(\d+)/.exec(li.querySelector('.legenda__aantal')?.textContent ?? '')?.[1]),
      0,
    );
}

describe('DekkingPaneel', () => {
  it('zorgaanbieder: gemiddelde, legenda en tabel per wijk en per buurt', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters />);

    // 3,656 places among 634,670 inhabitants of the 92 buurten: 5.8 per 1,000.
    const gemiddelde = await screen.findByText(/Rotterdams gemiddelde:/);
    expect(gemiddelde).toHaveTextContent(
      'Rotterdams gemiddelde: 5,8 plaatsen per 1.000 inwoners (3.656 plaatsen, 634.670 inwoners)',
    );
    const tabel = screen.getByRole('table', { name: 'Spreiding per wijk' });
    const wijken = within(tabel).getAllByRole('row').length - 1;
    expect(legendaTotaal()).toBe(wijken);

    // The default order shows the gaps first: the lowest ratio on top.
    const eerste = within(tabel).getAllByRole('row')[1];
    expect(eerste).toHaveTextContent(/0,0×|te weinig inwoners/);

    await gebruiker.click(screen.getByRole('radio', { name: 'Per buurt' }));
    // The choice is URL state now: a shared link opens at the same level.
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('{"dekking-niveau":"buurt"}');
    const buurten = screen.getByRole('table', { name: 'Spreiding per buurt' });
    // 92 buurten, less the four in the port the map does not draw.
    expect(within(buurten).getAllByRole('row')).toHaveLength(88 + 1);
    expect(legendaTotaal()).toBe(88);
    expect(screen.getByText(/te weinig inwoners \(minder dan 500\)/i)).toBeInTheDocument();

    await gebruiker.click(within(buurten).getByRole('button', { name: /Inwoners/ }));
    await gebruiker.click(within(buurten).getByRole('button', { name: /Inwoners/ }));
    expect(within(buurten).getByRole('columnheader', { name: /Inwoners/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('laat de haven weg die de kaart niet tekent, en zegt dat onder de tabel', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    renderMetSessie(opslag, <MetFilters />);
    const tabel = await screen.findByRole('table', { name: 'Spreiding per wijk' });
    expect(within(tabel).queryByRole('button', { name: 'Botlek' })).toBeNull();
    expect(within(tabel).getByRole('button', { name: 'Rozenburg' })).toBeInTheDocument();
    expect(screen.getByText('Haven en Maasvlakte niet weergegeven.')).toBeInTheDocument();
    // Per wijk is the default and leaves the URL plain.
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('{}');
  });

  it('opent op het niveau uit de link', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters begin={{ 'dekking-niveau': 'buurt' }} />);
    const buurten = await screen.findByRole('table', { name: 'Spreiding per buurt' });
    expect(within(buurten).queryByRole('button', { name: 'Maasvlakte' })).toBeNull();
    expect(screen.getByRole('radio', { name: 'Per buurt' })).toBeChecked();
    await gebruiker.click(screen.getByRole('radio', { name: 'Per wijk' }));
    expect(screen.getByRole('table', { name: 'Spreiding per wijk' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('{}');
  });

  it('telt na filters alleen wat door de filters komt', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    renderMetSessie(opslag, <DekkingPaneel lagenAan={AAN} filters={{ woonvorm: ['beschermd-wonen'] }} />);
    const gemiddelde = await screen.findByText(/Rotterdams gemiddelde:/);
    expect(gemiddelde).not.toHaveTextContent('3.656 plaatsen');
    expect(
      screen.getByText(/Alleen de voorzieningen die door de filters komen, tellen mee/),
    ).toBeInTheDocument();
  });

  it('toont niets als de laag uit staat of de rol haar niet heeft', async () => {
    const publiek = renderMetSessie(nieuweSessie(), <DekkingPaneel lagenAan={AAN} filters={{}} />);
    expect(publiek.container).toBeEmptyDOMElement();
    publiek.unmount();
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const uit = renderMetSessie(opslag, <DekkingPaneel lagenAan={new Set(['voorzieningen'])} filters={{}} />);
    expect(uit.container).toBeEmptyDOMElement();
  });
});
