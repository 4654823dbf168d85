/** The dossier section where the API has no store (the browser demo): the list says so plainly, recording says why it cannot. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ScanDossierPaneel } from './scan-dossier-paneel';
import { nieuweSessie, renderMetSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

describe('ScanDossierPaneel zonder opslag', () => {
  it('meldt zonder alarm dat dossiers een server nodig hebben; vastleggen zegt hetzelfde', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const gebruiker = userEvent.setup();
    renderMetSessie(
      opslag,
      <ScanDossierPaneel
        filters={{
          scan: [4.483688, 51.892679],
          'scan-woonvorm': 'beschermd-wonen',
          'scan-doelgroep': 'jongeren',
          'scan-plekken': 24,
        }}
        zetFilters={() => undefined}
        lagenAan={new Set()}
        geselecteerd={null}
        onSelecteer={() => undefined}
        onDoel={() => undefined}
      />,
    );
    expect(await screen.findByText(/Scandossiers kan alleen met de server/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await gebruiker.click(screen.getByRole('button', { name: 'Leg vast in een dossier' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Het dossier kon niet worden vastgelegd: Scandossiers kan alleen met de server/,
    );
  });
});
