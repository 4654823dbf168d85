import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Interactie } from './prestatie';

// prestatie.ts keeps per-page state ("usable" is marked once per page load): every test gets a fresh module, as a
// fresh page would. Node has performance.mark and .measure but no requestAnimationFrame, so a measure ends on a timer.
type Prestatie = typeof import('./prestatie');

async function vers(): Promise<Prestatie> {
  vi.resetModules();
  return import('./prestatie');
}

/** Lets the "next painted frame" timer run. */
const volgendeFrame = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Entries of type 'measure' are PerformanceMeasure, with their `detail`; the DOM typings return the base type. */
const metingen = (naam: string) => performance.getEntriesByName(naam, 'measure') as PerformanceMeasure[];

function wis(): void {
  performance.clearMarks();
  performance.clearMeasures();
}

beforeEach(wis);
afterEach(async () => {
  // A measure still waiting for its frame would land in the next test.
  await volgendeFrame();
  vi.unstubAllGlobals();
  wis();
});

describe('begin', () => {
  const gewoon: readonly Interactie[] = Object.freeze(['laag-wissel', 'filter', 'selectie']);

  it.each(gewoon)('%s: één meting hkd:%s, na het volgende frame', async (soort) => {
    const p = await vers();
    p.begin(soort);
    expect(performance.getEntriesByName(`hkd:${soort}:start`, 'mark')).toHaveLength(1);
    expect(
      metingen(`hkd:${soort}`),
      'nog niet: het frame met de wijziging is nog niet getekend',
    ).toHaveLength(0);
    await volgendeFrame();
    const [meting, ...rest] = metingen(`hkd:${soort}`);
    expect(rest).toHaveLength(0);
    expect(meting?.entryType).toBe('measure');
    expect(meting?.duration).toBeGreaterThanOrEqual(0);
  });

  it('een meting per invoer, en geen voor een andere soort', async () => {
    const p = await vers();
    p.begin('filter');
    await volgendeFrame();
    p.begin('filter');
    await volgendeFrame();
    expect(metingen('hkd:filter')).toHaveLength(2);
    expect(metingen('hkd:laag-wissel')).toHaveLength(0);
    expect(metingen('hkd:rol-wissel')).toHaveLength(0);
  });

  it('zonder start-markering (gewist door een profiler) geen fout en geen meting', async () => {
    const p = await vers();
    p.begin('selectie');
    performance.clearMarks();
    await volgendeFrame();
    expect(metingen('hkd:selectie')).toHaveLength(0);
  });
});

describe('rol-wissel', () => {
  const getekend = () => metingen('hkd:rol-wissel-getekend');

  it('meet de invoer tot het volgende frame, en apart tot de kaart de nieuwe rol getekend heeft', async () => {
    const p = await vers();
    p.kaartGetekend('publiek'); // the first visit
    await volgendeFrame();
    p.begin('rol-wissel', 'draagkrachtscan');
    expect(metingen('hkd:rol-wissel'), 'niet voor het frame').toHaveLength(0);
    await volgendeFrame();
    expect(metingen('hkd:rol-wissel'), 'invoer tot het volgende frame').toHaveLength(1);
    expect(getekend(), 'niet na een frame').toHaveLength(0);
    p.kaartGetekend('publiek');
    await volgendeFrame();
    expect(getekend(), 'niet door de oude rol').toHaveLength(0);
    p.kaartGetekend('draagkrachtscan');
    await volgendeFrame();
    expect(getekend()).toHaveLength(1);
    expect(getekend()[0]?.duration).toBeGreaterThanOrEqual(metingen('hkd:rol-wissel')[0]?.duration ?? 0);
    p.kaartGetekend('draagkrachtscan');
    await volgendeFrame();
    expect(getekend(), 'één meting per wissel').toHaveLength(1);
    expect(metingen('hkd:rol-wissel')).toHaveLength(1);
  });

  it('zonder doelrol eindigt de eerste tekening van welke rol ook de wissel', async () => {
    const p = await vers();
    p.begin('rol-wissel');
    p.kaartGetekend('zorgaanbieder');
    await volgendeFrame();
    expect(getekend()).toHaveLength(1);
  });

  it('een afgebroken wissel (inloggen mislukt) wordt niet getekend, wel beantwoord', async () => {
    const p = await vers();
    p.begin('rol-wissel', 'zorgaanbieder');
    p.breekRolWisselAf();
    p.kaartGetekend('zorgaanbieder');
    await volgendeFrame();
    await volgendeFrame();
    expect(getekend()).toHaveLength(0);
    // The form did answer the click (its error message): that frame is measured.
    expect(metingen('hkd:rol-wissel')).toHaveLength(1);
  });

  it('na een wissel meet de volgende wissel opnieuw', async () => {
    const p = await vers();
    p.begin('rol-wissel', 'draagkrachtscan');
    p.kaartGetekend('draagkrachtscan');
    await volgendeFrame();
    p.begin('rol-wissel', 'publiek');
    p.kaartGetekend('publiek');
    await volgendeFrame();
    expect(getekend()).toHaveLength(2);
  });
});

