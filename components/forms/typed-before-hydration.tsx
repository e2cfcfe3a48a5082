'use client';

import {
  Component,
  createContext,
  type ComponentType,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useFormWords } from './form-words';

// A form whose code loads in its own chunk (the `*-lazy.tsx` wrappers) is on screen, server-rendered,
// before it is live. Whatever a person types (or the browser autofills) in that moment is in the page,
// but react-hook-form, registering its fields as the form hydrates, writes its default values over it
// (or keeps it without counting it as typed, so no draft is saved). The boundary marks where the form
// is; the hook reads what was typed during the hydrating render (before react-hook-form touches the
// fields) and types it again once the form is live.

const BoundaryId = createContext<string | null>(null);
const MarkLive = createContext<(() => void) | null>(null);

/** How long a form may take to come alive before the person is told it is still loading. */
const SLOW_FORM_MS = 10_000;

function ReloadHint({ children }: { children: ReactNode }) {
  const { reload } = useFormWords();
  return (
    <div role="alert" className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-900">
      <p>{children}</p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 font-semibold text-slate-900"
      >
        {reload}
      </button>
    </div>
  );
}

function LoadFailed() {
  return <ReloadHint>{useFormWords().loadFailed}</ReloadHint>;
}

/** A form whose code could not be fetched (offline, a new deployment) says so instead of a dead button. */
class FormLoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    return <LoadFailed />;
  }
}

/** The lazily loaded form, telling its boundary once it is on screen and live (its code arrived). */
export function liveWhenMounted<P extends object>(Form: ComponentType<P>): ComponentType<P> {
  function LiveForm(props: P) {
    const markLive = useContext(MarkLive);
    useEffect(() => markLive?.(), [markLive]);
    return <Form {...props} />;
  }
  return LiveForm;
}

/** Wraps a lazily loaded form (layout-neutral: `display: contents`): if its code fails to load it
 * says so, and if it takes long it says it is still loading, with a way to reload. */
export function LazyFormBoundary({ children }: { children: ReactNode }) {
  const id = useId();
  const live = useRef(false);
  const [slow, setSlow] = useState(false);
  const { stillLoading } = useFormWords();
  const markLive = useCallback(() => {
    live.current = true;
    setSlow(false);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(!live.current), SLOW_FORM_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div id={id} className="contents">
      {slow ? <ReloadHint>{stillLoading}</ReloadHint> : null}
      <FormLoadFailure>
        <MarkLive.Provider value={markLive}>
          <BoundaryId.Provider value={id}>{children}</BoundaryId.Provider>
        </MarkLive.Provider>
      </FormLoadFailure>
    </div>
  );
}

const TEXT_TYPES = new Set(['text', 'email', 'url', 'search', 'tel', 'number', 'date', 'password']);

function typedIn(boundaryId: string): [string, string][] {
  const root = document.getElementById(boundaryId);
  if (!root) return [];
  const typed: [string, string][] = [];
  for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[name], textarea[name]')) {
    if (field instanceof HTMLInputElement && !TEXT_TYPES.has(field.type)) continue;
    // defaultValue is the value the server rendered (the attribute); anything else was typed.
    if (field.value !== field.defaultValue) typed.push([field.name, field.value]);
  }
  return typed;
}

/** Types a value into a field as a person would: React (and react-hook-form's onChange) see an input
 * event with a changed value, even when the field already shows it. */
function retype(field: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setNative = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  field.value = ''; // through React's value tracker: it now expects ''
  setNative?.call(field, value); // past it: the field shows the value
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Keeps what was typed into a lazily loaded form before it hydrated (see above). Call it in the
 * form's component, after its react-hook-form (and draft) hooks. */
export function useKeepTypedBeforeHydration(): void {
  const boundaryId = useContext(BoundaryId);

  // The first render of a hydrating form still sees the server's fields with what was typed in them.
  const [typed] = useState(() => (boundaryId && typeof document !== 'undefined' ? typedIn(boundaryId) : []));
  useEffect(() => {
    if (typed.length === 0 || !boundaryId) return;
    // After every effect of the form (a draft's watcher included), so it counts as typing.
    const timer = setTimeout(() => {
      const root = document.getElementById(boundaryId);
      for (const [name, value] of typed) {
        const field = root?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${CSS.escape(name)}"]`);
        if (field) retype(field, value);
      }
    }, 0);
    return () => clearTimeout(timer);
  }, [boundaryId, typed]);
}
