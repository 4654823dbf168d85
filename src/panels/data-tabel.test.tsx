/** The generic table twin: sorting by header buttons with aria-sort, selection by keyboard, and sync with a selection made on the map. */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DataTabel, sorteer, type Kolom } from './data-tabel';

interface Gebied {
  readonly code: string;
  readonly naam: string;
  readonly aantal: number;
}

const RIJEN: readonly Gebied[] = Object.freeze([
  { code: 'pc4:3084', naam: 'Tarwewijk', aantal: 2 },
  { code: 'pc4:3073', naam: 'Afrikaanderwijk', aantal: 4 },
  { code: 'pc4:3011', naam: 'IJsselmonde', aantal: 1 },
  { code: 'pc4:3021', naam: 'Ézelstraat', aantal: 10 },
]);

const KOLOMMEN: readonly Kolom<Gebied>[] = [
  { id: 'naam', kop: 'Naam', waarde: (r) => r.naam },
  { id: 'aantal', kop: 'Aantal', waarde: (r) => r.aantal, numeriek: true },
];

function Tabel({ begin = null, onSelecteer }: { begin?: string | null; onSelecteer?: (s: string) => void }) {
  const [gekozen, setGekozen] = useState<string | null>(begin);
  return (
    <>
      <button type="button" onClick={() => setGekozen('pc4:3011')}>
        Kies op de kaart
      </button>
      <DataTabel
        bijschrift="Gebieden"
        kolommen={KOLOMMEN}
        rijen={RIJEN}
        rijSleutel={(r) => r.code}
        selectieSleutel={(r) => r.code}
        geselecteerd={gekozen}
        onSelecteer={(s) => {
          setGekozen(s);
          onSelecteer?.(s);
        }}
        standaardSortering={{ kolom: 'naam', richting: 'oplopend' }}
      />
    </>
  );
}

function namen(): string[] {
  const tabel = screen.getByRole('table', { name: 'Gebieden' });
  return within(tabel)
    .getAllByRole('row')
    .slice(1)
    .map((rij) => within(rij).getAllByRole('rowheader')[0]?.textContent ?? '');
}

