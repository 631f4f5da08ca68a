// Runs as the body of Element.executeJs on the note editor after a save: $0 is the sections the server saved and $1
// says "unsaved". If a section holds more than was saved (typed meanwhile), the indicator keeps saying unsaved.
const saved = $0;
const newer = [...this.querySelectorAll('[data-section]')]
    .some(area => area.value !== (saved[area.dataset.section] || ''));
const state = this.querySelector('.attune-save-state');
if (!newer) { this.__unsaved = false; } else if (state) { state.textContent = $1; }
