import type { BruinNoteToAppend } from '@automation-engine/contracts/bruin';
import type { BruinAdvancedNotesRequest } from '@automation-engine/vendor-apis';

/** The engine's notes as Bruin's advanced-notes body: private notes are `CON`, others `ADN`. */
export function toAdvancedNotes(notes: readonly BruinNoteToAppend[]): BruinAdvancedNotesRequest {
  return {
    notes: notes.map((note) => ({
      noteValue: note.text,
      ...(note.service_number === undefined ? {} : { serviceNumber: note.service_number }),
      ...(note.detail_id === undefined ? {} : { detailId: note.detail_id }),
      noteType: note.is_private === true ? 'CON' : 'ADN',
    })),
  };
}
