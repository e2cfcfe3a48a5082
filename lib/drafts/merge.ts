// Restoring a draft onto a form: only the form's own fields, and only values of the type the form
// expects, so an old draft (saved before a form changed) can never put garbage into a field.

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The form's values with the draft's values laid over them where they fit. */
export function mergeDraft<T extends Record<string, unknown>>(defaults: T, draft: unknown): T {
  if (!isPlainObject(draft)) return defaults;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, base] of Object.entries(defaults)) {
    if (!(key in draft)) continue;
    const value = draft[key];
    if (typeof base === 'string' && typeof value === 'string') out[key] = value;
    else if (typeof base === 'boolean' && typeof value === 'boolean') out[key] = value;
    else if (typeof base === 'number' && typeof value === 'number' && Number.isFinite(value)) out[key] = value;
    else if (Array.isArray(base) && Array.isArray(value)) out[key] = value.filter((v) => typeof v === 'string');
    else if (isPlainObject(base) && isPlainObject(value)) {
      // Open-ended maps (e.g. reach metrics by name) keep string entries.
      const merged: Record<string, unknown> = { ...base };
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'boolean') merged[k] = v;
      out[key] = merged;
    }
  }
  return out as T;
}
