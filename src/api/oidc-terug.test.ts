import { describe, expect, it } from 'vitest';
import { neemOidcAntwoord, OIDC_WACHTSLEUTEL } from './oidc-terug';

function opslag(waarde: unknown) {
  return {
    getItem: (sleutel: string) =>
      sleutel === OIDC_WACHTSLEUTEL && waarde !== null ? JSON.stringify(waarde) : null,
  };
}

function geschiedenis() {
  const adressen: string[] = [];
  return {
    adressen,
    state: null,
    replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void adressen.push(String(url)),
  };
}

describe('neemOidcAntwoord', () => {
  it('takes code and state from the address and puts the app back where it was', () => {
    const g = geschiedenis();
    const antwoord = neemOidcAntwoord(
      { href: 'http://app.test/?code=abc&state=xyz&iss=http%3A%2F%2Fidp.test' },
      opslag({ terug: '/?woonvorm=opvang#x' }),
      g,
    );
    expect(antwoord?.get('code')).toBe('abc');
    expect(antwoord?.get('state')).toBe('xyz');
    expect(g.adressen).toEqual(['/?woonvorm=opvang#x']);
  });

  it('cleans the address of a refusal too, and ignores a return path to another origin', () => {
    const g = geschiedenis();
    const antwoord = neemOidcAntwoord(
      { href: 'http://app.test/?error=access_denied&state=xyz&beeld=1' },
      opslag({ terug: '//elders.test/' }),
      g,
    );
    expect(antwoord?.get('error')).toBe('access_denied');
    expect(g.adressen).toEqual(['/?beeld=1']);
  });

  it('leaves a page alone that waits for no provider, or has no answer in its address', () => {
    const g = geschiedenis();
    expect(neemOidcAntwoord({ href: 'http://app.test/?code=abc&state=xyz' }, opslag(null), g)).toBeNull();
    expect(
      neemOidcAntwoord({ href: 'http://app.test/?woonvorm=opvang' }, opslag({ terug: '/' }), g),
    ).toBeNull();
    expect(g.adressen).toEqual([]);
  });
});
