/** The background switch in the app against the real mock handlers: PDOK only after a probe, our own map with a notice when it fails, the choice remembered. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MapViewProps } from '../map/map-view';
import type { PdokProef, PdokProefOpties } from '../map/pdok';
import { PDOK_ONBEREIKBAAR } from '../panels/kaartlagen';
import { meldOnverwachteFout, nieuweSessie, startMockApi } from '../panels/test-hulp';
import { App } from './app';
import { OPSLAG_SLEUTEL } from './kaart-instellingen';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

beforeEach(() => {
  history.replaceState(null, '', '/');
  sessionStorage.clear();
});

/** jsdom has no WebGL: a stand-in that says which background and PC4 setting the real map would get. */
function KaartStandIn({ achtergrond = 'eigen', postcodegebieden = false, onAchtergrondFout }: MapViewProps) {
  return (
    <div>
      <p>achtergrond op de kaart: {achtergrond}</p>
      <p>postcodegebieden op de kaart: {postcodegebieden ? 'aan' : 'uit'}</p>
      <button type="button" onClick={() => onAchtergrondFout?.()}>
        tegels falen
      </button>
    </div>
  );
}

/** A probe under the test's control: it answers when the test says so. */
function handmatigeProef() {
  const wachtend: { opties: PdokProefOpties; antwoord: (p: PdokProef) => void }[] = [];
  const probeer = vi.fn(
    (opties: PdokProefOpties) => new Promise<PdokProef>((antwoord) => wachtend.push({ opties, antwoord })),
  );
  return {
    probeer,
    beantwoord(p: PdokProef) {
      const laatste = wachtend.at(-1);
      if (!laatste) throw new Error('geen proef bezig');
      laatste.antwoord(p);
    },
    wachtend,
  };
}

function renderApp(probeer: (opties: PdokProefOpties) => Promise<PdokProef>) {
  render(<App Kaart={KaartStandIn} sessieOpslag={nieuweSessie()} probeerPdok={probeer} />, {
    onCaughtError: meldOnverwachteFout,
  });
  return userEvent.setup();
}

async function openKaartlagen(gebruiker: ReturnType<typeof userEvent.setup>) {
  await gebruiker.click(screen.getByText('Kaartlagen'));
  return screen.getByRole('group', { name: 'Achtergrond' });
}

