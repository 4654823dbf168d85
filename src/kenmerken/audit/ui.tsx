/** beheer's audit trail: who read or changed what, with the state of the hash chain. */
import { lazy } from 'react';
import type { KenmerkUi } from '../kenmerk';

const AuditPaneel = lazy(() => import('../../panels/audit-paneel').then((m) => ({ default: m.AuditPaneel })));

const ui: KenmerkUi = {
  id: 'audit',
  delen: [{ titel: 'Audittrail', Deel: () => <AuditPaneel />, rollen: ['beheer'] }],
};
export default ui;
