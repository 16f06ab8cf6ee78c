import { storedKey, storeKey } from './keyStore.js';

const DEFAULT_REASON = "Paste an API key to send with every request (kept in this browser's localStorage).";
let pending = null;

/**
 * Opens the key dialog and resolves true once the user saved a key (false if they cancelled or cleared it).
 * Requests that fail together share one dialog.
 */
export function askForKey(reason = DEFAULT_REASON) {
  if (pending) return pending;
  const dialog = document.getElementById('key-dialog');
  const input = document.getElementById('key-input');
  document.getElementById('key-reason').textContent = reason;
  input.value = storedKey() ?? '';
  pending = new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        pending = null;
        const action = dialog.returnValue;
        if (action === 'save' && input.value.trim()) {
          storeKey(input.value.trim());
          resolve(true);
          return;
        }
        if (action === 'clear') storeKey(null);
        resolve(false);
      },
      { once: true },
    );
  });
  dialog.returnValue = '';
  dialog.showModal();
  input.focus();
  return pending;
}

/** The header's "API key" button: set or forget the key at any time. */
export function bindKeyButton(button, onChange) {
  const label = () => {
    button.textContent = storedKey() ? 'API key ✓' : 'API key';
  };
  label();
  button.addEventListener('click', async () => {
    const saved = await askForKey();
    label();
    if (saved) onChange?.();
  });
}
