/** The escalatieladder over time: locations per phase per month and moves per quarter, from each location's phase history. */
import type { Fase, FaseWissel } from '../contract/voorziening';
import { FASEN, faseOp } from './escalatie';

export type PerFase = Record<Fase, number>;

export function legePerFase(): PerFase {
  return { '0': 0, '1': 0, '2': 0, '3a': 0, '3b': 0 };
}

/** `2023-05` … the month of `tot`, inclusive. */
export function maandenTussen(van: string, tot: string): string[] {
  const maanden: string[] = [];
  let jaar = Number(van.slice(0, 4));
  let maand = Number(van.slice(5, 7));
  const eind = tot.slice(0, 7);
  for (;;) {
    const code = `${jaar}-${String(maand).padStart(2, '0')}`;
    if (code > eind) break;
    maanden.push(code);
    maand += 1;
    if (maand > 12) {
      maand = 1;
      jaar += 1;
    }
  }
  return maanden;
}

/** The last day of a month (`2024-02` → `2024-02-29`). */
export function laatsteDag(maand: string): string {
  const jaar = Number(maand.slice(0, 4));
  const m = Number(maand.slice(5, 7));
  const dag = new Date(Date.UTC(jaar, m, 0)).getUTCDate();
  return `${maand}-${String(dag).padStart(2, '0')}`;
}

/** The day a month is read on: its last day, or the peildatum for the month under way. */
export function peildagVan(maand: string, peildatum: string): string {
  const laatste = laatsteDag(maand);
  return laatste < peildatum ? laatste : peildatum;
}

/** `2024-05-21` → `2024-K2`. */
export function kwartaalVan(datum: string): string {
  return `${datum.slice(0, 4)}-K${Math.floor((Number(datum.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Each location's phase at the end of each month (null before its first entry). */
export function fasePerMaand(historie: readonly FaseWissel[], maanden: readonly string[], peildatum: string) {
  return maanden.map((m) => faseOp(historie, peildagVan(m, peildatum)));
}

/** Locations per phase per month. */
export function telPerMaand(
  historieen: readonly (readonly FaseWissel[])[],
  maanden: readonly string[],
  peildatum: string,
): { maand: string; perFase: PerFase }[] {
  return maanden.map((maand) => {
    const dag = peildagVan(maand, peildatum);
    const perFase = legePerFase();
    for (const h of historieen) {
      const fase = faseOp(h, dag);
      if (fase !== null) perFase[fase] += 1;
    }
    return { maand, perFase };
  });
}

/** Moves between phases per quarter (the first entry of a history is no move), oldest quarter first. */
export function wisselsPerKwartaal(
  historieen: readonly (readonly FaseWissel[])[],
  peildatum: string,
): { kwartaal: string; van: Fase; naar: Fase; aantal: number }[] {
  const tellingen = new Map<string, { kwartaal: string; van: Fase; naar: Fase; aantal: number }>();
  for (const h of historieen) {
    for (const w of h) {
      if (w.van === null || w.datum > peildatum) continue;
      const kwartaal = kwartaalVan(w.datum);
      const sleutel = `${kwartaal}|${w.van}|${w.naar}`;
      const t = tellingen.get(sleutel) ?? { kwartaal, van: w.van, naar: w.naar, aantal: 0 };
      t.aantal += 1;
      tellingen.set(sleutel, t);
    }
  }
  const orde = (f: Fase) => FASEN.indexOf(f);
  return [...tellingen.values()].sort(
    (a, b) =>
      (a.kwartaal < b.kwartaal ? -1 : a.kwartaal > b.kwartaal ? 1 : 0) ||
      orde(a.van) - orde(b.van) ||
      orde(a.naar) - orde(b.naar),
  );
}
