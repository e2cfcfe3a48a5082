type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonVariant = Variant;

/** Class names of a button, for links that look like buttons (the styles are app/globals.css's .btn-*). */
export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return extra ? `btn btn-${variant} ${extra}` : `btn btn-${variant}`;
}
