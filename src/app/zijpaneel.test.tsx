/** The bottom sheet: where a drag of its grip leaves it, and that a drag does not also count as a tap. */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { SLEEP_DREMPEL, standNaSlepen, Zijpaneel, type BladStand } from './zijpaneel';

describe('standNaSlepen', () => {
  it('moves one step per drag, up to open and down to collapsed', () => {
    expect(standNaSlepen('dicht', -80, 800)).toBe('half');
    expect(standNaSlepen('half', -80, 800)).toBe('open');
    expect(standNaSlepen('open', -80, 800)).toBe('open');
    expect(standNaSlepen('open', 80, 800)).toBe('half');
    expect(standNaSlepen('half', 80, 800)).toBe('dicht');
    expect(standNaSlepen('dicht', 80, 800)).toBe('dicht');
  });

  it('moves two steps for a drag across more than 40% of the screen', () => {
    expect(standNaSlepen('dicht', -400, 800)).toBe('open');
    expect(standNaSlepen('open', 400, 800)).toBe('dicht');
  });

  it('leaves the sheet where it is for a movement under the threshold', () => {
    expect(standNaSlepen('half', -(SLEEP_DREMPEL - 1), 800)).toBe('half');
    expect(standNaSlepen('half', SLEEP_DREMPEL - 1, 800)).toBe('half');
  });
});

function Blad() {
  const [stand, setStand] = useState<BladStand>('dicht');
  return (
    <Zijpaneel stand={stand} onStand={setStand} samenvatting="niets gekozen">
      <p>inhoud</p>
    </Zijpaneel>
  );
}

describe('Zijpaneel', () => {
  it('opens halfway on a drag up, and the click that ends the drag does not move it again', () => {
    render(<Blad />);
    const knop = screen.getByRole('button', { name: /Details en tabel/ });
    fireEvent.pointerDown(knop, { pointerId: 1, clientY: 700, pointerType: 'touch' });
    fireEvent.pointerUp(knop, { pointerId: 1, clientY: 600, pointerType: 'touch' });
    fireEvent.click(knop);
    expect(screen.getByRole('region', { name: 'Informatie bij de kaart' }).className).toContain(
      'zijpaneel--half',
    );
    // A tap after that is a tap again.
    fireEvent.click(screen.getByRole('button', { name: /Groter/ }));
    expect(screen.getByRole('region', { name: 'Informatie bij de kaart' }).className).toContain(
      'zijpaneel--open',
    );
  });
});
