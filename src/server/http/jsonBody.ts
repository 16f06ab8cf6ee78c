import express, { type RequestHandler, type Response } from 'express';
import { KgErrorCode } from '../../api';

export interface JsonBodyOptions {
  /** most bytes of a body without a valid key (MAX_BODY_BYTES) */
  anonymousBytes: number;
  /** most bytes of a body with one (2 × MAX_REPORT_BYTES + MAX_BODY_BYTES: a report and the JSON around it) */
  keyedBytes: number;
  /** whether the request carries a valid API key */
  keyed: (req: express.Request) => boolean;
}

/** 413 with a GraphQL-shaped JSON body naming the limit. */
export function payloadTooLarge(res: Response, limitBytes: number, keyed: boolean): void {
  const which = keyed ? 'with an API key' : 'without an API key (MAX_BODY_BYTES; ingesting a report needs a key)';
  res.status(413).json({
    errors: [{ message: `The request body is larger than ${limitBytes} bytes, the limit ${which}.`, extensions: { code: KgErrorCode.PAYLOAD_TOO_LARGE, limitBytes } }],
  });
}

/**
 * JSON bodies of /graphql, small for anonymous requests and large only for keyed ones (a report sent to
 * ingestReport). A body whose declared Content-Length is over the caller's limit is refused with 413 before a
 * byte of it is read; one without a length is read only up to the limit (body-parser stops there, 413 too).
 * Example: `app.use('/graphql', jsonBody({ anonymousBytes: 1 << 20, keyedBytes: 5 << 20, keyed }))`.
 */
export function jsonBody(options: JsonBodyOptions): RequestHandler {
  const anonymous = express.json({ limit: options.anonymousBytes });
  const keyed = express.json({ limit: options.keyedBytes });
  return (req, res, next) => {
    const withKey = options.keyed(req);
    const limit = withKey ? options.keyedBytes : options.anonymousBytes;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      payloadTooLarge(res, limit, withKey);
      return;
    }
    (withKey ? keyed : anonymous)(req, res, next);
  };
}
