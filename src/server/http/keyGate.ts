import type { Request, RequestHandler, Response } from 'express';
import { KgErrorCode } from '../../api';
import { callerFromHeader } from '../apiKeys';

export interface KeyGateOptions {
  /** API keys by key (parseApiKeys) */
  keys: Map<string, string>;
  /** REQUIRE_KEY_FOR_READS: every request needs a valid key, but for the anonymous paths */
  required: boolean;
}

/**
 * The one gate for reads. With REQUIRE_KEY_FOR_READS every request needs a valid `Authorization: Bearer <key>`
 * (GraphQL, exports, report pages, anything a plugin adds later): the gate answers the others 401 before any
 * route runs. Only the paths declared anonymous pass without a key: the health probes, and pages and files
 * that hold nothing from the database (the playground and explorer shells, which then ask for a key).
 * Deny by default, so a new route is covered without anyone remembering to.
 * Example: `gate.allowAnonymous('/explore', '/explore-assets/')` (a trailing slash allows everything below).
 */
export class KeyGate {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];

  constructor(private readonly options: KeyGateOptions) {}

  /** true when requests need a key whatever they read */
  get required(): boolean {
    return this.options.required;
  }

  /** The name of the key the request carries, or null (none, or one that is not in API_KEYS). */
  caller(req: Request): string | null {
    return callerFromHeader(req.headers.authorization, this.options.keys);
  }

  /** True when keys are required and the request has no valid one (anonymous paths included). */
  refuses(req: Request): boolean {
    return this.options.required && this.caller(req) === null;
  }

  /**
   * Paths anyone may GET whatever REQUIRE_KEY_FOR_READS says; a path ending in `/` covers everything below it,
   * but for `/` itself, the root page alone (as a prefix it would open every route).
   */
  allowAnonymous(...paths: string[]): void {
    for (const p of paths) {
      if (p.endsWith('/') && p !== '/') this.prefixes.push(p);
      else this.exact.add(p);
    }
  }

  isAnonymous(req: Request): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    return this.exact.has(req.path) || this.prefixes.some((p) => req.path.startsWith(p));
  }

  /** 401 with a GraphQL-shaped JSON body, as /graphql answers. */
  refuse(res: Response): void {
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer')
      .json({ errors: [{ message: 'This server needs an API key for every request: send "Authorization: Bearer <key>".', extensions: { code: KgErrorCode.UNAUTHENTICATED } }] });
  }

  /** Express middleware, mounted before every route. */
  readonly middleware: RequestHandler = (req, res, next) => {
    if (this.refuses(req) && !this.isAnonymous(req)) {
      this.refuse(res);
      return;
    }
    next();
  };
}
