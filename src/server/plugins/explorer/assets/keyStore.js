// The API key the user pasted, kept in localStorage so that it survives reloads and is shared by the explorer
// and the report pages of this origin.
const KEY_STORAGE = 'policy-kg.apiKey';

export function storedKey() {
  try {
    return localStorage.getItem(KEY_STORAGE) || null;
  } catch {
    return null; // storage disabled: the pages still work on servers that need no key
  }
}

export function storeKey(key) {
  if (key) localStorage.setItem(KEY_STORAGE, key);
  else localStorage.removeItem(KEY_STORAGE);
}
