/** The shell when the API runs in the browser (static demo): the warning banner must be there. */
import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { nieuweSessie, startMockApi } from '../panels/test-hulp';
import { App } from './app';

const api = startMockApi('service-worker');
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

it('waarschuwt dat de API in de browser draait', async () => {
  render(<App Kaart={() => null} sessieOpslag={nieuweSessie()} />);
  const waarschuwing = await screen.findByRole('note');
  expect(waarschuwing).toHaveTextContent(
    'Statische demo: de API draait in je browser. Niet geschikt voor vertrouwelijke gegevens.',
  );
  expect(screen.getByText('demodata')).toBeInTheDocument();
});
