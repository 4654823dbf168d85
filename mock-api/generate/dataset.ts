/** The seeded demo dataset the mock API serves: one call builds everything, and the default one is built once. */
import { dagVanIso } from './datum';
import { STANDAARD_PEILDATUM, STANDAARD_SEED, type DatasetOpties, type DemoDataset } from './dataset-types';
import { maakBuurten, maakPc4Gebieden, maakWijken } from './gebieden';
import { maakIndividueleWoningen } from './individuele-woningen';
import { maakMonitorReeksen } from './monitor';
import { maakRgw } from './rgw';
import { maakVoorzieningen } from './voorzieningen';
import { alsOrganisatie, GEMEENTE, ZORGAANBIEDERS } from './zorgaanbieders';

interface VolledigeOpties {
  seed: number;
  peildatum: string;
  rgwAantalStad: number | undefined;
}

function vulAan(opties: DatasetOpties = {}): VolledigeOpties {
  const peildatum = opties.peildatum ?? STANDAARD_PEILDATUM;
  dagVanIso(peildatum); // throws on a date that does not exist
  return { seed: opties.seed ?? STANDAARD_SEED, peildatum, rgwAantalStad: opties.rgwAantalStad };
}

function sleutel(o: VolledigeOpties): string {
  return `${o.seed}|${o.peildatum}|${o.rgwAantalStad ?? 'focus'}`;
}

/** Builds a fresh dataset every call; handlers want `maakDemoDataset`, tests of determinism want this. */
export function genereerDemoDataset(opties?: DatasetOpties): DemoDataset {
  const o = vulAan(opties);
  return {
    seed: o.seed,
    peildatum: o.peildatum,
    zorgaanbieders: ZORGAANBIEDERS.map(alsOrganisatie),
    gemeente: alsOrganisatie(GEMEENTE),
    voorzieningen: maakVoorzieningen(o.seed, o.peildatum),
    buurten: maakBuurten(o.seed),
    wijken: maakWijken(),
    pc4: maakPc4Gebieden(),
    individueleWoningen: maakIndividueleWoningen(o.seed, o.peildatum),
    rgw: maakRgw({ seed: o.seed, peildatum: o.peildatum, aantalStad: o.rgwAantalStad }),
    monitor: maakMonitorReeksen(o.peildatum),
  };
}

const STANDAARD_SLEUTEL = sleutel(vulAan());
let standaard: DemoDataset | null = null;
// One slot for any other options: a benchmark with a million cases must not pin the previous one in memory.
let laatste: { sleutel: string; dataset: DemoDataset } | null = null;

/**
 * The dataset for these options, memoised: the default dataset is built once per process, and the most
 * recent non-default one is kept until other options are asked for. Callers must treat it as read-only.
 */
export function maakDemoDataset(opties?: DatasetOpties): DemoDataset {
  const o = vulAan(opties);
  const k = sleutel(o);
  if (k === STANDAARD_SLEUTEL) {
    standaard ??= genereerDemoDataset(o);
    return standaard;
  }
  if (laatste?.sleutel !== k) {
    laatste = null; // let the previous one go before building the next
    laatste = { sleutel: k, dataset: genereerDemoDataset(o) };
  }
  return laatste.dataset;
}
