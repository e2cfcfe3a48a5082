type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonVariant = Variant;

const styles: Record<Variant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400 aria-disabled:bg-slate-400',
  secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 disabled:text-slate-500 aria-disabled:text-slate-500',
  ghost: 'text-brand-700 hover:bg-brand-50',
  danger: 'bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400 aria-disabled:bg-slate-400',
};

const base =
  'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold transition-colors disabled:cursor-not-allowed aria-disabled:cursor-not-allowed';

/** Class names of a button, for links that look like buttons. */
export function buttonClass(variant: Variant = 'primary', extra = ''): string {
  return `${base} ${styles[variant]} ${extra}`;
}
