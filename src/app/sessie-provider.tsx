/** Puts one session store in context; each App (and each test) gets its own, so sessions never leak between them. */
import type { ReactNode } from 'react';
import { SessieContext, type SessieOpslag } from '../api/sessie';

export function SessieProvider({ opslag, children }: { opslag: SessieOpslag; children: ReactNode }) {
  return <SessieContext value={opslag}>{children}</SessieContext>;
}
