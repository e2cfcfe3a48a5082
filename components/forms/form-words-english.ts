// The words every form shares, in English (the default, and program administration's), and their shape.
// A plain module: the root layout (a server component) reads the keys of these words, which it could not
// do through the client module that gives them to the forms (components/forms/form-words.tsx).

/** What the draft status under a form says; `savedAt` keeps its {time}. */
export type DraftStatusCopy = { saving: string; saved: string; savedAt: string; unsaved: string; discard: string };

/** What the spreadsheet uploads share (components/uploads/spreadsheet-upload.tsx); {placeholders} left in. */
export type UploadWords = {
  unreachable: string;
  checking: string;
  notAccepted: string;
  previewOf: string;
  rowsOne: string;
  rowsMany: string;
  refused: string;
  summaryReady: string;
  summaryRest: string;
  notRead: string;
  cannotImport: string;
  issues: string;
  issuesFirst: string;
  row: string;
  column: string;
  problem: string;
  wholeRow: string;
};

/** The words every form shares, in the page's language: its draft status, and what a lazily loaded form
 * says when its code is slow or fails to arrive. Read on the server by the root layout. */
export type FormWords = { draft: DraftStatusCopy; stillLoading: string; loadFailed: string; reload: string; upload: UploadWords };

export const ENGLISH_FORM_WORDS: FormWords = {
  draft: {
    saving: 'Saving draft…',
    saved: 'Draft saved',
    savedAt: 'Draft saved at {time}',
    unsaved: 'Not saved yet — your text is kept in this tab',
    discard: 'Discard draft',
  },
  stillLoading: 'This form is still loading. If it does not answer in a moment, reload the page.',
  loadFailed:
    'This form could not be loaded, so it cannot be sent yet. Check your connection and reload the page; what you typed in other forms is kept as a draft.',
  reload: 'Reload the page',
  upload: {
    unreachable: 'The upload did not reach the portal. Check your connection and try again; nothing was saved.',
    checking: 'Checking the file…',
    notAccepted: 'The file was not accepted',
    previewOf: 'Preview of {file}',
    rowsOne: '{count} row',
    rowsMany: '{count} rows',
    refused: '{rows} read; none can be saved from this file. Nothing is saved.',
    summaryReady: '{count} ready to save',
    summaryRest: ', {count} with problems. Nothing is saved yet.',
    notRead: 'Columns not read: {list}.',
    cannotImport: 'This file cannot be imported',
    issues: 'Rows that will not be saved',
    issuesFirst: 'Rows that will not be saved (the first {shown} of {total} problems)',
    row: 'Row',
    column: 'Column',
    problem: 'Problem',
    wholeRow: 'whole row',
  },
};
