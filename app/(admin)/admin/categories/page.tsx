import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { CategoryForm, FocusAreaForm } from '@/components/categories/catalogue-forms';
import { ActionButton } from '@/components/ui/action-button';
import { Card, PageHeader } from '@/components/ui/card';
import { requireRole } from '@/lib/auth/guards';
import { reorderCatalogueAction, retireCatalogueEntryAction } from '@/lib/categories/actions';
import { listCategoryCatalogue } from '@/lib/categories/queries';

export const metadata: Metadata = { title: 'Award categories' };

type Entry = { kind: 'category' | 'focusArea'; id: string; version: number; name: string; isActive: boolean };

/** Up, down, retire or offer again: the buttons of one catalogue entry. */
function EntryButtons({ entry, first, last }: { entry: Entry; first: boolean; last: boolean }) {
  const base = { kind: entry.kind, id: entry.id, version: entry.version };
  return (
    <div className="flex flex-wrap gap-2">
      {first ? null : (
        <ActionButton
          action={reorderCatalogueAction}
          input={{ ...base, direction: 'up' }}
          label="Up"
          accessibleName={`Move ${entry.name} up`}
        />
      )}
      {last ? null : (
        <ActionButton
          action={reorderCatalogueAction}
          input={{ ...base, direction: 'down' }}
          label="Down"
          accessibleName={`Move ${entry.name} down`}
        />
      )}
      <ActionButton
        action={retireCatalogueEntryAction}
        input={{ ...base, retired: entry.isActive }}
        label={entry.isActive ? 'Retire' : 'Offer again'}
        accessibleName={entry.isActive ? `Retire ${entry.name}` : `Offer ${entry.name} again`}
        confirm={entry.isActive ? `Retire ${entry.name}? It stays on past records and is no longer offered.` : undefined}
      />
    </div>
  );
}

export default async function CategoriesPage() {
  const viewer = await requireRole(['ADMIN'], '/admin/categories');
  const categories = await listCategoryCatalogue(viewer);
  return (
    <div className="space-y-6">
      <AdminNav />
      <PageHeader
        title="Award categories"
        description="The categories and focus areas nominations, evidence and awards name, in the order people see them. Nothing is deleted: a retired one stays on past records and is no longer offered. Each cycle chooses the categories it takes nominations in."
      />
      <Card title="Add a category">
        <CategoryForm idPrefix="new-category" initial={{ version: 0, name: '', description: '' }} />
      </Card>
      {categories.map((c, i) => (
        <Card key={c.id} title={`${c.name}${c.isActive ? '' : ' (retired)'}`}>
          <div className="space-y-4 text-sm">
            <p className="text-slate-700">
              {c.description || 'No description.'} {c._count.nominations} nominations and {c._count.awards} awards name it.
              {c.cycles.length > 0 ? ` Taken by ${c.cycles.map((x) => x.cycle.name).join(', ')}.` : ' No cycle takes it at present.'}
            </p>
            <EntryButtons entry={{ ...c, kind: 'category' }} first={i === 0} last={i === categories.length - 1} />
            <details>
              <summary className="cursor-pointer font-medium text-brand-700">Rename {c.name}</summary>
              <div className="mt-3">
                <CategoryForm
                  idPrefix={`category-${c.id}`}
                  initial={{ id: c.id, version: c.version, name: c.name, description: c.description }}
                />
              </div>
            </details>
            <section aria-label={`Focus areas of ${c.name}`} className="space-y-3">
              <h3 className="font-semibold">Focus areas</h3>
              <ul className="divide-y divide-slate-200">
                {c.focusAreas.map((f, j) => (
                  <li key={f.id} className="space-y-2 py-2">
                    <p>
                      <span className="font-medium">{f.name}</span>
                      {f.isActive ? '' : ' (retired)'} · {f._count.nominations} nominations, {f._count.awards} awards
                    </p>
                    <EntryButtons entry={{ ...f, kind: 'focusArea' }} first={j === 0} last={j === c.focusAreas.length - 1} />
                    <details>
                      <summary className="cursor-pointer text-brand-700">Rename {f.name}</summary>
                      <div className="mt-2">
                        <FocusAreaForm
                          idPrefix={`focus-${f.id}`}
                          label={`New name of ${f.name}`}
                          initial={{ categoryId: c.id, id: f.id, version: f.version, name: f.name }}
                        />
                      </div>
                    </details>
                  </li>
                ))}
              </ul>
              <FocusAreaForm
                idPrefix={`new-focus-${c.id}`}
                label={`New focus area of ${c.name}`}
                initial={{ categoryId: c.id, version: 0, name: '' }}
              />
            </section>
          </div>
        </Card>
      ))}
    </div>
  );
}
