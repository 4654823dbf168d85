/** The facilities in the app shell: their layer-control lines (the list itself is the app's core, src/app/app.tsx). */
import { useSymboolgroepen } from '../../api/voorzieningen';
import { useVoorzieningenLagen } from './lagen';
import type { KenmerkUi } from '../kenmerk';

const ui: KenmerkUi = {
  id: 'voorzieningen',
  useKenmerk({ lagenAan }) {
    // The same request as the app's list: useSymboolgroepen shares one answer per session.
    return { lagen: useVoorzieningenLagen(useSymboolgroepen(), lagenAan) };
  },
};
export default ui;
