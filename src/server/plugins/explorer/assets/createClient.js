import { askForKey } from './askForKey.js';
import { storedKey } from './keyStore.js';

/** The server wants a key (HTTP 401 or code UNAUTHENTICATED): the user can paste one and the call is retried. */
export class AuthError extends Error {}

/** A GraphQL error answer; `code` is the first error's `extensions.code`. */
export class GraphQLRequestError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

async function post(endpoint, query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const key = storedKey();
  if (key) headers.authorization = `Bearer ${key}`;
  const res = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await res.json().catch(() => null);
  const first = body?.errors?.[0];
  if (res.status === 401 || first?.extensions?.code === 'UNAUTHENTICATED') {
    throw new AuthError(first?.message ?? 'This server needs an API key.');
  }
  if (first) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('\n'), first.extensions?.code);
  if (!res.ok || !body) throw new GraphQLRequestError(`The server answered HTTP ${res.status}.`, 'HTTP');
  return body.data;
}

/**
 * A GraphQL client for the page: `const gql = createClient('/graphql'); await gql(QUERY, vars)` → data.
 * When the server wants a key it asks the user for one (askForKey.js) and retries, so a server started with
 * REQUIRE_KEY_FOR_READS works once a key is pasted.
 */
export function createClient(endpoint) {
  return async function gql(query, variables = {}) {
    // Three chances to paste a working key, then the error reaches the caller.
    for (let attempt = 0; ; attempt++) {
      try {
        return await post(endpoint, query, variables);
      } catch (error) {
        if (!(error instanceof AuthError) || attempt >= 3) throw error;
        const reason = storedKey() ? 'The server did not accept the stored key. Paste another one:' : `${error.message} Paste one to continue:`;
        if (!(await askForKey(reason))) throw error;
      }
    }
  };
}
