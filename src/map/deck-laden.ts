/**
 * The deck.gl renderer's chunk, fetched once per page: by the map when a signed-in role needs it, or earlier, while
 * the sign-in form is open, so that the work after a sign-in does not include downloading and evaluating deck.gl.
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
