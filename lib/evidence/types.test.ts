import { describe, expect, it } from 'vitest';
import { ContributionType } from '@/lib/generated/prisma/enums';
import { messagesFor } from '@/lib/i18n/messages';
import {
  CONTRIBUTION_TYPES,
  countsAsReach,
  describeMetrics,
  describeMetricsIn,
  METRIC_LABELS,
  metricsFor,
  REACH_METRIC_VALUES,
} from './types';

describe('contribution types', () => {
  it('asks each type for at least one reach metric, each named once', () => {
    for (const type of Object.values(ContributionType)) {
      expect(metricsFor(type).length, type).toBeGreaterThan(0);
      expect(new Set(metricsFor(type)).size).toBe(metricsFor(type).length);
      expect(CONTRIBUTION_TYPES[type].label).not.toBe('');
    }
  });

  it('asks a talk for attendees, a video for views and a book for copies sold', () => {
    expect(metricsFor('SPEAKING_CONFERENCE')).toContain('ATTENDEES');
    expect(metricsFor('SPEAKING_USER_GROUP')).toContain('ATTENDEES');
    expect(metricsFor('VIDEO')).toContain('VIEWS');
    expect(metricsFor('BOOK')).toContain('COPIES_SOLD');
    expect(metricsFor('BOOK')).not.toContain('ATTENDEES');
  });

  it('labels every metric, and does not add time on page to reach', () => {
    for (const m of REACH_METRIC_VALUES) expect(METRIC_LABELS[m]).not.toBe('');
    expect(countsAsReach('PAGE_VISIT_SECONDS')).toBe(false);
    expect(countsAsReach('SESSIONS')).toBe(false);
    expect(countsAsReach('VIEWS')).toBe(true);
    expect(countsAsReach('ATTENDEES')).toBe(true);
  });

  it('describes metrics in words', () => {
    expect(describeMetrics({ ATTENDEES: 85, VIEWS: 12000 })).toBe('12,000 views · 85 attendees');
    expect(describeMetrics({})).toBeNull();
    expect(describeMetrics({ SESSIONS: 1, COPIES_SOLD: 1, PAGE_VISIT_SECONDS: 240 })).toBe(
      '1 session · 1 copy sold · 4 min average time on page',
    );
  });

  it('describes metrics in Spanish by their labels, with Spanish numbers, and in English as before', () => {
    const words = { metrics: messagesFor('es').evidenceForm.metrics, numberLocale: 'es-ES' };
    expect(describeMetricsIn({ ATTENDEES: 85, VIEWS: 12000 }, words)).toBe('Visualizaciones: 12.000 · Asistentes: 85');
    expect(describeMetricsIn({ SESSIONS: 1 }, words)).toBe('Sesiones: 1');
    expect(describeMetricsIn({}, words)).toBeNull();
    expect(describeMetricsIn({ ATTENDEES: 85, VIEWS: 12000 }, null)).toBe('12,000 views · 85 attendees');
  });
});
