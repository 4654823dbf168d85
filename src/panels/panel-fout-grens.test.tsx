/** The panel error boundary: shows the typed API error, retry loads again, and a broken panel leaves the others alone. */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DetailPanel } from './detail-panel';
import { Legenda } from './legenda';
import { PanelFoutGrens } from './panel-fout-grens';
import { nieuweSessie, renderMetSessie, startMockApi, symbolenVan } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

describe('PanelFoutGrens', () => {
  it('toont de API-fout en laadt opnieuw na "Opnieuw proberen"', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    const groep = groepen.groepen.find((g) => g.soort === 'adres' && g.items.length === 1);
    const v = groep?.items[0];
    if (!groep || !v || !('naam' in v)) throw new Error('geen adrespunt gevonden');

    // The first detail request fails with a typed error body; the retry reaches the real handler.
    api.server.use(
      http.get(
        '*/api/voorzieningen/:id',
        () =>
          HttpResponse.json(
            { error: { code: 'geen_toegang', message: 'Je hebt geen toegang tot deze voorziening.' } },
            { status: 403 },
          ),
        { once: true },
      ),
    );
    renderMetSessie(
      opslag,
      <PanelFoutGrens titel="Details">
        <DetailPanel geselecteerd={groep.sleutel} onWis={() => {}} />
      </PanelFoutGrens>,
    );

    const melding = await screen.findByRole('alert');
    expect(melding).toHaveTextContent('Details: dit onderdeel kon niet worden geladen.');
    expect(melding).toHaveTextContent('Je hebt geen toegang tot deze voorziening.');
    expect(melding).toHaveTextContent('Foutcode: geen_toegang, status 403');

    await userEvent.click(within(melding).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { name: v.naam, level: 3 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('toont een 404 van de API voor een onbekende voorziening in het eigen paneel; de legenda blijft staan', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    const groep = groepen.groepen.find((g) => g.soort === 'adres' && g.items.length === 1);
    if (!groep) throw new Error('geen adrespunt gevonden');
    // The list still names the facility, but by now the API no longer knows it.
    api.server.use(
      http.get('*/api/voorzieningen/:id', () =>
        HttpResponse.json(
          { error: { code: 'niet_gevonden', message: 'voorziening "vz-999" bestaat niet' } },
          { status: 404 },
        ),
      ),
    );
    renderMetSessie(
      opslag,
      <>
        <PanelFoutGrens titel="Details">
          <DetailPanel geselecteerd={groep.sleutel} onWis={() => {}} />
        </PanelFoutGrens>
        <PanelFoutGrens titel="Legenda">
          <Legenda />
        </PanelFoutGrens>
      </>,
    );
    const melding = await screen.findByRole('alert');
    expect(melding).toHaveTextContent('voorziening "vz-999" bestaat niet');
    expect(melding).toHaveTextContent('status 404');
    expect(screen.getByRole('region', { name: 'Legenda' })).toBeInTheDocument();
    expect(screen.getByText(/Fase 0: Slapend regime/)).toBeInTheDocument();
  });

  it('vangt ook een programmeerfout af, met een algemene melding', async () => {
    const stil = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Kapot(): never {
      throw new Error('stuk');
    }
    renderMetSessie(
      nieuweSessie(),
      <>
        <PanelFoutGrens titel="Lijst">
          <Kapot />
        </PanelFoutGrens>
        <p>Kaart blijft staan</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Er ging iets mis bij het tonen van dit onderdeel.');
    expect(screen.getByText('Kaart blijft staan')).toBeInTheDocument();
    stil.mockRestore();
  });
});
