/** beheer's import of the inventory from CSV or Excel: template, dry run, confirmation, report. */
import { lazy } from 'react';
import type { KenmerkUi } from '../kenmerk';

const ImportPaneel = lazy(() =>
  import('../../panels/import-paneel').then((m) => ({ default: m.ImportPaneel })),
);

const ui: KenmerkUi = {
  id: 'importeren',
  delen: [{ titel: 'Importeren', Deel: () => <ImportPaneel />, rollen: ['beheer'] }],
};
export default ui;
