// The production build under its own Content-Security-Policy: the headers `vite preview` sends (as `npm run serve`
// does), and a map that draws for publiek and the draagkrachtscan without a single violation of the policy.
import { describe, expect, it } from 'vitest';
import { logInViaScherm, openApp } from './app';
import { basisUrl, browserPerBestand, DESKTOP, metSessie, wachtOpKaart } from './browser';

const browser = browserPerBestand();

/** Collects the page's CSP violations from the first script on, before the app's own. */
const SCHENDINGEN_VOLGEN = `
  window.hkdCspSchendingen = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.hkdCspSchendingen.push(e.violatedDirective + ' ' + e.blockedURI);
  });
`;

describe('security headers and the CSP in Chromium', () => {
  it('the page and the API through the proxy send the headers', async () => {
    const pagina = await fetch(`${basisUrl()}/`);
    const csp = pagina.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(pagina.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pagina.headers.get('referrer-policy')).toBe('no-referrer');
    const api = await fetch(`${basisUrl()}/api/meta`);
    expect(api.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('publiek, then the draagkrachtscan (deck.gl layers): the map draws and nothing is blocked', async () => {
    await metSessie(
      await browser(),
      DESKTOP,
      'csp',
      async (sessie) => {
        await openApp(sessie);
        await logInViaScherm(sessie, 'Draagkrachtscan');
        await wachtOpKaart(sessie);
        const schendingen = await sessie.page.evaluate(
          () => (window as unknown as { hkdCspSchendingen?: string[] }).hkdCspSchendingen ?? [],
        );
        expect(schendingen).toEqual([]);
        expect(sessie.fouten.filter((f) => /Content Security Policy/i.test(f))).toEqual([]);
      },
      { voorScript: SCHENDINGEN_VOLGEN },
    );
  });
});
