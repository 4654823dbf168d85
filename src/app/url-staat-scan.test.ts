/** A scan link in the URL state: the municipality's roles read the site and the planned facility, publiek and zorgaanbieder keep no trace of it. */
import { describe, expect, it } from 'vitest';
import { MAX_CAPACITEIT, MAX_VERGELIJK } from '../contract/draagkrachtscan';
import { MAX_LOCATIES, MAX_PLEKKEN } from '../domain/scan-filter';
import { scanVraag, vergelijkVraag } from '../domain/scan-vraag';
import { leesUrlStaat, schrijfUrlStaat, voorRol } from './url-staat';

const LINK =
  '?scan=4.48369,51.89268&scan-woonvorm=beschermd-wonen&scan-doelgroep=jongeren&scan-plekken=24&scan-aanbieder=za-04&scan-ringen=300,600';

describe('de draagkrachtscan in de link', () => {
  it.each(['draagkrachtscan', 'beheer'] as const)('%s: leest locatie en geplande voorziening', (rol) => {
    const staat = leesUrlStaat(LINK, rol);
    expect(scanVraag(staat.filters)).toEqual({
      positie: [4.48369, 51.89268],
      woonvorm: 'beschermd-wonen',
      doelgroep: 'jongeren',
      capaciteit: 24,
      aanbieder: 'za-04',
      ringen: [300, 600],
    });
    // Written back as it came.
    expect(schrijfUrlStaat('', { filters: staat.filters })).toBe(LINK);
  });

  it.each(['publiek', 'zorgaanbieder'] as const)(
    '%s: houdt er niets van over, ook niet na een rolwissel',
    (rol) => {
      const staat = leesUrlStaat(LINK, rol);
      expect(staat.filters).toEqual({});
      expect(schrijfUrlStaat('', { filters: staat.filters })).toBe('');
      const vanScan = voorRol(leesUrlStaat(LINK, 'draagkrachtscan'), rol);
      expect(schrijfUrlStaat('', { filters: vanScan.filters })).toBe('');
    },
  );

  it.each([
    ['buiten Rotterdam', '?scan=5.1,52.09', null],
    ['geen getal', '?scan=hier', null],
    ['te veel plekken', '?scan=4.48,51.89&scan-plekken=501', { capaciteit: undefined }],
    ['ringen niet oplopend', '?scan=4.48,51.89&scan-ringen=500,250', { ringen: undefined }],
  ])('laat een ongeldige waarde stil vallen: %s', (_, zoek, verwacht) => {
    const vraag = scanVraag(leesUrlStaat(zoek, 'draagkrachtscan').filters);
    if (verwacht === null) expect(vraag).toBeNull();
    else expect(vraag).toMatchObject({ positie: [4.48, 51.89], ...verwacht });
  });

  it('vergelijkt de bewaarde locaties met de huidige, de huidige één keer', () => {
    const staat = leesUrlStaat(
      '?scan=4.48,51.89&scan-plekken=24&scan-vergelijk=4.47,51.88;4.48,51.89;4.49,51.9',
      'draagkrachtscan',
    );
    expect(vergelijkVraag(staat.filters)).toEqual({
      locaties: [
        { label: 'Locatie A', lon: 4.47, lat: 51.88 },
        { label: 'Locatie B', lon: 4.49, lat: 51.9 },
        { label: 'Locatie C', lon: 4.48, lat: 51.89 },
      ],
      capaciteit: 24,
    });
    expect(
      vergelijkVraag(leesUrlStaat('?scan=4.48,51.89&scan-vergelijk=4.48,51.89', 'draagkrachtscan').filters),
    ).toBeNull();
    expect(leesUrlStaat('?scan-vergelijk=4.47,51.88', 'publiek').filters).toEqual({});
  });

  it('een dossier in de link: gelezen voor de gemeente, weggelaten voor de andere rollen', () => {
    expect(leesUrlStaat('?dossier=DKS-2026-0001', 'draagkrachtscan').filters).toEqual({
      dossier: 'DKS-2026-0001',
    });
    expect(leesUrlStaat('?dossier=DKS-2026-0001', 'beheer').filters).toEqual({ dossier: 'DKS-2026-0001' });
    expect(leesUrlStaat('?dossier=niet-een-nummer', 'draagkrachtscan').filters).toEqual({});
    for (const rol of ['publiek', 'zorgaanbieder'] as const) {
      expect(leesUrlStaat('?dossier=DKS-2026-0001', rol).filters).toEqual({});
      const vanScan = voorRol(leesUrlStaat('?dossier=DKS-2026-0001', 'draagkrachtscan'), rol);
      expect(schrijfUrlStaat('', { filters: vanScan.filters })).toBe('');
    }
  });

  it('houdt de grenzen van de filters gelijk aan die van het contract', () => {
    expect([MAX_PLEKKEN, MAX_LOCATIES]).toEqual([MAX_CAPACITEIT, MAX_VERGELIJK]);
  });
});
