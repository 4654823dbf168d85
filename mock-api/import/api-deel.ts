/**
 * What the import endpoints need on the server, in one module the handlers load only when a request comes: it pulls
 * in exceljs, csv-parse and the store (node:crypto), which the browser demo's service worker must not bundle.
 */
export { GEEN_GEOCODER } from './geocoder';
export { schrijfCsv, schrijfXlsx } from './tabel';
export { importeerVoorzieningen, VOORZIENING_VOORBEELD } from './voorzieningen';