describe('DataTabel', () => {
  it('is een echte tabel met bijschrift, kolom- en rijkoppen', () => {
    render(<Tabel />);
    const tabel = screen.getByRole('table', { name: 'Gebieden' });
    expect(within(tabel).getAllByRole('columnheader')).toHaveLength(2);
    expect(within(tabel).getAllByRole('rowheader')).toHaveLength(4);
  });

  it('sorteert met de knoppen in de kolomkoppen en zegt hoe (aria-sort)', async () => {
    const gebruiker = userEvent.setup();
    render(<Tabel />);
    // Dutch order: accents ignored, IJ as a letter pair.
    expect(namen()).toEqual(['Afrikaanderwijk', 'Ézelstraat', 'IJsselmonde', 'Tarwewijk']);
    const naam = screen.getByRole('columnheader', { name: /Naam/ });
    const aantal = screen.getByRole('columnheader', { name: /Aantal/ });
    expect(naam).toHaveAttribute('aria-sort', 'ascending');
    expect(aantal).not.toHaveAttribute('aria-sort');

    await gebruiker.click(within(aantal).getByRole('button'));
    expect(aantal).toHaveAttribute('aria-sort', 'ascending');
    expect(naam).not.toHaveAttribute('aria-sort');
    // Numbers as numbers: 10 after 4.
    expect(namen()).toEqual(['IJsselmonde', 'Tarwewijk', 'Afrikaanderwijk', 'Ézelstraat']);

    await gebruiker.click(within(aantal).getByRole('button'));
    expect(aantal).toHaveAttribute('aria-sort', 'descending');
    expect(namen()).toEqual(['Ézelstraat', 'Afrikaanderwijk', 'Tarwewijk', 'IJsselmonde']);
    expect(screen.getByText(/gesorteerd op aantal, aflopend/)).toBeInTheDocument();
  });

  it('kiest een regel met Enter en met Spatie; pijltjes gaan naar de volgende regel', async () => {
    const gebruiker = userEvent.setup();
    const onSelecteer = vi.fn();
    render(<Tabel onSelecteer={onSelecteer} />);
    const tabel = screen.getByRole('table', { name: 'Gebieden' });
    const eerste = within(tabel).getByRole('button', { name: 'Afrikaanderwijk' });
    eerste.focus();
    await gebruiker.keyboard('{Enter}');
    expect(onSelecteer).toHaveBeenLastCalledWith('pc4:3073');
    expect(eerste).toHaveAttribute('aria-pressed', 'true');
    expect(eerste.closest('tr')).toHaveAttribute('aria-current', 'true');

    await gebruiker.keyboard('{ArrowDown}');
    const tweede = within(tabel).getByRole('button', { name: 'Ézelstraat' });
    expect(tweede).toHaveFocus();
    await gebruiker.keyboard(' ');
    expect(onSelecteer).toHaveBeenLastCalledWith('pc4:3021');
    expect(eerste).toHaveAttribute('aria-pressed', 'false');

    await gebruiker.keyboard('{End}');
    expect(within(tabel).getByRole('button', { name: 'Tarwewijk' })).toHaveFocus();
    await gebruiker.keyboard('{Home}');
    expect(eerste).toHaveFocus();
    // Tab leaves the row buttons in document order, like any button.
    await gebruiker.tab();
    expect(tweede).toHaveFocus();
  });

  it('volgt een selectie op de kaart: de regel licht op en schuift in beeld in het eigen vak, niet de pagina', async () => {
    const gebruiker = userEvent.setup();
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { container } = render(<Tabel />);
    const vak = container.querySelector<HTMLElement>('.data-tabel');
    if (!vak) throw new Error('geen tabelvak');
    vak.style.overflowY = 'auto';
    // jsdom has no layout: the box shows 0–100 px, IJsselmonde's row sits at 150–170 px.
    vak.getBoundingClientRect = () => new DOMRect(0, 0, 300, 100);
    const rij = screen.getByRole('button', { name: 'IJsselmonde' }).closest('tr');
    if (!rij) throw new Error('geen regel');
    rij.getBoundingClientRect = () => new DOMRect(0, 150 - vak.scrollTop, 300, 20);
    await gebruiker.click(screen.getByRole('button', { name: 'Kies op de kaart' }));
    expect(rij).toHaveAttribute('aria-current', 'true');
    expect(vak.scrollTop).toBe(70);
    // Never scrollIntoView: it scrolls the document too.
    expect(scrollIntoView).not.toHaveBeenCalled();
    // The map selection does not take focus from where the user is.
    expect(screen.getByRole('button', { name: 'Kies op de kaart' })).toHaveFocus();
  });

  it('zegt het als er niets te tonen is', () => {
    render(
      <DataTabel
        bijschrift="Leeg"
        kolommen={KOLOMMEN}
        rijen={[]}
        rijSleutel={(r) => r.code}
        selectieSleutel={(r) => r.code}
        geselecteerd={null}
        onSelecteer={() => {}}
        leeg="Geen gebieden."
      />,
    );
    expect(screen.getByText('Geen gebieden.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('sorteer', () => {
  it('laat gelijke waarden in hun volgorde en verandert de invoer niet', () => {
    const kolom = KOLOMMEN[1];
    const rijen = Object.freeze([
      { code: 'a', naam: 'a', aantal: 1 },
      { code: 'b', naam: 'b', aantal: 1 },
      { code: 'c', naam: 'c', aantal: 0 },
    ]);
    expect(sorteer(rijen, kolom, 'oplopend').map((r) => r.code)).toEqual(['c', 'a', 'b']);
    expect(sorteer(rijen, kolom, 'aflopend').map((r) => r.code)).toEqual(['a', 'b', 'c']);
  });
});
