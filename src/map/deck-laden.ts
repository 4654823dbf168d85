/**
 * The deck.gl renderer's chunk, fetched once per page: as soon as the map knows a signed-in role (on a reload with a
 * stored session, before the map itself exists), or earlier, while the sign-in form is open, so that neither a first
 * visit nor the work after a sign-in waits for downloading and evaluating deck.gl after the map has started.
 */
import type { MaakTekenaar } from './tekenaar';

let laden: Promise<MaakTekenaar> | null = null;

export function laadDeckTekenaar(): Promise<MaakTekenaar> {
  laden ??= import('./deck-tekenaar').then(
    (m) => m.maakDeckTekenaar,
    (oorzaak: unknown) => {
      // A failed download (offline for a moment) may be tried again by the next caller.
      laden = null;
      throw oorzaak;
    },
  );
  return laden;
}

/**
 * Starts the download without waiting for it (idempotent, cheap to call on every render): a failure is left to the
 * caller that needs the renderer, which asks again and says so.
 */
export function startDeckTekenaar(): void {
  laadDeckTekenaar().catch(() => undefined);
}

/**
 * Runs `doe` once the frame being prepared now has been painted (two animation frames: the first runs before that
 * frame is drawn, the second after it was on screen); at once where there are no animation frames (jsdom).
 * For work that must not hold up a frame the user is waiting for, such as deck.gl's first draw, which compiles its
 * shaders.
 */
export function naGetekendBeeld(doe: () => void): () => void {
  if (typeof requestAnimationFrame !== 'function') {
    doe();
    return () => undefined;
  }
  let binnen = 0;
  let geannuleerd = false;
  const eerste = requestAnimationFrame(() => {
    binnen = requestAnimationFrame(() => {
      if (!geannuleerd) doe();
    });
  });
  return () => {
    geannuleerd = true;
    cancelAnimationFrame(eerste);
    if (binnen) cancelAnimationFrame(binnen);
  };
}
