/** The facilities table twin against the real mock handlers: the assessor's phase column shows shape and text, never colour alone (WCAG 1.4.1). */
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { nieuweSessie, startMockApi, symbolenVan } from './test-hulp';
import { TabelVoorzieningen } from './tabel-voorzieningen';

const api = startMockApi();
beforeAll(api.start);
afterEach(api.naElkeTest);
afterAll(api.stop);

describe('TabelVoorzieningen', () => {
  it('draagkrachtscan: elke fase met haar vorm en de tekst "Fase …"', async () => {
    const opslag = nieuweSessie();
    await opslag.logIn({ rol: 'draagkrachtscan' });
    const groepen = await symbolenVan(opslag);
    render(<TabelVoorzieningen groepen={groepen} geselecteerd={null} onSelecteer={() => {}} />);
    const tabel = screen.getByRole('table', { name: 'Voorzieningen op de kaart' });
    // The phase symbols arrive with their own chunk (fase-symbool-lui.tsx).
    await waitFor(() => expect(tabel.querySelector('.fase-symbool--laden')).toBeNull());
    const kolom = within(tabel)
      .getAllByRole('columnheader')
      .findIndex((k) => /^Fase/.test(k.textContent ?? ''));
    const rijen = within(tabel).getAllByRole('row').slice(1);
    expect(rijen.length).toBeGreaterThan(0);
    const vormen = new Set<string>();
    for (const rij of rijen) {
      const cel = within(rij).getAllByRole('cell')[kolom - 1];
      if (!cel) throw new Error('geen fasecel');
      expect(cel).toHaveTextContent(/^Fase (0|1|2|3a|3b): \S/);
      const symbool = cel.querySelector('svg.fase-symbool');
      expect(symbool).not.toBeNull();
      vormen.add(symbool?.getAttribute('data-vorm') ?? '');
      expect(cel.querySelector('.fase-stip')).toBeNull();
    }
    // More than one phase in the demo data, so more than one shape.
    expect(vormen.size).toBeGreaterThan(1);
  });
});
