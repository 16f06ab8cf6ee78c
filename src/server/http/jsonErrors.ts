import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { KgErrorCode } from '../../api';

/** What Express and body-parser attach to the errors they raise (http-errors). */
interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  /** false when the message is not for clients */
  expose?: boolean;
}

function codeFor(status: number): string {
  if (status === 413) return KgErrorCode.PAYLOAD_TOO_LARGE;
  if (status === 415) return KgErrorCode.UNSUPPORTED_MEDIA_TYPE;
  if (status < 500) return 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * The last handlers of the app: errors that happen before or outside Apollo (a body that is not JSON, too large,
 * in an unsupported charset or encoding) answer with their status and a GraphQL-shaped JSON body, like every
 * other refusal, instead of Express's HTML page with a stack trace; an unknown path answers 404 the same way.
 * Internal errors are logged and masked.
 */
export function jsonErrors(logger: Logger): { notFound: RequestHandler; errors: ErrorRequestHandler } {
  return {
    notFound: (req, res) => {
      res.status(404).json({ errors: [{ message: `Nothing at ${req.method} ${req.path}.`, extensions: { code: KgErrorCode.NOT_FOUND } }] });
    },
    errors: (error: HttpError, req, res, next) => {
      if (res.headersSent) {
        next(error);
        return;
      }
      const raw = error.status ?? error.statusCode ?? 500;
      const status = Number.isInteger(raw) && raw >= 400 && raw < 600 ? raw : 500;
      const client = status < 500 && error.expose !== false;
      if (!client) logger.error({ err: error, path: req.path }, 'internal error in an HTTP request');
      res.status(status).json({ errors: [{ message: client ? error.message : 'Internal server error', extensions: { code: codeFor(status) } }] });
    },
  };
}
