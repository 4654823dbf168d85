/** The phase timeline against the real mock handlers: newest first, each step with date, from → to, shape and reason; for the scan and for a provider's own locations only. */
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaseWissel } from '../contract/voorziening';
import { toonDatum } from '../domain/detail-velden';
import { FASE_NAAM } from '../domain/escalatie';
import { FASE_VORM } from '../stijl/fase-vormen';
import { DetailPanel } from './detail-panel';
import { FaseTijdlijn, maandenTussen } from './fase-tijdlijn';
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

/** Checks one rendered timeline against the history the API sent (oldest first). */
async function controleer(lijst: HTMLElement, historie: readonly FaseWissel[]): Promise<void> {
  // The phase symbols arrive with their own chunk (fase-symbool-lui.tsx).
  await waitFor(() => expect(lijst.querySelector('.fase-symbool--laden')).toBeNull());
  const stappen = within(lijst).getAllByRole('listitem');
  expect(stappen).toHaveLength(historie.length);
  const nieuwsteEerst = [...historie].reverse();
  stappen.forEach((stap, i) => {
    const wissel = nieuwsteEerst[i];
    if (!wissel) throw new Error('stap zonder wissel');
    expect(within(stap).getByText(toonDatum(wissel.datum)).closest('time')).toHaveAttribute(
      'datetime',
      wissel.datum,
    );
    expect(stap).toHaveTextContent(`Fase ${wissel.naar}: ${FASE_NAAM[wissel.naar]}`);
    expect(stap).toHaveTextContent(wissel.reden);
    // From → to: the arrow is drawn, "naar" is what a screen reader says.
    if (wissel.van === null) expect(stap).toHaveTextContent('Eerste vastlegging');
    else expect(stap).toHaveTextContent(new RegExp(`Fase ${wissel.van} →\\s*naar Fase ${wissel.naar}`));
    // The marker is the phase's map symbol: its shape, not only its colour.
    expect(stap.querySelector('.fase-tijdlijn__markering svg')).toHaveAttribute(
      'data-vorm',
      FASE_VORM[wissel.naar],
    );
  });
  expect(stappen[0]).toHaveTextContent('huidige fase');
}

describe('maandenTussen', () => {
  it.each([
    ['2023-04-01', '2023-04-30', 0],
    ['2023-04-15', '2023-05-14', 0],
    ['2023-04-15', '2023-05-15', 1],
    ['2023-05-15', '2024-05-21', 12],
    ['2024-02-12', '2023-04-01', 0],
  ] as const)('%s tot %s: %i maanden', (van, tot, maanden) => {
    expect(maandenTussen(van, tot)).toBe(maanden);
  });
});

describe('FaseTijdlijn', () => {
  it('toont niets zonder historie en zegt hoe lang een fase duurde', () => {
    const { container } = render(<FaseTijdlijn historie={[]} />);
    expect(container).toBeEmptyDOMElement();
    render(
      <FaseTijdlijn
        historie={Object.freeze([
          Object.freeze({ datum: '2023-04-01', van: null, naar: '0' as const, reden: 'Start' }),
          Object.freeze({ datum: '2024-10-01', van: '0' as const, naar: '2' as const, reden: 'Overlast' }),
        ])}
      />,
    );
    expect(screen.getByText('1 jaar en 6 maanden in deze fase')).toBeInTheDocument();
  });

  it('draagkrachtscan: de hele historie van een locatie, nieuwste eerst', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    if (groepen.rol !== 'draagkrachtscan') throw new Error('verwachtte draagkrachtscan');
    // The location with the longest history: the most to check.
    const v = groepen.groepen
      .filter((g) => g.items.length === 1)
      .flatMap((g) => g.items)
      .sort((a, b) => b.faseHistorie.length - a.faseHistorie.length)[0];
    const groep = groepen.groepen.find((g) => g.items.some((x) => x.id === v?.id));
    if (!v || !groep) throw new Error('geen locatie');
    expect(v.faseHistorie.length).toBeGreaterThanOrEqual(2);
    toon(opslag, groep.sleutel);

    const lijst = await screen.findByRole('list', { name: 'Fasehistorie' });
    await controleer(lijst, v.faseHistorie);
  });

  it('zorgaanbieder: de tijdlijn bij een eigen locatie, niet bij die van een ander', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'zorgaanbieder', organisatie: 'za-04' });
    const groepen = await symbolenVan(opslag);
    if (groepen.rol !== 'zorgaanbieder') throw new Error('verwachtte zorgaanbieder');
    const eigen = groepen.groepen.find((g) => g.items.length === 1 && g.items[0]?.eigen);
    const v = eigen?.items[0];
    if (!eigen || !v?.eigen) throw new Error('geen eigen locatie');
    const { unmount } = toon(opslag, eigen.sleutel);
    await controleer(await screen.findByRole('list', { name: 'Fasehistorie' }), v.faseHistorie);
    unmount();

    const ander = groepen.groepen.find((g) => g.soort === 'pc6' && g.items.every((x) => !x.eigen));
    const w = ander?.items[0];
    if (!ander || !w || w.vertrouwelijk) throw new Error('geen locatie van een ander');
    toon(opslag, ander.sleutel);
    await screen.findByRole('heading', { name: w.naam, level: 3 });
    expect(screen.queryByRole('list', { name: 'Fasehistorie' })).toBeNull();
    // The management arrangements are grouped under their own heading, with a verdict in words.
    expect(screen.getByRole('heading', { name: 'Beheerafspraken', level: 4 })).toBeInTheDocument();
    expect(screen.getByText(/Op orde volgens de inventarisatie|Aandachtspunten:/)).toBeInTheDocument();
  });
});
