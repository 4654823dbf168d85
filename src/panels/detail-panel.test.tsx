/** Detail panel per role against the real mock handlers: the right fields, and never another role's. */
import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rdVan, spreekRd } from '../geo/rd-weergave';
import { DetailPanel } from './detail-panel';
import { PanelFoutGrens } from './panel-fout-grens';
import { nieuweSessie, renderMetSessie, startMockApi, symbolenVan } from './test-hulp';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

function toon(opslag: ReturnType<typeof nieuweSessie>, sleutel: string) {
  return renderMetSessie(
    opslag,
    <PanelFoutGrens titel="Details">
      <DetailPanel geselecteerd={sleutel} onWis={() => {}} />
    </PanelFoutGrens>,
  );
}

async function labelsIn(regio: HTMLElement): Promise<string[]> {
  return within(regio)
    .getAllByRole('term')
    .map((dt) => dt.textContent ?? '');
}

describe('DetailPanel', () => {
  it('vraagt zonder selectie om een keuze', () => {
    renderMetSessie(nieuweSessie(), <DetailPanel geselecteerd={null} onWis={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(screen.getByText(/Kies een symbool op de kaart/)).toBeInTheDocument();
  });

  it('publiek: een postcodegebied met zijn voorzieningen en alleen de openbare velden', async () => {
    const opslag = nieuweSessie();
    const groepen = await symbolenVan(opslag);
    if (groepen.rol !== 'publiek') throw new Error('verwachtte publiek');
    const groep = [...groepen.groepen].sort((a, b) => b.items.length - a.items.length)[0];
    if (!groep) throw new Error('geen symbolen');
    toon(opslag, groep.sleutel);

    const regio = await screen.findByRole('region', {
      name: `Postcodegebied ${groep.code} · ${groep.items.length} voorzieningen`,
    });
    for (const v of groep.items) {
      expect(within(regio).getByRole('heading', { name: v.naam, level: 3 })).toBeInTheDocument();
    }
    const labels = await labelsIn(regio);
    expect(new Set(labels)).toEqual(
      new Set(['Naam', 'Zorgaanbieder', 'Woonvorm', 'Postcodegebied', 'Website']),
    );
    for (const verboden of [
      'Capaciteit (plaatsen)',
      'Fase',
      'Adres',
      'Postcode',
      'Doelgroep',
      'Beheercommissie',
    ]) {
      expect(labels).not.toContain(verboden);
    }
    expect(within(regio).queryByRole('heading', { name: 'Fasehistorie' })).toBeNull();
    const links = within(regio).getAllByRole('link');
    expect(links).toHaveLength(groep.items.length);
  });

  describe('zorgaanbieder', () => {
    it('eigen locatie: uitgebreid met fase en fasehistorie, zonder adres', async () => {
      const opslag = nieuweSessie();
      await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
      const groepen = await symbolenVan(opslag);
      if (groepen.rol !== 'zorgaanbieder') throw new Error('verwachtte zorgaanbieder');
      const groep = groepen.groepen.find(
        (g) => g.soort === 'pc6' && g.items.length === 1 && g.items[0]?.eigen,
      );
      const v = groep?.items[0];
      if (!groep || !v || v.vertrouwelijk || !v.eigen) throw new Error('geen eigen locatie gevonden');
      toon(opslag, groep.sleutel);

      const kaartje = (await screen.findByRole('heading', { name: v.naam, level: 3 })).closest('article');
      if (!kaartje) throw new Error('geen article');
      const labels = await labelsIn(kaartje);
      for (const label of ['Capaciteit (plaatsen)', 'Doelgroep', 'Beheercommissie', 'Postcode', 'Fase']) {
        expect(labels).toContain(label);
      }
      expect(labels).not.toContain('Adres');
      expect(labels).toContain('RD (centroïde postcode)');
      expect(within(kaartje).getByRole('heading', { name: 'Fasehistorie' })).toBeInTheDocument();
      expect(within(kaartje).getAllByRole('listitem')).toHaveLength(v.faseHistorie.length);
    });

    it('locatie van een ander: uitgebreid, maar zonder fase', async () => {
      const opslag = nieuweSessie();
      await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
      const groepen = await symbolenVan(opslag);
      if (groepen.rol !== 'zorgaanbieder') throw new Error('verwachtte zorgaanbieder');
      const groep = groepen.groepen.find(
        (g) => g.soort === 'pc6' && g.items.length === 1 && !g.items[0]?.eigen,
      );
      const v = groep?.items[0];
      if (!groep || !v || v.vertrouwelijk) throw new Error('geen locatie van een ander gevonden');
      toon(opslag, groep.sleutel);

      const kaartje = (await screen.findByRole('heading', { name: v.naam, level: 3 })).closest('article');
      if (!kaartje) throw new Error('geen article');
      const labels = await labelsIn(kaartje);
      expect(labels).toContain('Capaciteit (plaatsen)');
      expect(labels).not.toContain('Fase');
      expect(labels).not.toContain('Adres');
      expect(within(kaartje).queryByRole('heading', { name: 'Fasehistorie' })).toBeNull();
    });

    it('vertrouwelijke locatie van een ander: buurtniveau, zonder naam of aanbieder', async () => {
      const opslag = nieuweSessie();
      await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
      const groepen = await symbolenVan(opslag);
      if (groepen.rol !== 'zorgaanbieder') throw new Error('verwachtte zorgaanbieder');
      const groep = groepen.groepen.find((g) => g.soort === 'buurt' && g.items.every((v) => !v.eigen));
      if (!groep) throw new Error('geen vertrouwelijke locatie gevonden');
      toon(opslag, groep.sleutel);

      const regio = await screen.findByRole('region', { name: /vertrouwelijke locaties? in buurt/i });
      const meldingen = await within(regio).findAllByText('Vertrouwelijke locatie — alleen op buurtniveau');
      expect(meldingen).toHaveLength(groep.items.length);
      const labels = await labelsIn(regio);
      for (const verboden of [
        'Naam',
        'Zorgaanbieder',
        'Postcode',
        'Postcodegebied',
        'Adres',
        'Website',
        'Fase',
      ]) {
        expect(labels).not.toContain(verboden);
      }
      expect(labels).toContain('Buurt');
      expect(labels).toContain('RD (centroïde buurt)');
      expect(labels).not.toContain('RD (adrespunt)');
    });
  });

  it('draagkrachtscan: adres, fase met naam en fasehistorie', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    if (groepen.rol !== 'draagkrachtscan') throw new Error('verwachtte draagkrachtscan');
    const groep = groepen.groepen.find((g) => g.soort === 'adres' && g.items.length === 1);
    const v = groep?.items[0];
    if (!groep || !v || v.vertrouwelijk) throw new Error('geen adrespunt gevonden');
    toon(opslag, groep.sleutel);

    const regio = await screen.findByRole('region', { name: v.naam });
    await within(regio).findByRole('heading', { name: v.naam, level: 3 });
    const labels = await labelsIn(regio);
    for (const label of [
      'Adres',
      'Fase',
      'Capaciteit (plaatsen)',
      'Beheerconvenant',
      'Meldkaart',
      'Startdatum',
    ]) {
      expect(labels).toContain(label);
    }
    expect(regio).toHaveTextContent(new RegExp(`${v.adres.straat} ${v.adres.huisnummer}`));
    // The address point in RD, in whole metres, as a screen reader reads it.
    expect(labels).toContain('RD (adrespunt)');
    expect(regio).toHaveTextContent(spreekRd(rdVan(v.positie)));
    // In the Fase row and again in the timeline (its newest step): the row is the one with the label.
    const faseRij = within(regio).getByText('Fase', { selector: 'dt' }).closest('.velden__rij');
    expect(faseRij).toHaveTextContent(new RegExp(`Fase ${v.fase}: `));
    const tijdlijn = within(regio).getByRole('list', { name: 'Fasehistorie' });
    expect(within(tijdlijn).getAllByRole('listitem')).toHaveLength(v.faseHistorie.length);
    for (const wissel of v.faseHistorie) expect(tijdlijn).toHaveTextContent(wissel.reden);
  });
});
