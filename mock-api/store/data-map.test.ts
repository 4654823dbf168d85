import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { neemDataMap, opslagUitOmgeving, zonderWachtwoord } from './data-map';
import { OpslagFout } from './opslag';

const mappen: string[] = [];
function nieuweMap(): string {
  const map = mkdtempSync(join(tmpdir(), 'hkd-map-'));
  mappen.push(map);
  return map;
}
afterEach(() => {
  for (const map of mappen.splice(0)) rmSync(map, { recursive: true, force: true });
});

/** The pid of a process that has ended: a lock it held is stale. */
function pidVanGestoptProces(): number {
  const uitkomst = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(uitkomst.stdout.toString());
}

describe('the data folder lock', () => {
  it('refuses a second opener while the first holds the folder, and says who holds it', () => {
    const map = nieuweMap();
    const geefVrij = neemDataMap(map, 'server', 'http://127.0.0.1:8787');
    try {
      // A lock of this process: the same as a second process would find, apart from the pid check.
      expect(() => neemDataMap(map, 'cli')).toThrow(OpslagFout);
    } finally {
      geefVrij();
    }
    expect(existsSync(join(map, 'in-gebruik.json'))).toBe(false);
    neemDataMap(map, 'cli')();
  });

  it('refuses when another live process holds it', () => {
    const map = nieuweMap();
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(
      join(map, 'in-gebruik.json'),
      JSON.stringify({
        pid: process.ppid,
        gebruiker: 'server',
        sinds: '2026-12-07T10:00:00Z',
        url: 'http://x',
      }),
    );
    let fout: unknown;
    try {
      neemDataMap(map, 'cli');
    } catch (f) {
      fout = f;
    }
    expect(fout).toBeInstanceOf(OpslagFout);
    expect((fout as OpslagFout).code).toBe('map_in_gebruik');
    expect((fout as OpslagFout).message).toMatch(/in gebruik door de HKD-server op http:\/\/x \(proces \d+/);
  });

  it('takes over a lock left by a process that is gone', () => {
    const map = nieuweMap();
    writeFileSync(
      join(map, 'in-gebruik.json'),
      JSON.stringify({ pid: pidVanGestoptProces(), gebruiker: 'server', sinds: '2026-12-07T10:00:00Z' }),
    );
    const geefVrij = neemDataMap(map, 'cli');
    geefVrij();
    expect(existsSync(join(map, 'in-gebruik.json'))).toBe(false);
  });
});

describe('the store the environment names', () => {
  it('is PostgreSQL with DATABASE_URL, the folder otherwise', () => {
    expect(opslagUitOmgeving({ DATABASE_URL: 'postgres://u:p@h/db' })).toEqual({
      databaseUrl: 'postgres://u:p@h/db',
    });
    expect(opslagUitOmgeving({ HKD_DATA_DIR: '/tmp/x' })).toEqual({ dataMap: '/tmp/x' });
    expect(opslagUitOmgeving({}).dataMap).toMatch(/\.hkd-data$/);
    expect(() => opslagUitOmgeving({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres:\/\//);
  });

  it('never logs a password', () => {
    expect(zonderWachtwoord('postgres://hkd:geheim@db:5432/hkd')).toBe('postgres://hkd:***@db:5432/hkd');
  });
});
