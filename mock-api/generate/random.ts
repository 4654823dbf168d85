/** Seeded pseudo-random numbers for the demo data (sfc32), one named stream per generator so that one generator's draws never shift another's. */

// Only integer ops, + - * / and sqrt are used here and by the callers: these are exact in IEEE 754,
// so the same seed gives bit-identical data on every machine (Math.log, Math.cos & co. are not guaranteed).

const TWEE_TOT_32 = 4294967296;

function splitmix32(toestand: number): number {
  let t = (toestand + 0x9e3779b9) | 0;
  t = Math.imul(t ^ (t >>> 16), 0x21f0aaad);
  t = Math.imul(t ^ (t >>> 15), 0x735a2d97);
  return (t ^ (t >>> 15)) >>> 0;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit name for a stream. */
function hashTekst(tekst: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < tekst.length; i++) {
    h = Math.imul(h ^ tekst.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed`: any safe integer; `stroom`: the name of the generator that owns this stream. */
  constructor(seed: number, stroom: string) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed ${seed} is geen veilig geheel getal`);
    const laag = seed >>> 0;
    const hoog = Math.floor(seed / TWEE_TOT_32) | 0;
    let s = splitmix32(laag ^ hashTekst(stroom));
    s = splitmix32(s ^ hoog);
    this.a = s | 0;
    s = splitmix32(s);
    this.b = s | 0;
    s = splitmix32(s);
    this.c = s | 0;
    s = splitmix32(s);
    this.d = s | 0;
    // sfc32's first outputs still echo the seed words.
    for (let i = 0; i < 12; i++) this.getal();
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  getal(): number {
    const { a, b, c } = this;
    const t = (((a + b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    this.c = (((c << 21) | (c >>> 11)) + t) | 0;
    return (t >>> 0) / TWEE_TOT_32;
  }

  /** Integer in [min, max], both inclusive. */
  geheel(min: number, max: number): number {
    return min + Math.floor(this.getal() * (max - min + 1));
  }

  /** Uniform in [min, max). */
  tussen(min: number, max: number): number {
    return min + this.getal() * (max - min);
  }

  /** Bell-shaped in [min, max) (mean of three uniforms): plausible spread without Math.log. */
  klok(min: number, max: number): number {
    return min + ((this.getal() + this.getal() + this.getal()) / 3) * (max - min);
  }

  kans(p: number): boolean {
    return this.getal() < p;
  }

  kies<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.getal() * items.length)];
    if (item === undefined) throw new RangeError('kies: lege lijst');
    return item;
  }

  /** A shuffled copy (Fisher-Yates). */
  geschud<T>(items: readonly T[]): T[] {
    const kopie = items.slice();
    for (let i = kopie.length - 1; i > 0; i--) {
      const j = Math.floor(this.getal() * (i + 1));
      const x = kopie[i] as T;
      kopie[i] = kopie[j] as T;
      kopie[j] = x;
    }
    return kopie;
  }

  /** `aantal` distinct items, in the order drawn. */
  steekproef<T>(items: readonly T[], aantal: number): T[] {
    if (aantal > items.length) throw new RangeError(`steekproef: ${aantal} uit ${items.length}`);
    return this.geschud(items).slice(0, aantal);
  }
}

/** Draws an index with probability proportional to its weight: cumulative sums and a binary search. */
export class GewogenKeuze {
  private readonly cumulatief: Float64Array;
  private readonly totaal: number;

  constructor(gewichten: readonly number[]) {
    this.cumulatief = new Float64Array(gewichten.length);
    let som = 0;
    gewichten.forEach((g, i) => {
      if (!(g >= 0) || !Number.isFinite(g)) throw new RangeError(`gewicht ${g} op plaats ${i} is ongeldig`);
      som += g;
      this.cumulatief[i] = som;
    });
    if (!(som > 0)) throw new RangeError('GewogenKeuze: de som van de gewichten is 0');
    this.totaal = som;
  }

  kies(rng: Rng): number {
    const doel = rng.getal() * this.totaal;
    const c = this.cumulatief;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid] as number) > doel) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** `aantal` integers in [min, max] (multiples of `stap`) that add up to exactly `som`, with a natural-looking spread. */
export function verdeelSom(
  rng: Rng,
  aantal: number,
  som: number,
  min: number,
  max: number,
  stap = 1,
): number[] {
  if (som % stap !== 0 || min % stap !== 0 || max % stap !== 0) {
    throw new RangeError(`verdeelSom: ${som}, ${min} en ${max} moeten veelvouden van ${stap} zijn`);
  }
  if (aantal * min > som || aantal * max < som) {
    throw new RangeError(`verdeelSom: ${aantal} getallen in [${min}, ${max}] kunnen nooit samen ${som} zijn`);
  }
  const waarden = Array.from({ length: aantal }, () => rng.geheel(min / stap, max / stap) * stap);
  let verschil = som - waarden.reduce((a, b) => a + b, 0);
  // Random one-step nudges keep the shape of the draw; each nudge that fits moves the sum by one step.
  while (verschil !== 0) {
    const i = rng.geheel(0, aantal - 1);
    const w = waarden[i] as number;
    if (verschil > 0 && w + stap <= max) {
      waarden[i] = w + stap;
      verschil -= stap;
    } else if (verschil < 0 && w - stap >= min) {
      waarden[i] = w - stap;
      verschil += stap;
    }
  }
  return waarden;
}