describe('kaart-bruikbaar', () => {
  it('pas wanneer het getekende frame op het scherm staat, niet bij het idle-moment zelf', async () => {
    const p = await vers();
    p.kaartGetekend('publiek');
    expect(
      performance.getEntriesByName(p.MARK_BRUIKBAAR, 'mark'),
      'nog in het frame dat tekende',
    ).toHaveLength(0);
    await volgendeFrame();
    expect(performance.getEntriesByName(p.MARK_BRUIKBAAR, 'mark')).toHaveLength(1);
  });

  it('één markering per pagina, met de rol van de eerste tekening', async () => {
    const p = await vers();
    expect(performance.getEntriesByName(p.MARK_BRUIKBAAR, 'mark')).toHaveLength(0);
    p.kaartGetekend('zorgaanbieder');
    await volgendeFrame();
    p.kaartGetekend('zorgaanbieder');
    await volgendeFrame();
    p.kaartGetekend('publiek');
    await volgendeFrame();
    const markeringen = performance.getEntriesByName(p.MARK_BRUIKBAAR, 'mark');
    expect(markeringen).toHaveLength(1);
    expect(markeringen[0]?.startTime).toBeGreaterThanOrEqual(0);
    expect((markeringen[0] as PerformanceMark).detail).toEqual({ rol: 'zorgaanbieder' });
  });

  it('een nieuwe pagina markeert opnieuw', async () => {
    (await vers()).kaartGetekend('publiek');
    await volgendeFrame();
    wis();
    (await vers()).kaartGetekend('publiek');
    await volgendeFrame();
    expect(performance.getEntriesByName('hkd:kaart-bruikbaar', 'mark')).toHaveLength(1);
  });
});

describe('zonder User Timing', () => {
  it('doet niets en gooit niets', async () => {
    vi.stubGlobal('performance', {});
    const p = await vers();
    expect(() => {
      p.begin('laag-wissel');
      p.begin('rol-wissel', 'publiek');
      p.breekRolWisselAf();
      p.kaartGetekend('publiek');
    }).not.toThrow();
    await volgendeFrame();
  });
});

describe('rol-naam: de kop met de nieuwe naam', () => {
  /** Animation frames by hand: `frame()` runs what was asked for the next frame, as the browser does per frame. */
  function metFrames() {
    let wachtend: FrameRequestCallback[] = [];
    let volgnummer = 0;
    vi.stubGlobal('requestAnimationFrame', (terug: FrameRequestCallback) => {
      wachtend.push(terug);
      return ++volgnummer;
    });
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    return {
      frame() {
        const nu = wachtend;
        wachtend = [];
        for (const terug of nu) terug(performance.now());
      },
    };
  }

  it('meet van de invoer en van het antwoord tot het frame met de naam getekend is: het eerste frame', async () => {
    const { frame } = metFrames();
    const p = await vers();
    p.begin('rol-wissel', 'zorgaanbieder');
    p.aanmeldingBeantwoord();
    p.naamGetoond();
    frame();
    expect(metingen(p.MEASURE_ROL_NAAM), 'pas na het frame met de naam').toHaveLength(0);
    frame();
    expect(metingen(p.MEASURE_ROL_NAAM)).toHaveLength(1);
    const [naAntwoord, ...rest] = metingen(p.MEASURE_ROL_NAAM_NA_ANTWOORD);
    expect(rest).toHaveLength(0);
    expect(naAntwoord?.detail).toEqual({ beelden: 1 });
  });

  it('telt een frame dat zonder de naam voorbijging', async () => {
    const { frame } = metFrames();
    const p = await vers();
    p.begin('rol-wissel', 'draagkrachtscan');
    p.aanmeldingBeantwoord();
    frame();
    p.naamGetoond();
    frame();
    frame();
    expect(metingen(p.MEASURE_ROL_NAAM_NA_ANTWOORD)[0]?.detail).toEqual({ beelden: 2 });
  });

  it('uitloggen meet de kop zonder antwoord; een kop zonder rolwissel of na een afgebroken aanmelding niet', async () => {
    const { frame } = metFrames();
    const p = await vers();
    p.naamGetoond();
    p.begin('rol-wissel', 'zorgaanbieder');
    p.breekRolWisselAf();
    p.naamGetoond();
    frame();
    frame();
    expect(metingen(p.MEASURE_ROL_NAAM)).toHaveLength(0);
    p.begin('rol-wissel', 'publiek');
    p.naamGetoond();
    frame();
    frame();
    expect(metingen(p.MEASURE_ROL_NAAM)).toHaveLength(1);
    expect(metingen(p.MEASURE_ROL_NAAM_NA_ANTWOORD)).toHaveLength(0);
  });
});
