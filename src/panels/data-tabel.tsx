/** The table twin of a map layer: a real, sortable table of what the layer shows, synced with the map selection and fully usable by keyboard. */
// Generic on purpose: every data layer gets its twin from this one component (the facility tables in
// tabel-voorzieningen.tsx; the RGW density table uses it too). Give it columns, rows, a key per row and the selection
// key of each row; it does the sorting (buttons in the headers, aria-sort), the selection (a button per row, so Enter
// and Space work and every row is in the tab order; arrow keys move between rows) and the sync with the map (the
// selected row is highlighted and scrolled into view when the selection changes elsewhere).
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { begin } from '../meting/prestatie';

export type Richting = 'oplopend' | 'aflopend';

export interface Kolom<T> {
  readonly id: string;
  /** The header text. */
  readonly kop: string;
  /** What the column sorts on; numbers sort as numbers, text in Dutch order ("IJ" and accents included). */
  readonly waarde: (rij: T) => string | number;
  /** The cell; by default the sort value as text. */
  readonly toon?: (rij: T) => ReactNode;
  /** Right-aligned, tabular digits. */
  readonly numeriek?: boolean;
  /** Not sortable (e.g. a column of dots); sortable by default. */
  readonly vast?: boolean;
  /** As narrow as its content (codes, counts), so the wide columns get the room of a side panel. */
  readonly smal?: boolean;
}

export interface DataTabelProps<T> {
  /** The caption: says what the table is, e.g. "Voorzieningen per postcodegebied". */
  bijschrift: string;
  kolommen: readonly Kolom<T>[];
  rijen: readonly T[];
  /** Unique per row (React key). */
  rijSleutel: (rij: T) => string;
  /** The map selection key the row stands for; several rows may share one (facilities on one symbol). */
  selectieSleutel: (rij: T) => string;
  /** The id of the column whose cell holds the row's select button; the first column by default. */
  knopKolom?: string;
  geselecteerd: string | null;
  onSelecteer: (sleutel: string) => void;
  standaardSortering?: { readonly kolom: string; readonly richting: Richting };
  /** Shown instead of the table when there are no rows. */
  leeg?: string;
}

const VERGELIJK = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function vergelijk(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return VERGELIJK.compare(String(a), String(b));
}

/** Sorted copy; ties keep the given order, so sorting twice on one column gives the same table. */
export function sorteer<T>(rijen: readonly T[], kolom: Kolom<T> | undefined, richting: Richting): T[] {
  if (!kolom) return [...rijen];
  const teken = richting === 'oplopend' ? 1 : -1;
  return rijen
    .map((rij, i) => ({ rij, i, w: kolom.waarde(rij) }))
    .sort((a, b) => teken * vergelijk(a.w, b.w) || a.i - b.i)
    .map((x) => x.rij);
}

/** The ancestors that scroll vertically (the table's own box, the side panel), innermost first; never the document. */
function scrollVakken(el: Element): HTMLElement[] {
  const vakken: HTMLElement[] = [];
  for (let ouder = el.parentElement; ouder; ouder = ouder.parentElement) {
    if (ouder === document.body || ouder === document.documentElement) break;
    const { overflowY } = getComputedStyle(ouder);
    if (overflowY === 'auto' || overflowY === 'scroll') vakken.push(ouder);
  }
  return vakken;
}

/**
 * Brings a row into view in each of its scroll containers, as `block: 'nearest'` would, but never the document:
 * scrollIntoView also scrolls the page itself, which moved the whole app up by the header's height.
 */
export function schuifInBeeld(rij: Element): void {
  scrollVakken(rij).forEach((vak, i) => {
    const r = rij.getBoundingClientRect();
    const v = vak.getBoundingClientRect();
    // The sticky header covers the top of the table's own box: a row under it is not in view.
    const kop =
      i === 0 ? (rij.closest('table')?.querySelector('thead')?.getBoundingClientRect().height ?? 0) : 0;
    const boven = v.top + kop;
    if (r.top < boven) vak.scrollTop -= boven - r.top;
    else if (r.bottom > v.bottom) vak.scrollTop += Math.min(r.bottom - v.bottom, r.top - boven);
  });
}

function klasseVan(k: Pick<Kolom<never>, 'numeriek' | 'smal'>): string | undefined {
  const klassen = [k.numeriek ? 'data-tabel__getal' : '', k.smal ? 'data-tabel__smal' : ''].filter(Boolean);
  return klassen.length > 0 ? klassen.join(' ') : undefined;
}

