/** The coverage section against the real mock handlers: the city average from CBS inhabitants, legend counts, wijk/buurt switch and the sortable table twin. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DekkingPaneel } from './dekking-paneel';
import { zetDekkingNiveau } from './dekking-staat';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(() => {
  api.naElkeTest();
  zetDekkingNiveau('wijk');
});
afterAll(api.stop);

const AAN: ReadonlySet<string> = new Set(['voorzieningen', 'dekking']);

function legendaTotaal(): number {
  const legenda = screen.getByRole('list', { name: 'Legenda dekking' });
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
    renderMetSessie(opslag, <DekkingPaneel lagenAan={AAN} filters={{}} />);

    // 3,677 places among 634,670 inhabitants of the 92 buurten: 5.8 per 1,000.
    const gemiddelde = await screen.findByText(/Rotterdams gemiddelde:/);
    expect(gemiddelde).toHaveTextContent(
      'Rotterdams gemiddelde: 5,8 plaatsen per 1.000 inwoners (3.677 plaatsen, 634.670 inwoners)',
    );
    const tabel = screen.getByRole('table', { name: 'Dekking per wijk' });
    const wijken = within(tabel).getAllByRole('row').length - 1;
    expect(legendaTotaal()).toBe(wijken);

    // The default order shows the gaps first: the lowest ratio on top.
    const eerste = within(tabel).getAllByRole('row')[1];
    expect(eerste).toHaveTextContent(/0,0×|te weinig inwoners/);

    await gebruiker.click(screen.getByRole('radio', { name: 'Per buurt' }));
    const buurten = screen.getByRole('table', { name: 'Dekking per buurt' });
    expect(within(buurten).getAllByRole('row')).toHaveLength(92 + 1);
    expect(legendaTotaal()).toBe(92);
    expect(screen.getByText(/te weinig inwoners \(minder dan 500\)/i)).toBeInTheDocument();

    await gebruiker.click(within(buurten).getByRole('button', { name: /Inwoners/ }));
    await gebruiker.click(within(buurten).getByRole('button', { name: /Inwoners/ }));
    expect(within(buurten).getByRole('columnheader', { name: /Inwoners/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  it('telt na filters alleen wat door de filters komt', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    renderMetSessie(opslag, <DekkingPaneel lagenAan={AAN} filters={{ woonvorm: ['beschermd-wonen'] }} />);
    const gemiddelde = await screen.findByText(/Rotterdams gemiddelde:/);
    expect(gemiddelde).not.toHaveTextContent('3.677 plaatsen');
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
