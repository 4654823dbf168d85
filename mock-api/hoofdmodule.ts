/** Whether a module is the script node was started with (`tsx mock-api/server.ts`), not imported by another. */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `moduleUrl`: the caller's `import.meta.url`. */
export function isHoofdmodule(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
