/**
 * The app shell's side of every feature (each folder's `ui.tsx`), in register order. Found by their file name, so a
 * feature is its folder and its line in register.ts; a feature without a `ui.tsx` has nothing in the shell.
 */
import type { KenmerkUi } from './kenmerk';
import { KENMERKEN } from './register';

const UI = import.meta.glob<KenmerkUi>('./*/ui.tsx', { eager: true, import: 'default' });

/** Features whose `ui.tsx` names another id than its folder are a mistake: found at start, not at a click. */
function controleer(id: string, ui: KenmerkUi | undefined): KenmerkUi | [] {
  if (!ui) return [];
  if (ui.id !== id) throw new Error(`src/kenmerken/${id}/ui.tsx noemt zich '${ui.id}'`);
  return ui;
}

export const KENMERK_UI: readonly KenmerkUi[] = KENMERKEN.flatMap((k) =>
  controleer(k.id, UI[`./${k.id}/ui.tsx`]),
);
