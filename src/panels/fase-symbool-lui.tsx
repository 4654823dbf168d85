/**
 * The phase symbol, fetched when first shown: its shapes (stijl/fase-vormen.ts) belong to the roles that see
 * phases, so a resident's first visit never downloads them. Until it arrives, an empty box of the same size keeps the
 * layout still.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { FaseSymbool as Symbool } from './fase-symbool';

const Lui = lazy(() => import('./fase-symbool').then((m) => ({ default: m.FaseSymbool })));

export function FaseSymbool(props: ComponentProps<typeof Symbool>) {
  const grootte = props.grootte ?? 20;
  return (
    <Suspense
      fallback={
        <span
          className="fase-symbool fase-symbool--laden"
          style={{ display: 'inline-block', width: grootte, height: grootte }}
          aria-hidden="true"
        />
      }
    >
      <Lui {...props} />
    </Suspense>
  );
}
