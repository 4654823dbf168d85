/** The shell against the real mock handlers: demodata label, sign-in flow per role, logout, and the list-to-detail path. */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MapViewProps } from '../map/map-view';
import { meldOnverwachteFout, nieuweSessie, startMockApi, symbolenVan } from '../panels/test-hulp';
import { App } from './app';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

/** jsdom has no WebGL: a stand-in that says what the real map would draw. */
function KaartStandIn({ weergave }: MapViewProps) {
  return <p>{weergave ? `${weergave.groepen.length} symbolen voor ${weergave.rol}` : 'Kaart laadt'}</p>;
}

function renderApp() {
  const opslag = nieuweSessie();
  render(<App Kaart={KaartStandIn} sessieOpslag={opslag} />, { onCaughtError: meldOnverwachteFout });
  return opslag;
}

describe('App', () => {
  it('start publiek, met het demodata-label en de precisie in woorden', async () => {
    renderApp();
    const kop = screen.getByRole('banner');
    expect(within(kop).getByText('demodata')).toBeVisible();
    expect(within(kop).getByText('Publiek')).toBeInTheDocument();
    expect(
      screen.getByText(/Je ziet hoeveel voorzieningen er in elk postcodegebied zijn/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/symbolen voor publiek/)).toBeInTheDocument();
    // The server build: no in-browser API warning.
    expect(screen.queryByText(/Statische demo/)).toBeNull();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Informatie bij de kaart' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: /^HKD-kaart Rotterdam\s*\(Huisvesting Kwetsbare Doelgroepen\)$/,
      }),
    ).toBeInTheDocument();
  });

  it('zorgaanbieder: vraagt om een organisatie, logt in en weer uit', async () => {
    const gebruiker = userEvent.setup();
    renderApp();
    await gebruiker.click(screen.getByRole('button', { name: 'Inloggen (demo)' }));
    const formulier = screen.getByRole('region', { name: 'Inloggen (demo)' });
    await gebruiker.click(within(formulier).getByRole('radio', { name: /^Zorgaanbieder/ }));

    const keuze = within(formulier).getByLabelText('Organisatie');
    // 23 care providers plus the "choose" line, once loaded.
    await screen.findByRole('option', { name: 'Kies een zorgaanbieder' });
    expect(within(keuze).getAllByRole('option')).toHaveLength(24);

    await gebruiker.click(within(formulier).getByRole('button', { name: 'Inloggen' }));
    const fout = within(formulier).getByText('Kies de organisatie waarvoor je inlogt.');
    expect(keuze).toHaveAttribute('aria-invalid', 'true');
    expect(keuze).toHaveAccessibleDescription('Kies de organisatie waarvoor je inlogt.');
    expect(fout).toBeVisible();

    const organisatie = within(keuze).getAllByRole('option')[4];
    if (!organisatie?.textContent) throw new Error('geen organisatie');
    await gebruiker.selectOptions(keuze, organisatie);
    await gebruiker.click(within(formulier).getByRole('button', { name: 'Inloggen' }));

    const kop = screen.getByRole('banner');
    expect(await within(kop).findByText('Zorgaanbieder')).toBeInTheDocument();
    expect(within(kop).getByText(organisatie.textContent)).toBeInTheDocument();
    expect(screen.getByText(/Je ziet voorzieningen per postcode \(PC6\)/)).toBeInTheDocument();
    expect(await screen.findByText(/symbolen voor zorgaanbieder/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Inloggen (demo)' })).toBeNull();
    expect(within(kop).getByRole('button', { name: 'Andere rol' })).toHaveFocus();

    await gebruiker.click(within(kop).getByRole('button', { name: 'Uitloggen' }));
    expect(within(kop).getByText('Publiek')).toBeInTheDocument();
    expect(
      screen.getByText(/Je ziet hoeveel voorzieningen er in elk postcodegebied zijn/),
    ).toBeInTheDocument();
    expect(await screen.findByText(/symbolen voor publiek/)).toBeInTheDocument();
  });

  it('draagkrachtscan: logt in zonder organisatie en ziet adresniveau en fasekleuren', async () => {
    const gebruiker = userEvent.setup();
    const opslag = renderApp();
    await gebruiker.click(screen.getByRole('button', { name: 'Inloggen (demo)' }));
    await gebruiker.click(screen.getByRole('radio', { name: /^Draagkrachtscan/ }));
    expect(screen.queryByLabelText('Organisatie')).toBeNull();
    await gebruiker.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByText(/Je ziet voorzieningen op adresniveau/)).toBeInTheDocument();
    expect(opslag.huidig().sessie.gebruiker.rol).toBe('draagkrachtscan');
    expect(await screen.findByText(/symbolen voor draagkrachtscan/)).toBeInTheDocument();
    const legenda = screen.getByRole('region', { name: 'Legenda' });
    expect(within(legenda).getByText('Fase 2: Verscherpt regime')).toBeInTheDocument();
  });

  it('zegt in de legenda dat de indeling schematisch is en haven en Maasvlakte ontbreken', async () => {
    renderApp();
    const legenda = await screen.findByRole('region', { name: 'Legenda' });
    expect(within(legenda).getByText(/De grenzen op deze kaart zijn niet precies/)).toBeInTheDocument();
    expect(within(legenda).getByText(/Haven en Maasvlakte niet weergegeven/)).toBeInTheDocument();
    expect(within(legenda).getByText('Focusgebied van Rotterdams Goed Wonen')).toBeInTheDocument();
  });

  it('stuurt een zoekopdracht als doel naar de kaart, elke keer opnieuw', async () => {
    function DoelStandIn({ doel }: MapViewProps) {
      return <p>{doel ? `doel ${doel.id}: ${doel.soort}` : 'geen doel'}</p>;
    }
    const gebruiker = userEvent.setup();
    render(<App Kaart={DoelStandIn} sessieOpslag={nieuweSessie()} />, { onCaughtError: meldOnverwachteFout });
    const zoekveld = screen.getByRole('searchbox', { name: 'Zoek op postcode of buurt' });
    await gebruiker.type(zoekveld, 'Carnisse{Enter}');
    expect(screen.getByText('doel 1: gebied')).toBeInTheDocument();
    await gebruiker.clear(zoekveld);
    await gebruiker.type(zoekveld, '92500 436000{Enter}');
    expect(screen.getByText('doel 2: punt')).toBeInTheDocument();
    await gebruiker.type(zoekveld, '{Enter}');
    expect(screen.getByText('doel 3: punt')).toBeInTheDocument();
  });

  it('springt met de toetsenbordlink na het zoekveld in twee toetsen naar de eerste regel van de tabel', async () => {
    const gebruiker = userEvent.setup();
    renderApp();
    const tabel = await screen.findByRole('table', { name: 'Voorzieningen per postcodegebied' });
    screen.getByRole('searchbox', { name: 'Zoek op postcode of buurt' }).focus();
    // The search may offer its own button after the field; the skip link is the next stop after the search.
    let stappen = 0;
    while (document.activeElement?.textContent !== 'Naar de tabel van de kaart' && stappen < 3) {
      await gebruiker.tab();
      stappen++;
    }
    expect(document.activeElement).toHaveTextContent('Naar de tabel van de kaart');
    await gebruiker.keyboard('{Enter}');
    await waitFor(() => expect(document.getElementById('tabel-van-de-kaart')).toHaveFocus());
    // From the section: past the sort buttons of the header to the first row's button.
    const eersteRij = within(tabel).getAllByRole('row')[1];
    const kopKnoppen = within(within(tabel).getAllByRole('row')[0]!).queryAllByRole('button').length;
    for (let i = 0; i <= kopKnoppen; i++) await gebruiker.tab();
    expect(eersteRij?.contains(document.activeElement)).toBe(true);
  });

  it('draagkrachtscan: de tabel toont adres en doelgroep van elke voorziening', async () => {
    const gebruiker = userEvent.setup();
    renderApp();
    await gebruiker.click(screen.getByRole('button', { name: 'Inloggen (demo)' }));
    await gebruiker.click(screen.getByRole('radio', { name: /^Draagkrachtscan/ }));
    await gebruiker.click(screen.getByRole('button', { name: 'Inloggen' }));
    const tabel = await screen.findByRole('table', { name: 'Voorzieningen op de kaart' });
    const koppen = within(tabel)
      .getAllByRole('columnheader')
      .map((k) => k.textContent ?? '');
    expect(koppen.some((k) => k.startsWith('Doelgroep'))).toBe(true);
    expect(koppen.some((k) => k.startsWith('Adres'))).toBe(true);
    expect(within(tabel).getAllByText(/, 30[0-9]{2} [A-Z]{2} Rotterdam$/).length).toBeGreaterThan(0);
    expect(within(tabel).getAllByText(/^Buurt /).length).toBeGreaterThan(0);
  });

  it('opent de details van een regel uit de tabel, zonder de focus uit de tabel te halen', async () => {
    const gebruiker = userEvent.setup();
    renderApp();
    const tabel = await screen.findByRole('table', { name: 'Voorzieningen per postcodegebied' });
    const eerste = within(tabel).getAllByRole('button', { pressed: false })[0];
    if (!eerste?.textContent) throw new Error('lege tabel');
    await gebruiker.click(eerste);
    expect(eerste).toHaveAttribute('aria-pressed', 'true');
    expect(eerste.closest('tr')).toHaveAttribute('aria-current', 'true');
    const detail = await screen.findByRole('region', {
      name: new RegExp(`^Postcodegebied ${eerste.textContent}`),
    });
    expect(within(detail).getAllByRole('article').length).toBeGreaterThan(0);
    expect(eerste).toHaveFocus();
  });

  it('opent een gedeelde link op de precisie van de rol: een adresselectie van de scan opent niets, zonder fout', async () => {
    history.replaceState(
      null,
      '',
      '/?selectie=adres:4.480000,51.910000&fase=2&lagen=voorzieningen&beeld=15/51.91/4.48',
    );
    renderApp();
    expect(await screen.findByText(/symbolen voor publiek/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
    expect(screen.queryAllByRole('alert').filter((a) => a.textContent !== '')).toEqual([]);
    // What publiek may not have is gone from the address bar too; the view and the layers stay.
    expect(location.search).toBe('?lagen=voorzieningen&beeld=15/51.91/4.48');
    history.replaceState(null, '', '/');
  });

  it('opent een gedeeld postcodegebied met zijn details en zet de selectie in de URL', async () => {
    const gebruiker = userEvent.setup();
    const opslag = nieuweSessie();
    const groepen = await symbolenVan(opslag);
    const groep = groepen.groepen[0];
    if (!groep) throw new Error('geen symbolen');
    history.replaceState(null, '', `/?selectie=${groep.sleutel}`);
    render(<App Kaart={KaartStandIn} sessieOpslag={opslag} />, { onCaughtError: meldOnverwachteFout });
    const detail = await screen.findByRole('region', { name: new RegExp(`^Postcodegebied ${groep.code}`) });
    expect(within(detail).getAllByRole('article')).toHaveLength(groep.items.length);
    // Opened by a link, not chosen here: focus stays at the top of the page.
    expect(within(detail).getByRole('heading', { level: 2 })).not.toHaveFocus();
    await gebruiker.click(within(detail).getByRole('button', { name: /Sluiten/ }));
    expect(location.search).toBe('');
  });
});
