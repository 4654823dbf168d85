/** The sign-in panel follows the server: the identity provider's button when it has one, the demo form only where it is on. */
import { screen, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { maakHandlers } from '../../mock-api/handlers';
import { oidcConfigUitOmgeving } from '../../mock-api/http/oidc';
import { vergeetAlleAntwoorden } from '../api/bron';
import { Rol } from '../contract/common';
import { InloggenPaneel } from './inloggen-paneel';
import { nieuweSessie, renderMetSessie } from './test-hulp';

const oidc = oidcConfigUitOmgeving({
  HKD_OIDC_ISSUER: 'https://login.rotterdam.test',
  HKD_OIDC_CLIENT_ID: 'hkd-kaart',
  HKD_OIDC_NAAM: 'Rotterdam-account',
});

let server: ReturnType<typeof setupServer> | null = null;

function api(opties: { demoLogin: boolean; metOidc: boolean }) {
  vergeetAlleAntwoorden();
  server = setupServer(
    ...maakHandlers({
      modus: 'server',
      basis: '*',
      demoLogin: opties.demoLogin,
      oidc: opties.metOidc ? oidc : null,
    }),
  );
  server.listen({ onUnhandledRequest: 'error' });
}

afterEach(() => {
  server?.close();
  server = null;
  vergeetAlleAntwoorden();
});
afterAll(() => vergeetAlleAntwoorden());

describe('InloggenPaneel', () => {
  it('production: only "Inloggen via <IdP>", and nowhere "demo"', async () => {
    api({ demoLogin: false, metOidc: true });
    renderMetSessie(nieuweSessie(), <InloggenPaneel onKlaar={() => undefined} />);
    const knop = await screen.findByRole('button', { name: 'Inloggen via Rotterdam-account' });
    const paneel = screen.getByRole('region', { name: 'Inloggen' });
    expect(paneel).toContainElement(knop);
    expect(paneel.textContent).not.toMatch(/demo/i);
    expect(within(paneel).queryAllByRole('radio')).toHaveLength(0);
  });

  it('both on: the provider first, the demo form below it, marked demo', async () => {
    api({ demoLogin: true, metOidc: true });
    renderMetSessie(nieuweSessie(), <InloggenPaneel onKlaar={() => undefined} />);
    await screen.findByRole('button', { name: 'Inloggen via Rotterdam-account' });
    const paneel = screen.getByRole('region', { name: 'Inloggen (demo)' });
    expect(within(paneel).getByText('Demo: kies zelf een rol')).toBeVisible();
    // One choice per role, publiek included.
    expect(within(paneel).getAllByRole('radio')).toHaveLength(Rol.options.length);
  });

  it('neither: says that sign-in is not set up here', async () => {
    api({ demoLogin: false, metOidc: false });
    renderMetSessie(nieuweSessie(), <InloggenPaneel onKlaar={() => undefined} />);
    expect(await screen.findByText('Inloggen is op deze server niet ingesteld.')).toBeVisible();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });
});
