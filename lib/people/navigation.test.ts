import { describe, expect, it } from 'vitest';
import { makeViewer } from '@/tests/support/viewer';
import { navigationFor } from './navigation';

const labels = (viewer: Parameters<typeof navigationFor>[0]) => navigationFor(viewer).map((i) => i.label);

describe('navigationFor', () => {
  it('shows nothing to a signed-out visitor', () => {
    expect(navigationFor(null)).toEqual([]);
  });

  it('shows a candidate their own pages only', () => {
    expect(navigationFor(makeViewer())).toEqual([
      { href: '/dashboard', label: 'Dashboard' },
      { href: '/nominations', label: 'Nominations' },
      { href: '/evidence', label: 'Evidence' },
      { href: '/mct', label: 'MCT' },
      { href: '/profile', label: 'Profile' },
    ]);
  });

  it('adds Reviews for a reviewer', () => {
    expect(labels(makeViewer({ roles: ['REVIEWER'] }))).toEqual(['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Reviews', 'Profile']);
  });

  it('adds the ISC provider area for provider staff', () => {
    const items = navigationFor(makeViewer({ providerIds: ['northwind'] }));
    expect(items.map((i) => i.label)).toEqual(['Dashboard', 'Nominations', 'Evidence', 'MCT', 'ISC provider', 'Profile']);
    expect(items.find((i) => i.label === 'ISC provider')?.href).toBe('/provider');
  });

  it('adds Admin for an admin', () => {
    const items = navigationFor(makeViewer({ roles: ['ADMIN'] }));
    expect(items.map((i) => i.label)).toEqual(['Dashboard', 'Nominations', 'Evidence', 'MCT', 'Admin', 'Profile']);
    expect(items.find((i) => i.label === 'Admin')?.href).toBe('/admin');
  });

  it('offers MCT enrollment to every signed-in person', () => {
    for (const viewer of [makeViewer(), makeViewer({ roles: ['ADMIN'] }), makeViewer({ providerIds: ['a'] })]) {
      expect(navigationFor(viewer)).toContainEqual({ href: '/mct', label: 'MCT' });
    }
  });

  it('gives an employee (a nominator) no staff areas', () => {
    expect(labels(makeViewer({ roles: ['EMPLOYEE'], isEmployee: true, canNominate: true }))).toEqual([
      'Dashboard',
      'Nominations',
      'Evidence',
      'MCT',
      'Profile',
    ]);
  });

  it('shows every area, once each, to someone holding every role', () => {
    expect(labels(makeViewer({ roles: ['ADMIN', 'REVIEWER', 'EMPLOYEE'], providerIds: ['a', 'b'] }))).toEqual([
      'Dashboard',
      'Nominations',
      'Evidence',
      'MCT',
      'Reviews',
      'ISC provider',
      'Admin',
      'Profile',
    ]);
  });
});
