/** The Monitor's three answers: the escalatieladder parsed with the caller's role schema, outflow and RGW the same for everyone. */
import type { z } from 'zod';
import type { Rol } from '../contract/common';
import { PADEN } from '../contract/endpoints';
import {
  EscalatieladderGemeente,
  EscalatieladderPubliek,
  EscalatieladderZorgaanbieder,
  RgwMonitorAntwoord,
  UitstroomAntwoord,
} from '../contract/monitor';
import { maakBron, type BronToestand } from './bron';
import { vraag } from './client';
import { useSessie, type Sessie } from './sessie';

const LADDER_SCHEMA = {
  publiek: EscalatieladderPubliek,
  zorgaanbieder: EscalatieladderZorgaanbieder,
  draagkrachtscan: EscalatieladderGemeente,
  beheer: EscalatieladderGemeente,
} as const satisfies Record<Rol, z.ZodType>;

export type LadderVoorRol =
  | z.infer<typeof EscalatieladderPubliek>
  | z.infer<typeof EscalatieladderZorgaanbieder>
  | z.infer<typeof EscalatieladderGemeente>;

export function haalEscalatieladder(sessie: Sessie, signal?: AbortSignal): Promise<LadderVoorRol> {
  const rol = sessie.gebruiker.rol;
  return vraag(PADEN.monitorEscalatieladder, LADDER_SCHEMA[rol], {
    signal,
    token: sessie.token,
    verwachteRol: rol,
  });
}

const ladder = maakBron(
  (signal, sessie: Sessie) => haalEscalatieladder(sessie, signal),
  (sessie) => JSON.stringify([sessie.gebruiker.rol, sessie.token]),
);

export function useEscalatieladder(): BronToestand<LadderVoorRol> {
  const sessie = useSessie();
  return ladder.useBron([sessie]);
}

const uitstroom = maakBron(
  (signal) => vraag(PADEN.monitorUitstroom, UitstroomAntwoord, { signal }),
  () => 'uitstroom',
  { perRol: false },
);

export function useUitstroom(): BronToestand<UitstroomAntwoord> {
  return uitstroom.useBron([]);
}

const rgw = maakBron(
  (signal) => vraag(PADEN.monitorRgw, RgwMonitorAntwoord, { signal }),
  () => 'rgw',
  { perRol: false },
);

export function useRgwMonitor(): BronToestand<RgwMonitorAntwoord> {
  return rgw.useBron([]);
}
