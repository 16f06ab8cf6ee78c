import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { KgErrorCode } from '../../api';

/** Node's parser errors that a client caused, by the status Node itself would answer. */
const STATUS_BY_PARSER_CODE: Record<string, number> = {
  HPE_HEADER_OVERFLOW: 431,
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 413,
  ERR_HTTP_REQUEST_TIMEOUT: 408,
};

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers over 16 KiB, such as a GET with a huge
 * query string; malformed request lines) answer like every other refusal: their status and a GraphQL-shaped JSON
 * body, instead of Node's empty one. Example: `answerClientErrors(http.createServer(app))`.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = STATUS_BY_PARSER_CODE[error.code ?? ''] ?? 400;
    const message = status === 431 ? 'The request headers are too large (at most 16 KiB): send a long query in a POST body.' : `The request could not be read: ${STATUS_CODES[status]}.`;
    const body = JSON.stringify({ errors: [{ message, extensions: { code: status === 413 ? KgErrorCode.PAYLOAD_TOO_LARGE : 'BAD_REQUEST' } }] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
