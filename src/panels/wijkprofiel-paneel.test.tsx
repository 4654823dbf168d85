/** The Wijkprofiel section against the real mock handlers: the index choice is URL state (`?wijkprofiel-index=`), and the layer is the scan's only. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../domain/datalagen';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';
import { WijkprofielPaneel } from './wijkprofiel-paneel';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

const AAN: ReadonlySet<string> = new Set(['voorzieningen', 'wijkprofiel']);

/** The panel with its filters held as the app holds them (the URL state), and shown. */
function MetFilters({ begin = {} }: { begin?: Filters }) {
  const [filters, zetFilters] = useState<Filters>(begin);
  return (
    <>
      <WijkprofielPaneel lagenAan={AAN} filters={filters} zetFilters={zetFilters} />
      <output aria-label="Filters">{JSON.stringify(filters)}</output>
    </>
  );
}

describe('WijkprofielPaneel', () => {
  it('zet de gekozen index in de filters van de link, en sociaal (de standaard) weer eruit', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(opslag, <MetFilters />);
    await screen.findByRole('table', { name: /Wijkprofiel per buurt/ });
    expect(screen.getByRole('radio', { name: 'Sociale index' })).toBeChecked();

    await gebruiker.click(screen.getByRole('radio', { name: 'Fysieke index' }));
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent(
      '{"wijkprofiel-index":"fysiek"}',
    );
    expect(screen.getByRole('list', { name: 'Legenda Fysieke index' })).toBeInTheDocument();

    await gebruiker.click(screen.getByRole('radio', { name: 'Sociale index' }));
    expect(screen.getByRole('status', { name: 'Filters' })).toHaveTextContent('{}');
  });

  it('opent met de index uit de link', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    renderMetSessie(opslag, <MetFilters begin={{ 'wijkprofiel-index': 'veiligheid' }} />);
    await screen.findByRole('table', { name: /Wijkprofiel per buurt/ });
    expect(screen.getByRole('radio', { name: 'Veiligheidsindex' })).toBeChecked();
    expect(screen.getByRole('list', { name: 'Legenda Veiligheidsindex' })).toBeInTheDocument();
  });

  it('toont niets voor een rol zonder de laag', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const { container } = renderMetSessie(opslag, <MetFilters begin={{ 'wijkprofiel-index': 'fysiek' }} />);
    expect(container.querySelector('section')).toBeNull();
  });
});
