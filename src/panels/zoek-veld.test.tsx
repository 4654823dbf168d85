/** The search box against the real mock handlers: postcodes per role, names, RD pairs, and precise messages next to the input. */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rdNaarWgs84 } from '../geo/rd';
import { zoekindex } from '../geo/zoekindex';
import type { NieuwDoel } from '../map/kaart-doel';
import { nieuweSessie, renderMetSessie, startMockApi, symbolenVan } from './test-hulp';
import { ZOEK_TEKSTEN, ZoekVeld } from './zoek-veld';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

function toon(opslag = nieuweSessie()) {
  const onDoel = vi.fn<(doel: NieuwDoel) => void>();
  const onSelecteer = vi.fn<(sleutel: string) => void>();
  renderMetSessie(opslag, <ZoekVeld onDoel={onDoel} onSelecteer={onSelecteer} />);
  return { onDoel, onSelecteer, gebruiker: userEvent.setup(), invoer: screen.getByRole('searchbox') };
}

async function zoek(gebruiker: ReturnType<typeof userEvent.setup>, invoer: HTMLElement, tekst: string) {
  await gebruiker.clear(invoer);
  await gebruiker.type(invoer, `${tekst}{Enter}`);
}

function escape(tekst: string): string {
  return tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function pc4Positie(code: string) {
  const p = zoekindex().pc4.get(code);
  if (!p) throw new Error(`PC4 ${code} niet in de index`);
  return p.positie;
}

describe('ZoekVeld', () => {
  it('heeft een zichtbaar label, een zoekknop en voorbeelden als beschrijving', () => {
    const { invoer } = toon();
    expect(screen.getByRole('search', { name: 'Zoeken op de kaart' })).toBeInTheDocument();
    expect(invoer).toHaveAccessibleDescription(/3084 NP/);
    expect(invoer).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('button', { name: 'Zoek' })).toBeInTheDocument();
  });

  it.each([
    { tekst: '30A4', melding: 'postcode "30A4" is geen geldige postcode: verwacht 1234 of 1234AB' },
    { tekst: '436000, 92500', melding: /^x 436000 en y 92500 lijken verwisseld/ },
    {
      tekst: '3199',
      melding: 'Postcodegebied 3199 staat niet op deze kaart: Haven en Maasvlakte niet weergegeven.',
    },
    { tekst: 'Atlantis', melding: /^Geen wijk of buurt gevonden voor "Atlantis"/ },
  ])('meldt "$tekst" als ongeldig naast het veld, en beweegt de kaart niet', async ({ tekst, melding }) => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, tekst);
    expect(invoer).toHaveAttribute('aria-invalid', 'true');
    // The message first, then the examples: both describe the field.
    expect(invoer).toHaveAccessibleDescription(
      typeof melding === 'string' ? expect.stringMatching(`^${escape(melding)} Bijvoorbeeld `) : melding,
    );
    expect(onDoel).not.toHaveBeenCalled();
    // Typing again clears the message: it was about the previous text.
    await gebruiker.type(invoer, '1');
    expect(invoer).not.toHaveAttribute('aria-invalid');
  });

  it('vraagt om invoer als het veld leeg is', async () => {
    const { invoer, gebruiker } = toon();
    await gebruiker.click(screen.getByRole('button', { name: 'Zoek' }));
    expect(invoer).toHaveAccessibleDescription(/^Typ een postcode of de naam van een buurt\./);
  });

  it('spreekt bewoners aan zonder RD-coördinaten, de gemeente met', async () => {
    const { invoer } = toon();
    expect(invoer).toHaveAccessibleName(ZOEK_TEKSTEN.publiek.label);
    expect(invoer).toHaveAccessibleDescription(ZOEK_TEKSTEN.publiek.voorbeeld);
    expect(`${ZOEK_TEKSTEN.publiek.label} ${ZOEK_TEKSTEN.publiek.voorbeeld}`).not.toMatch(/RD|coördinaat/);
    cleanup();
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const scan = toon(opslag);
    expect(scan.invoer).toHaveAccessibleName('Zoek postcode, buurt of RD-coördinaat');
  });

  it('gaat naar een postcodegebied en markeert het', async () => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, '3084');
    expect(onDoel).toHaveBeenCalledWith(
      expect.objectContaining({
        soort: 'gebied',
        positie: pc4Positie('3084'),
        markeer: { laag: 'pc4', codes: ['3084'] },
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Postcodegebied 3084 staat gemarkeerd op de kaart.',
    );
  });

  it('publiek: een postcode van zes tekens landt op het PC4-gebied, zonder iets fijners op te vragen', async () => {
    const { invoer, gebruiker, onDoel, onSelecteer } = toon();
    await zoek(gebruiker, invoer, '3084 np');
    expect(onDoel).toHaveBeenCalledTimes(1);
    expect(onDoel.mock.calls[0]?.[0]).toMatchObject({
      soort: 'gebied',
      markeer: { laag: 'pc4', codes: ['3084'] },
    });
    expect(onSelecteer).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(
      /per postcodegebied: postcodegebied 3084 staat gemarkeerd/,
    );
  });

  it('draagkrachtscan: een PC6 met voorzieningen brengt de kaart daarheen en opent het symbool', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    if (groepen.rol !== 'draagkrachtscan') throw new Error('verwachtte draagkrachtscan');
    const pc6 = groepen.groepen.find((g) => g.soort === 'adres')?.code;
    if (!pc6) throw new Error('geen adrespunt');
    const bijPc6 = groepen.groepen.filter((g) => g.soort === 'adres' && g.code === pc6);

    const { invoer, gebruiker, onDoel, onSelecteer } = toon(opslag);
    await zoek(gebruiker, invoer, `${pc6.slice(0, 4)} ${pc6.slice(4).toLowerCase()}`);

    const status = screen.getByRole('status');
    await within(status).findByText(new RegExp(`met postcode ${pc6.slice(0, 4)} ${pc6.slice(4)}\\.$`));
    expect(onDoel).toHaveBeenCalledTimes(1);
    const doel = onDoel.mock.calls[0]?.[0];
    if (doel?.soort !== 'kader') throw new Error(`verwachtte een kader, kreeg ${doel?.soort}`);
    for (const g of bijPc6) {
      expect(g.positie[0]).toBeGreaterThanOrEqual(doel.kader[0][0]);
      expect(g.positie[0]).toBeLessThanOrEqual(doel.kader[1][0]);
    }
    expect(doel.markeer).toEqual({ laag: 'pc4', codes: [pc6.slice(0, 4)] });
    if (bijPc6.length === 1) expect(onSelecteer).toHaveBeenCalledWith(bijPc6[0]?.sleutel);
  });

  it('draagkrachtscan: een PC6 zonder voorzieningen valt terug op het PC4-gebied', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    const bekend = new Set(groepen.groepen.map((g) => g.code));
    // A letter pair no facility has, in an area that is on the map.
    const pc6 = ['3084ZZ', '3084ZY', '3084ZX'].find((p) => !bekend.has(p)) ?? '3084ZW';

    const { invoer, gebruiker, onDoel, onSelecteer } = toon(opslag);
    await zoek(gebruiker, invoer, pc6);
    const status = screen.getByRole('status');
    await within(status).findByText(
      `Geen voorzieningen met postcode ${pc6.slice(0, 4)} ${pc6.slice(4)}; postcodegebied 3084 staat gemarkeerd.`,
    );
    expect(onDoel).toHaveBeenCalledWith(
      expect.objectContaining({ soort: 'gebied', positie: pc4Positie('3084') }),
    );
    expect(onSelecteer).not.toHaveBeenCalled();
  });

  it('gaat naar een buurt op naam, hoofdletterongevoelig', async () => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, 'carnisse');
    expect(onDoel).toHaveBeenCalledWith(
      expect.objectContaining({ soort: 'gebied', markeer: { laag: 'buurten', codes: ['BU05991572'] } }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('Buurt Carnisse staat gemarkeerd op de kaart.');
  });

  it('geeft namen die met de tekst beginnen als keuzes, en gaat naar de gekozen plek', async () => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, 'hillegers');
    expect(onDoel).not.toHaveBeenCalled();
    const keuzes = screen.getByRole('list', { name: 'Kies een gebied:' });
    const knoppen = within(keuzes).getAllByRole('button');
    expect(knoppen.map((k) => k.textContent)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Hillegersberg-Schiebroek \(wijk\)$/)]),
    );
    const wijk = within(keuzes).getByRole('button', { name: /^Hillegersberg-Schiebroek \(wijk\)/ });
    await gebruiker.click(wijk);
    expect(onDoel).toHaveBeenCalledWith(
      expect.objectContaining({ markeer: { laag: 'wijken', codes: ['WK059906'] } }),
    );
    expect(invoer).toHaveValue('Hillegersberg-Schiebroek');
    expect(screen.queryByRole('list', { name: 'Kies een gebied:' })).toBeNull();
  });

  it('noemt bij een gedeelde naam de andere plek als keuze', async () => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, 'Delfshaven');
    expect(onDoel).toHaveBeenCalledWith(
      expect.objectContaining({ markeer: { laag: 'wijken', codes: ['WK059903'] } }),
    );
    const ook = screen.getByRole('list', { name: 'Ook met deze naam:' });
    expect(
      within(ook).getByRole('button', { name: /^Delfshaven \(buurt in Delfshaven\)/ }),
    ).toBeInTheDocument();
  });

  it('gaat naar een RD-coördinaat en markeert het punt', async () => {
    const { invoer, gebruiker, onDoel } = toon();
    await zoek(gebruiker, invoer, '92500, 436000');
    const doel = onDoel.mock.calls[0]?.[0];
    if (doel?.soort !== 'punt') throw new Error(`verwachtte een punt, kreeg ${doel?.soort}`);
    const [lon, lat] = rdNaarWgs84([92500, 436000]);
    expect(doel.positie[0]).toBeCloseTo(lon, 9);
    expect(doel.positie[1]).toBeCloseTo(lat, 9);
    expect(screen.getByRole('status')).toHaveTextContent(/^RD x 92 500 · y 436 000 staat gemarkeerd/);
  });
});