export function DataTabel<T>({
  bijschrift,
  kolommen,
  rijen,
  rijSleutel,
  selectieSleutel,
  knopKolom,
  geselecteerd,
  onSelecteer,
  standaardSortering,
  leeg = 'Er is niets om te tonen.',
}: DataTabelProps<T>) {
  const [sortering, setSortering] = useState<{ kolom: string; richting: Richting } | null>(
    standaardSortering ?? null,
  );
  const tabelRef = useRef<HTMLTableElement>(null);
  /** The selection this table made itself: no need to scroll to a row the user just pressed. */
  const eigenKeuze = useRef<string | null>(null);
  const statusId = useId();
  const knopId = knopKolom ?? kolommen[0]?.id;

  const gesorteerd = useMemo(
    () =>
      sorteer(
        rijen,
        kolommen.find((k) => k.id === sortering?.kolom),
        sortering?.richting ?? 'oplopend',
      ),
    [rijen, kolommen, sortering],
  );

  // A selection made on the map: bring its row into view, without moving focus away from the map.
  useEffect(() => {
    if (geselecteerd === null || eigenKeuze.current === geselecteerd) return;
    const rij = tabelRef.current?.querySelector<HTMLTableRowElement>('tr[aria-current="true"]');
    if (rij) schuifInBeeld(rij);
  }, [geselecteerd]);

  function sorteerOp(kolom: Kolom<T>): void {
    setSortering((oud) => ({
      kolom: kolom.id,
      richting: oud?.kolom === kolom.id && oud.richting === 'oplopend' ? 'aflopend' : 'oplopend',
    }));
  }

  function kies(sleutel: string): void {
    begin('selectie');
    eigenKeuze.current = sleutel;
    onSelecteer(sleutel);
  }

  /** Arrow keys, Home and End move between the rows' buttons; Tab still goes through them one by one. */
  function navigeer(e: KeyboardEvent<HTMLTableSectionElement>): void {
    const knoppen = [
      ...(tabelRef.current?.querySelectorAll<HTMLButtonElement>('tbody .data-tabel__kies') ?? []),
    ];
    const nu = knoppen.indexOf(document.activeElement as HTMLButtonElement);
    if (nu < 0) return;
    const doel =
      e.key === 'ArrowDown'
        ? nu + 1
        : e.key === 'ArrowUp'
          ? nu - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? knoppen.length - 1
              : null;
    if (doel === null) return;
    e.preventDefault();
    knoppen[Math.max(0, Math.min(knoppen.length - 1, doel))]?.focus();
  }

  if (rijen.length === 0) return <p className="paneel__uitleg">{leeg}</p>;

  const sorteerKolom = kolommen.find((k) => k.id === sortering?.kolom);
  return (
    <div className="data-tabel">
      <table ref={tabelRef} className="data-tabel__tabel" aria-describedby={statusId}>
        <caption className="data-tabel__bijschrift">{bijschrift}</caption>
        <thead>
          <tr>
            {kolommen.map((k) => {
              const actief = sortering?.kolom === k.id;
              return (
                <th
                  key={k.id}
                  scope="col"
                  className={klasseVan(k)}
                  aria-sort={
                    actief ? (sortering.richting === 'oplopend' ? 'ascending' : 'descending') : undefined
                  }
                >
                  {k.vast ? (
                    k.kop
                  ) : (
                    <button type="button" className="data-tabel__sorteer" onClick={() => sorteerOp(k)}>
                      {k.kop}
                      <span className="data-tabel__pijl" aria-hidden="true">
                        {actief ? (sortering.richting === 'oplopend' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={navigeer}>
          {gesorteerd.map((rij) => {
            const sleutel = selectieSleutel(rij);
            const gekozen = sleutel === geselecteerd;
            return (
              <tr
                key={rijSleutel(rij)}
                aria-current={gekozen ? 'true' : undefined}
                className={gekozen ? 'data-tabel__rij--gekozen' : undefined}
                // Pointer users may click anywhere on the row; keyboard users have the button.
                onClick={(e) => {
                  if (!(e.target instanceof Element) || !e.target.closest('a,button')) kies(sleutel);
                }}
              >
                {kolommen.map((k) => {
                  const inhoud = k.toon ? k.toon(rij) : String(k.waarde(rij));
                  const klasse = klasseVan(k);
                  if (k.id !== knopId) {
                    return (
                      <td key={k.id} className={klasse}>
                        {inhoud}
                      </td>
                    );
                  }
                  return (
                    <th key={k.id} scope="row" className={klasse}>
                      <button
                        type="button"
                        className="data-tabel__kies"
                        aria-pressed={gekozen}
                        onClick={() => kies(sleutel)}
                      >
                        {inhoud}
                      </button>
                    </th>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p id={statusId} className="visueel-verborgen" aria-live="polite">
        {rijen.length} {rijen.length === 1 ? 'regel' : 'regels'}
        {sorteerKolom
          ? `, gesorteerd op ${sorteerKolom.kop.toLowerCase()}, ${sortering?.richting === 'aflopend' ? 'aflopend' : 'oplopend'}`
          : ''}
        . Kies een regel om hem op de kaart te tonen.
      </p>
    </div>
  );
}
