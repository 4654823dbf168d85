/** Raw HTTP over a `node:net` socket, for requests no HTTP client would send: the bytes go out exactly as given. */
import { connect } from 'node:net';

export interface RauwAntwoord {
  /** 0 when the server closed the connection without an answer. */
  status: number;
  headers: Map<string, string>;
  body: string;
}

/**
 * Sends `verzoek` and, unless `openLaten`, half-closes the connection, so the server sees the end of what the client
 * will ever send and must answer (or refuse) now. Resolves with the first response once the server has sent all of
 * it (Content-Length) or closed the connection; waits on the socket only, never on a clock.
 */
export function stuurRauw(
  poort: number,
  verzoek: string | Uint8Array,
  opties: { openLaten?: boolean } = {},
): Promise<RauwAntwoord> {
  return new Promise((resolve, reject) => {
    const socket = connect(poort, '127.0.0.1');
    const delen: Buffer[] = [];
    let klaar = false;
    const eind = () => {
      if (klaar) return;
      klaar = true;
      socket.destroy();
      resolve(leesAntwoord(Buffer.concat(delen)));
    };
    socket.on('data', (stuk: Buffer) => {
      delen.push(stuk);
      if (isVolledig(Buffer.concat(delen))) eind();
    });
    socket.on('end', eind);
    socket.on('close', eind);
    // A reset after the server's answer is the server closing hard; what came before still counts.
    socket.on('error', (fout: NodeJS.ErrnoException) => {
      if (fout.code === 'ECONNRESET' || fout.code === 'EPIPE') eind();
      else if (!klaar) reject(fout);
    });
    socket.write(verzoek, () => {
      if (!opties.openLaten) socket.end();
    });
  });
}

function splits(ruw: Buffer): { kop: string; body: Buffer } | null {
  const grens = ruw.indexOf('\r\n\r\n');
  if (grens < 0) return null;
  return { kop: ruw.subarray(0, grens).toString('latin1'), body: ruw.subarray(grens + 4) };
}

function isVolledig(ruw: Buffer): boolean {
  const delen = splits(ruw);
  if (!delen) return false;
  const lengte = /\r\ncontent-length:\s*(\d+)/i.exec(delen.kop);
  if (/^HTTP\/1\.1 304 /.test(delen.kop)) return true;
  return lengte !== null && delen.body.length >= Number(lengte[1]);
}

function leesAntwoord(ruw: Buffer): RauwAntwoord {
  const delen = splits(ruw);
  if (!delen) return { status: 0, headers: new Map(), body: ruw.toString('utf8') };
  const [statusRegel = '', ...regels] = delen.kop.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusRegel)?.[1] ?? 0);
  const headers = new Map<string, string>();
  for (const regel of regels) {
    const dubbelepunt = regel.indexOf(':');
    if (dubbelepunt > 0)
      headers.set(regel.slice(0, dubbelepunt).trim().toLowerCase(), regel.slice(dubbelepunt + 1).trim());
  }
  const lengte = Number(headers.get('content-length') ?? delen.body.length);
  return { status, headers, body: delen.body.subarray(0, lengte).toString('utf8') };
}
