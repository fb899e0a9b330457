export { renderEventsNote } from './events-note.js';
export { formatNoteTime, NOTE_TIME_ZONE } from './note-time.js';
export {
  digiNoteInterface,
  isAutoresolveNote,
  isClientReminderNote,
  isDigiRebootNote,
  isReopenNote,
  isTriageNote,
  linkBlocksOfNote,
  outageTypeOfNote,
  TRIAGE_CONTINUATION_HEADER,
  type NoteLinkBlock,
} from './note-patterns.js';
export { splitNote } from './split-note.js';
export {
  renderAutoresolveNote,
  renderClientReminderNote,
  renderDigiRebootNote,
  renderTaskResultNote,
} from './system-notes.js';
export { renderTriageNote, type TriageNoteInput } from './triage-note.js';
export { eventInterface, eventsNewestFirst, latestEvent, type VcoEvent } from './vco-event.js';
