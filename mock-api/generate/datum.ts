/** Calendar arithmetic on day numbers (days since 1970-01-01), in integers only: no Date, no time zones, no locale. */

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a civil date (proleptic Gregorian; H. Hinnant's days_from_civil). */
export function dagVanDatum(jaar: number, maand: number, dag: number): number {
  const j = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(j / 400);
  const jve = j - era * 400;
  const dvj = Math.floor((153 * (maand + (maand > 2 ? -3 : 9)) + 2) / 5) + dag - 1;
  const dve = jve * 365 + Math.floor(jve / 4) - Math.floor(jve / 100) + dvj;
  return era * 146097 + dve - 719468;
}

/** Day number of an ISO date `YYYY-MM-DD`; throws on anything that is not a real date. */
export function dagVanIso(iso: string): number {
  const m = ISO_DATUM.exec(iso);
  if (!m) throw new RangeError(`datum "${iso}" is ongeldig: verwacht JJJJ-MM-DD`);
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const nummer = dagVanDatum(jaar, maand, dag);
  if (isoVanDag(nummer) !== iso) throw new RangeError(`datum "${iso}" bestaat niet`);
  return nummer;
}

/** `[jaar, maand, dag]` of a day number (H. Hinnant's civil_from_days). */
export function datumVanDag(nummer: number): [number, number, number] {
  const z = nummer + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (maand <= 2 ? 1 : 0), maand, dag];
}

function tweeCijfers(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoVanDag(nummer: number): string {
  const [jaar, maand, dag] = datumVanDag(nummer);
  return `${jaar}-${tweeCijfers(maand)}-${tweeCijfers(dag)}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdag(nummer: number): number {
  return (((nummer + 4) % 7) + 7) % 7;
}

/** Easter Sunday of a year (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function paasdag(jaar: number): number {
  const a = jaar % 19;
  const b = Math.floor(jaar / 100);
  const c = jaar % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const maand = Math.floor((h + l - 7 * m + 114) / 31);
  const dag = ((h + l - 7 * m + 114) % 31) + 1;
  return dagVanDatum(jaar, maand, dag);
}

/** Dutch public holidays on which municipal offices are closed; Bevrijdingsdag only in lustrum years. */
export function isFeestdag(nummer: number): boolean {
  const [jaar, maand, dag] = datumVanDag(nummer);
  if (maand === 1 && dag === 1) return true;
  if (maand === 12 && (dag === 25 || dag === 26)) return true;
  if (maand === 5 && dag === 5 && jaar % 5 === 0) return true;
  // Koningsdag is 27 April, or the 26th when the 27th is a Sunday.
  const koningsdag = dagVanDatum(jaar, 4, 27);
  if (nummer === (weekdag(koningsdag) === 0 ? koningsdag - 1 : koningsdag)) return true;
  const pasen = paasdag(jaar);
  return nummer === pasen + 1 || nummer === pasen + 39 || nummer === pasen + 50;
}

/** Monday to Friday and not a public holiday. */
export function isWerkdag(nummer: number): boolean {
  const w = weekdag(nummer);
  return w !== 0 && w !== 6 && !isFeestdag(nummer);
}
