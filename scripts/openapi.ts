/** `npm run openapi`: writes the OpenAPI 3.1 document generated from the contract to docs/openapi.json (`--check`: only compare). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { maakOpenapi } from '../src/contract/openapi';
import { OPENAPI_VERSIE } from '../mock-api/handlers/openapi';
import { isHoofdmodule } from '../mock-api/hoofdmodule';

export const OPENAPI_BESTAND = 'docs/openapi.json';

/** The document as committed: formatted by Prettier, as the repository's format check expects. */
export async function openapiTekst(): Promise<string> {
  const config = (await resolveConfig(OPENAPI_BESTAND)) ?? {};
  return format(JSON.stringify(maakOpenapi(OPENAPI_VERSIE), null, 2), {
    ...config,
    filepath: OPENAPI_BESTAND,
  });
}

if (isHoofdmodule(import.meta.url)) {
  const tekst = await openapiTekst();
  if (process.argv.includes('--check')) {
    const oud = readFileSync(OPENAPI_BESTAND, 'utf8');
    if (oud !== tekst) {
      console.error(`${OPENAPI_BESTAND} is verouderd: draai npm run openapi`);
      process.exitCode = 1;
    }
  } else {
    mkdirSync('docs', { recursive: true });
    writeFileSync(OPENAPI_BESTAND, tekst);
    console.log(`${OPENAPI_BESTAND} geschreven (${Object.keys(JSON.parse(tekst).paths).length} paden)`);
  }
}
