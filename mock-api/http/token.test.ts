/** Where the signing secret comes from, and which secrets are refused before the server starts. */
import { describe, expect, it, vi } from 'vitest';
import { geheimVoorModus, zwakGeheim } from './token';

const stil = () => undefined;

describe('zwakGeheim / HKD_JWT_SECRET', () => {
  it.each([
    ['32 spaces', ' '.repeat(32)],
    ['31 characters', 'abcdefghijklmnopqrstuvwxyz01234'],
    ['short, padded with spaces to 40', `${'abcdefghijklmnop'}${' '.repeat(24)}`],
    ['one character 64 times', 'a'.repeat(64)],
    ['a short word repeated', 'geheim'.repeat(8)],
    ['tabs and newlines', '\t\n'.repeat(20)],
  ])('refuses %s', (_naam, geheim) => {
    expect(zwakGeheim(geheim)).toMatch(/HKD_JWT_SECRET/);
    expect(() => geheimVoorModus('server', { HKD_JWT_SECRET: geheim }, stil)).toThrow(/HKD_JWT_SECRET is te/);
  });

  it('accepts 48 random bytes in base64, and uses them without surrounding whitespace', () => {
    const geheim = Buffer.from(crypto.getRandomValues(new Uint8Array(48))).toString('base64');
    expect(zwakGeheim(geheim)).toBeNull();
    const bytes = geheimVoorModus('server', { HKD_JWT_SECRET: ` ${geheim}\n` }, stil);
    expect(new TextDecoder().decode(bytes)).toBe(geheim);
  });

  it('without HKD_JWT_SECRET: a random secret for the process, and it says so', async () => {
    // A fresh module, as in a new process: test files share their worker's modules (vitest.config.ts), and another
    // file may already have made this worker's secret.
    vi.resetModules();
    const { geheimVoorModus: vers } = await import('./token');
    const meldingen: string[] = [];
    const a = vers('server', {}, (m) => meldingen.push(m));
    const b = vers('server', {}, (m) => meldingen.push(m));
    expect(a.length).toBe(32);
    expect(b).toBe(a);
    expect(meldingen).toHaveLength(1);
  });
});
