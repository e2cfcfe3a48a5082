import type { ComponentProps, ReactNode } from 'react';

type FieldProps = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
};

/** A labelled form field with its hint and its error message beside it, wired for screen readers. */
export function Field({ id, label, error, hint, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A text field's look (app/globals.css). */
export const inputClass = 'field-input';

export function Input(props: ComponentProps<'input'>) {
  return <input className={inputClass} {...props} />;
}

export function Select(props: ComponentProps<'select'>) {
  return <select className={inputClass} {...props} />;
}

/** The options of a select of named records (categories, focus areas, cycles): each record's id, shown by its name. */
export function NamedOptions({ items }: { items: readonly { id: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.id} value={item.id}>
      {item.name}
    </option>
  ));
}

/** The options of a select of fixed values, each shown by its label (`{ value: label }`, in order). */
export function LabelledOptions({ labels }: { labels: Readonly<Record<string, string>> }) {
  return Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}

/** A box to tick with its words beside it and, below, why it must be ticked, wired for screen readers
 * (`input` takes the form library's registration of the field). */
export function CheckboxField({
  id,
  label,
  error,
  input,
  labelClassName = 'flex items-start gap-2 text-sm',
}: {
  id: string;
  label: ReactNode;
  error?: ReactNode;
  input: ComponentProps<'input'>;
  labelClassName?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <>
      <label className={labelClassName}>
        <input type="checkbox" className="mt-1" aria-invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} {...input} />
        <span>{label}</span>
      </label>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}
