/** The audit trail for `beheer`: filtered and paged, and the check of its hash chain. Read only: nothing changes it. */
import { http, type HttpHandler } from 'msw';
import { AuditAntwoord, AuditControleAntwoord } from '../../src/contract/audit';
import { AuditQuery, PADEN } from '../../src/contract/endpoints';
import type { ApiContext } from '../context';
import { alleenBeheer, geenOpslag, ongeldigeInvoer } from '../http/fout';
import { leesQuery } from '../http/invoer';
import { json, route } from '../http/route';

const STANDAARD_LIMIET = 100;

export function maakAuditHandlers(ctx: ApiContext): HttpHandler[] {
  return [
    http.get(
      ctx.basis + PADEN.audit,
      route(ctx, async ({ url, gebruiker }) => {
        alleenBeheer(gebruiker.rol, 'De audittrail');
        const query = leesQuery(url, AuditQuery);
        if (query.van && query.tot && query.van > query.tot) {
          throw ongeldigeInvoer(`van ${query.van} ligt na tot ${query.tot}`, 'van');
        }
        if (!ctx.diensten) throw geenOpslag('De audittrail');
        // What is still waiting in the batch belongs in the list too.
        await ctx.audit.leeg();
        const limiet = query.limiet ?? STANDAARD_LIMIET;
        const regels = await ctx.diensten.leesAudit({ ...query, limiet: limiet + 1 });
        const pagina = regels.slice(0, limiet);
        const volgende = regels.length > limiet ? (pagina.at(-1)?.volgnummer ?? null) : null;
        return json(AuditAntwoord, { rol: 'beheer', regels: pagina, volgende }, { rolAfhankelijk: true });
      }),
    ),
    http.get(
      ctx.basis + PADEN.auditControle,
      route(ctx, async ({ gebruiker }) => {
        alleenBeheer(gebruiker.rol, 'De controle van de audittrail');
        if (!ctx.diensten) throw geenOpslag('De audittrail');
        await ctx.audit.leeg();
        return json(AuditControleAntwoord, await ctx.diensten.controleerAudit(), { rolAfhankelijk: true });
      }),
    ),
  ];
}
