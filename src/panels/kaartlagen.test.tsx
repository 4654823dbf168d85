/** The layer control in the app against the real mock handlers: per layer its loading state, source and date, an error that names the problem, and a retry of only that layer. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { wisAlleBronnen } from '../api/bron';
import { App } from '../app/app';
import type { MapViewProps } from '../map/map-view';
import { meldOnverwachteFout, nieuweSessie, startMockApi } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

/** jsdom has no WebGL: a stand-in that says which layers the real map would draw. */
function KaartStandIn({ weergave, lagenAan }: MapViewProps) {
  return (
    <p>
      {weergave ? `${weergave.groepen.length} symbolen` : 'geen symbolen'}; lagen aan:{' '}
      {[...(lagenAan ?? [])].sort().join(',')}
    </p>
  );
}

async function openLagen(opslag = nieuweSessie()) {
  const gebruiker = userEvent.setup();
  render(<App Kaart={KaartStandIn} sessieOpslag={opslag} />, {
    onCaughtError: meldOnverwachteFout,
  });
  await gebruiker.click(screen.getByText('Kaartlagen'));
  const gegevens = screen.getByRole('group', { name: 'Gegevens' });
  return { gebruiker, gegevens };
}

function laag(gegevens: HTMLElement, naam: string): HTMLElement {
  const vakje = within(gegevens).getByRole('checkbox', { name: naam });
  const item = vakje.closest('li');
  if (!item) throw new Error(`geen lijstitem voor ${naam}`);
  return item;
}

