/** The API key dialog both pages share (askForKey.js drives it). */
export const KEY_DIALOG_HTML = `<dialog id="key-dialog">
  <form method="dialog" id="key-form">
    <h2>API key</h2>
    <p id="key-reason">Paste an API key to send with every request (kept in this browser's localStorage).</p>
    <input id="key-input" type="password" autocomplete="off" placeholder="key" aria-label="API key">
    <menu><button type="submit" value="save">Save</button><button type="submit" value="clear">Forget key</button><button type="submit" value="cancel">Cancel</button></menu>
  </form>
</dialog>`;
