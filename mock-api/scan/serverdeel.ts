/**
 * What the scan endpoints need on the server only, loaded when a request comes: the dossier store (node:crypto via
 * the store) and pdfkit (node:fs for its fonts), which the browser demo's service worker must not bundle.
 */
export {
  corrigeer,
  leesVersies,
  lijstDossiers,
  maakDefinitief,
  maakDossier,
  wijzigConcept,
} from './dossiers';
export { rapportPdf } from './rapport-pdf';