describe('Kaartlagen: gegevenslagen', () => {
  it('toont per laag "laden…", daarna het aantal, de bron en de peildatum', async () => {
    // The answer waits until the test has seen the loading state; then the real handler answers.
    let antwoord = () => {};
    const poort = new Promise<void>((verder) => (antwoord = verder));
    api.server.use(
      http.get(
        '*/api/voorzieningen',
        async () => {
          await poort;
          return undefined;
        },
        { once: true },
      ),
    );
    // An answer the previous test's app fetched as it unmounted must not stand in for this request.
    wisAlleBronnen();
    const { gegevens } = await openLagen();
    const voorzieningen = laag(gegevens, 'Voorzieningen');
    expect(within(voorzieningen).getByText(/laden…/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Kaart' })).getByText(/Voorzieningen.*laden…/),
    ).toBeInTheDocument();
    antwoord();
    expect(
      await within(voorzieningen).findByText('Bron: demodata, peildatum 20-11-2026'),
    ).toBeInTheDocument();
    expect(within(voorzieningen).getByText(/^\d+ voorzieningen$/)).toBeInTheDocument();
    const pc4 = laag(gegevens, 'Aantal voorzieningen per postcodegebied');
    expect(within(pc4).getByText(/postcodegebieden met voorzieningen/)).toBeInTheDocument();
    // The checkbox is described by its state, so a screen reader hears "laden…" or the source with it.
    expect(within(gegevens).getByRole('checkbox', { name: 'Voorzieningen' })).toHaveAccessibleDescription(
      /Bron: demodata/,
    );
  });

  it('zet een laag uit en aan zonder de gegevens opnieuw te halen', async () => {
    const { gebruiker, gegevens } = await openLagen();
    await within(laag(gegevens, 'Voorzieningen')).findByText(/Bron: demodata/);
    expect(screen.getByText(/lagen aan: .*pc4-aantallen.*voorzieningen/)).toBeInTheDocument();
    const vakje = within(gegevens).getByRole('checkbox', { name: 'Aantal voorzieningen per postcodegebied' });
    await gebruiker.click(vakje);
    expect(vakje).not.toBeChecked();
    expect(screen.queryByText(/lagen aan: .*pc4-aantallen/)).toBeNull();
    expect(location.search).toMatch(/lagen=voorzieningen/);
    await gebruiker.click(vakje);
    expect(vakje).toBeChecked();
    expect(screen.getByText(/lagen aan: .*pc4-aantallen/)).toBeInTheDocument();
    history.replaceState(null, '', '/');
  });

  it('noemt een fout bij de laag en laadt alleen die laag opnieuw', async () => {
    let verzoeken = 0;
    api.server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/voorzieningen') verzoeken += 1;
    });
    api.server.use(
      http.get(
        '*/api/voorzieningen',
        () =>
          HttpResponse.json(
            { error: { code: 'serverfout', message: 'De voorzieningen zijn tijdelijk niet beschikbaar.' } },
            { status: 503 },
          ),
        { once: true },
      ),
    );
    wisAlleBronnen();
    const { gebruiker, gegevens } = await openLagen();
    const voorzieningen = laag(gegevens, 'Voorzieningen');
    expect(
      await within(voorzieningen).findByText(
        /Niet geladen: De voorzieningen zijn tijdelijk niet beschikbaar\./,
      ),
    ).toBeInTheDocument();
    // The notice on the map says the same and keeps the rest of the page working.
    const kaart = screen.getByRole('region', { name: 'Kaart' });
    const melding = within(kaart)
      .getAllByRole('alert')
      .find((a) => a.textContent?.includes('niet geladen'));
    expect(melding).toHaveTextContent(
      /Voorzieningen en Aantal voorzieningen per postcodegebied niet geladen/,
    );
    expect(screen.getByRole('searchbox')).toBeEnabled();
    const anderePogingen = verzoeken;

    await gebruiker.click(within(voorzieningen).getByRole('button', { name: /Opnieuw proberen/ }));
    expect(
      await within(voorzieningen).findByText('Bron: demodata, peildatum 20-11-2026'),
    ).toBeInTheDocument();
    expect(within(voorzieningen).queryByText(/Niet geladen/)).toBeNull();
    expect(verzoeken).toBe(anderePogingen + 1);
    expect(await screen.findByText(/\d+ symbolen/)).toBeInTheDocument();
    api.server.events.removeAllListeners();
  });

  it('publiek: de RGW-laag heet naar wat een bewoner ziet, zonder vakjargon', async () => {
    const { gegevens } = await openLagen();
    // Publiek receives totals per focus area: no density, and no abbreviation a resident must know.
    const rgw = await within(gegevens).findByRole('checkbox', {
      name: 'Zaken Rotterdams Goed Wonen per gebied',
    });
    expect(rgw).toBeChecked();
    expect(within(gegevens).queryByRole('checkbox', { name: /dichtheid|RGW/ })).toBeNull();
  });

  it('houdt één vlakkenlaag tegelijk aan, en zegt dat bij de vlakkenlagen', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const { gebruiker, gegevens } = await openLagen(opslag);
    const vinkje = (naam: string) => within(gegevens).getByRole('checkbox', { name: naam });
    const rgw = vinkje('RGW-zaken (dichtheid)');
    const dekking = vinkje('Spreiding (plaatsen per 1.000 inwoners)');
    const wijkprofiel = vinkje('Wijkprofiel (index per buurt)');
    expect(rgw).toBeChecked();
    expect(dekking).toHaveAccessibleDescription(/Eén vlakkenlaag tegelijk/);
    expect(vinkje('Voorzieningen')).not.toHaveAccessibleDescription(/Eén vlakkenlaag tegelijk/);

    await gebruiker.click(dekking);
    expect(dekking).toBeChecked();
    expect(rgw).not.toBeChecked();
    await gebruiker.click(wijkprofiel);
    expect(wijkprofiel).toBeChecked();
    expect(dekking).not.toBeChecked();
    expect(vinkje('Voorzieningen')).toBeChecked();
    expect(screen.getByText(/lagen aan:/)).toHaveTextContent(
      'lagen aan: draagkrachtscan,voorzieningen,wijkprofiel',
    );
    expect(location.search).toContain('lagen=voorzieningen,draagkrachtscan,wijkprofiel');
  });
});