describe('achtergrond', () => {
  it('start met de eigen kaart en vraagt PDOK niets', async () => {
    const proef = handmatigeProef();
    const gebruiker = renderApp(proef.probeer);
    expect(screen.getByText('achtergrond op de kaart: eigen')).toBeInTheDocument();
    const groep = await openKaartlagen(gebruiker);
    expect(within(groep).getByRole('radio', { name: 'Eigen kaart' })).toBeChecked();
    expect(proef.probeer).not.toHaveBeenCalled();
  });

  it('toont PDOK pas als de proef slaagt, en onthoudt de keuze in de URL en de sessie', async () => {
    const proef = handmatigeProef();
    const gebruiker = renderApp(proef.probeer);
    const groep = await openKaartlagen(gebruiker);
    await gebruiker.click(within(groep).getByRole('radio', { name: 'Kaart van PDOK (grijs)' }));

    expect(screen.getByText('PDOK-achtergrond laden…')).toHaveAttribute('role', 'status');
    expect(screen.getByText('achtergrond op de kaart: eigen')).toBeInTheDocument();
    expect(location.search).toBe('?achtergrond=pdok');
    expect(JSON.parse(sessionStorage.getItem(OPSLAG_SLEUTEL) ?? '{}')).toMatchObject({ achtergrond: 'pdok' });

    proef.beantwoord({ bereikbaar: true });
    expect(await screen.findByText('achtergrond op de kaart: pdok')).toBeInTheDocument();
    expect(screen.queryByText('PDOK-achtergrond laden…')).toBeNull();
  });

  it('blijft bij de eigen kaart met een melding als PDOK niet bereikbaar is, en probeert het opnieuw op verzoek', async () => {
    const proef = handmatigeProef();
    const gebruiker = renderApp(proef.probeer);
    const groep = await openKaartlagen(gebruiker);
    const pdok = within(groep).getByRole('radio', { name: 'Kaart van PDOK (grijs)' });
    await gebruiker.click(pdok);
    proef.beantwoord({ bereikbaar: false, reden: 'time-out' });

    expect(await screen.findByText(PDOK_ONBEREIKBAAR)).toBeInTheDocument();
    expect(screen.getByText('achtergrond op de kaart: eigen')).toBeInTheDocument();
    // The switch shows what is on screen; choosing PDOK again probes anew.
    expect(within(groep).getByRole('radio', { name: 'Eigen kaart' })).toBeChecked();
    await gebruiker.click(pdok);
    expect(proef.probeer).toHaveBeenCalledTimes(2);
    proef.beantwoord({ bereikbaar: true });
    expect(await screen.findByText('achtergrond op de kaart: pdok')).toBeInTheDocument();
    expect(screen.queryByText(PDOK_ONBEREIKBAAR)).toBeNull();
  });

  it('valt terug op de eigen kaart als de PDOK-tegels later blijven falen', async () => {
    const proef = handmatigeProef();
    const gebruiker = renderApp(proef.probeer);
    const groep = await openKaartlagen(gebruiker);
    await gebruiker.click(within(groep).getByRole('radio', { name: 'Kaart van PDOK (grijs)' }));
    proef.beantwoord({ bereikbaar: true });
    await screen.findByText('achtergrond op de kaart: pdok');

    await gebruiker.click(screen.getByRole('button', { name: 'tegels falen' }));
    expect(await screen.findByText(PDOK_ONBEREIKBAAR)).toBeInTheDocument();
    expect(screen.getByText('achtergrond op de kaart: eigen')).toBeInTheDocument();
  });

  it('breekt de proef af als de gebruiker terugschakelt', async () => {
    const proef = handmatigeProef();
    const gebruiker = renderApp(proef.probeer);
    const groep = await openKaartlagen(gebruiker);
    await gebruiker.click(within(groep).getByRole('radio', { name: 'Kaart van PDOK (grijs)' }));
    await gebruiker.click(within(groep).getByRole('radio', { name: 'Eigen kaart' }));
    expect(proef.wachtend[0]?.opties.signal?.aborted).toBe(true);
    expect(location.search).toBe('');
    expect(screen.queryByText('PDOK-achtergrond laden…')).toBeNull();
  });

  it('leest de keuze uit de URL en probeert PDOK meteen', async () => {
    history.replaceState(null, '', '/?achtergrond=pdok&postcodes=aan');
    const proef = handmatigeProef();
    renderApp(proef.probeer);
    expect(proef.probeer).toHaveBeenCalledTimes(1);
    expect(screen.getByText('postcodegebieden op de kaart: aan')).toBeInTheDocument();
    proef.beantwoord({ bereikbaar: false, reden: 'Failed to fetch' });
    expect(await screen.findByText(PDOK_ONBEREIKBAAR)).toBeInTheDocument();
  });

  it('zet de postcodegebieden aan en uit', async () => {
    const gebruiker = renderApp(handmatigeProef().probeer);
    await openKaartlagen(gebruiker);
    const schakelaar = screen.getByRole('checkbox', { name: 'Postcodegebieden' });
    await gebruiker.click(schakelaar);
    expect(screen.getByText('postcodegebieden op de kaart: aan')).toBeInTheDocument();
    expect(location.search).toBe('?postcodes=aan');
    await gebruiker.click(schakelaar);
    expect(screen.getByText('postcodegebieden op de kaart: uit')).toBeInTheDocument();
  });

  it('zegt in de kaartlagen dat de indeling schematisch is en de haven ontbreekt', async () => {
    const gebruiker = renderApp(handmatigeProef().probeer);
    await openKaartlagen(gebruiker);
    // The legend says the same about the boundaries: this is the layer control's line.
    const uitleg = screen
      .getAllByText(/De grenzen op deze kaart zijn niet precies\..* Haven en Maasvlakte niet weergegeven\./)
      .find((el) => el.classList.contains('kaartlagen__uitleg'));
    expect(uitleg).toBeVisible();
  });
});
