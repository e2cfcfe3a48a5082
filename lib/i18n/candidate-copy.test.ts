// The candidate's pages now read words from the messages that the code also keeps in English (for admin
// pages, CSV help, service messages): the English messages must say exactly what the code says, or an
// English reader would see two wordings of one thing.
import { describe, expect, it } from 'vitest';
import { createTranslator } from 'use-intl/core';
import { RENEWAL_STATUS_COPY } from '@/lib/awards/lifecycle';
import { CSV_COLUMNS } from '@/lib/evidence/csv';
import { CONTRIBUTION_TYPES, METRIC_LABELS } from '@/lib/evidence/types';
import { NOMINATION_STATUS_COPY } from '@/lib/nominations/lifecycle';
import { localizeAppError } from './app-errors';
import { messagesFor } from './messages';

const en = messagesFor('en');
const es = messagesFor('es');

describe('candidate pages’ English messages', () => {
  it('say the renewal and nomination statuses as the lifecycles do', () => {
    expect(en.renewalStatus).toEqual(RENEWAL_STATUS_COPY);
    for (const [status, copy] of Object.entries(NOMINATION_STATUS_COPY)) {
      expect(en.nominationStatus[status as keyof typeof NOMINATION_STATUS_COPY].label).toBe(copy.label);
    }
  });

  it('name contribution types and reach metrics as lib/evidence/types.ts does', () => {
    for (const [type, info] of Object.entries(CONTRIBUTION_TYPES)) {
      expect(en.evidenceForm.types[type as keyof typeof CONTRIBUTION_TYPES]).toBe(info.label);
    }
    expect(en.evidenceForm.metrics).toEqual(METRIC_LABELS);
  });

  it('explain every CSV column as the importer does, and in Spanish too', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'evidenceImport' });
    const tEs = createTranslator({ locale: 'es', messages: es, namespace: 'evidenceImport' });
    for (const column of CSV_COLUMNS) {
      if (column.metric) {
        expect(t('metricHelp', { metric: en.evidenceForm.metrics[column.metric] })).toBe(column.help);
        continue;
      }
      const key = `columns.${column.name}` as 'columns.type';
      expect(t(key), column.name).toBe(column.help);
      expect(tEs(key), column.name).not.toBe(column.help);
    }
  });
});

describe('candidate services’ failure messages', () => {
  it('are said in Spanish to a Spanish reader, renewal refusals from lib/awards/lifecycle.ts included', () => {
    expect(localizeAppError('Only the MVP who holds this award can renew it.', 'es')).toBe(
      'Solo el MVP titular de este premio puede renovarlo.',
    );
    expect(localizeAppError('You cannot endorse your own nomination.', 'es')).toBe('No puedes respaldar tu propia nominación.');
    expect(localizeAppError('You cannot endorse your own nomination.', 'en')).toBe('You cannot endorse your own nomination.');
  });
});
