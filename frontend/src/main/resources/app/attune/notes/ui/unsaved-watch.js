// Runs as the body of Element.executeJs on the note editor: `this` is the editor, $0 says "unsaved" and $1 says
// "unsaved, the server can't be reached". Drafts are kept on the server only (decision 009): nothing of the note is
// written to this browser's storage. Until the server has the text, the indicator says so and closing asks first.
const root = this, unsaved = $0, offline = $1;
const state = () => root.querySelector('.attune-save-state');
// 'loading' is any request in flight; only these two mean the server can't be reached.
const lost = () => !!(window.Vaadin && window.Vaadin.connectionState
    && ['reconnecting', 'connection-lost'].includes(window.Vaadin.connectionState.state));
if (root.__attuneNote) { return; }
root.__attuneNote = true;
root.addEventListener('input', () => {
  root.__unsaved = true;
  if (state()) { state().textContent = lost() ? offline : unsaved; }
});
if (window.Vaadin && window.Vaadin.connectionState
    && typeof window.Vaadin.connectionState.addStateChangeListener === 'function') {
  window.Vaadin.connectionState.addStateChangeListener(() => {
    if (root.__unsaved && lost() && state()) { state().textContent = offline; }
  });
}
window.addEventListener('beforeunload', e => {
  if (root.isConnected && root.__unsaved) { e.preventDefault(); e.returnValue = ''; }
});
