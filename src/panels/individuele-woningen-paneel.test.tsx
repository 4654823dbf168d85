/** The individual-homes section against the real mock handlers: only the municipality's roles, counts per buurt, "minder dan 5" for small ones, loaded when opened. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { NieuwDoel } from '../map/kaart-doel';
import { IndividueleWoningenPaneel } from './individuele-woningen-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

describe('IndividueleWoningenPaneel', () => {
  it.each(['publiek', 'zorgaanbieder'] as const)('%s: toont niets', async (rol) => {
    const opslag = nieuweSessie();
    if (rol === 'zorgaanbieder') await opslag.logIn({ rol, organisatie: 'za-04' });
    const { container } = renderMetSessie(opslag, <IndividueleWoningenPaneel />);
    expect(container).toBeEmptyDOMElement();
  });

  it.each(['draagkrachtscan', 'beheer'] as const)(
    '%s: opent de aantallen per buurt, kleine als "minder dan 5", en vliegt naar een gekozen buurt',
    async (rol) => {
      const opslag = nieuweSessie();
      await opslag.logIn({ rol });
      const onDoel = vi.fn<(doel: NieuwDoel) => void>();
      const gebruiker = userEvent.setup();
      renderMetSessie(opslag, <IndividueleWoningenPaneel onDoel={onDoel} />);
      expect(screen.queryByRole('table')).toBeNull();
      await gebruiker.click(screen.getByText('Individuele woningen per buurt'));
      const tabel = await screen.findByRole('table', { name: 'Individuele woningen per buurt' });
      const rijen = within(tabel).getAllByRole('row').slice(1);
      expect(rijen.length).toBeGreaterThan(10);
      expect(within(tabel).getAllByText('minder dan 5').length).toBeGreaterThan(0);
      // Sorted by the homes with a huur-/zorgovereenkomst, most first: the first is a released count of 5 or more.
      const eerste = within(rijen[0]!).getAllByRole('cell')[1]?.textContent ?? '';
      expect(Number(eerste.replace('.', ''))).toBeGreaterThanOrEqual(5);
      await gebruiker.click(within(rijen[0]!).getByRole('button'));
      expect(onDoel).toHaveBeenCalledTimes(1);
    },
  );
});
