/** Individual client homes per buurt: a side-panel section for the municipality's roles only (protected counts). */
import { lazy } from 'react';
import { Rol } from '../../contract/common';
import { RECHTEN } from '../../domain/roles';
import type { KenmerkUi } from '../kenmerk';

// Lazy: no other role downloads it; its counts load when it is opened.
const IndividueleWoningenPaneel = lazy(() =>
  import('../../panels/individuele-woningen-paneel').then((m) => ({ default: m.IndividueleWoningenPaneel })),
);

const ui: KenmerkUi = {
  id: 'individuele-woningen',
  delen: [
    {
      titel: 'Individuele woningen',
      Deel: ({ onDoel }) => <IndividueleWoningenPaneel onDoel={onDoel} />,
      rollen: Rol.options.filter((rol) => RECHTEN[rol].individueleWoningen),
    },
  ],
};
export default ui;
