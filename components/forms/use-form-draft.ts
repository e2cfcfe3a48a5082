'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { clearDraftAction, saveDraftAction } from '@/lib/drafts/actions';
import { mergeDraft } from '@/lib/drafts/merge';

export type DraftState = 'idle' | 'pending' | 'saved' | 'unsaved';

export type SavedDraft = { data: unknown; savedAt: string };

type Options<T> = {
  /** Which form: "nomination.new", "evidence.edit.<id>", ... */
  formKey: string;
  /** Whose draft: keeps the copy in this tab from being restored for someone else signing in here. */
  userId: string;
  /** The form's values without any draft (what "Discard draft" goes back to). */
  defaults: T;
  /** The draft the server held when the page was rendered (restore it with initialValuesWithDraft). */
  initial: SavedDraft | null;
  /** Quiet time after the last keystroke before the draft is saved. */
  delayMs?: number;
};

type LocalCopy = { data: unknown; at: string };

const storageKeyOf = (userId: string, formKey: string) => `form-draft:${userId}:${formKey}`;

function readLocal(key: string): LocalCopy | null {
  try {
    const raw = window.sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

function writeLocal(key: string, data: unknown): void {
  try {
    window.sessionStorage.setItem(key, JSON.stringify({ data, at: new Date().toISOString() }));
  } catch {
    // A full or disabled storage only loses the tab copy; the server draft is still tried.
  }
}

function removeLocal(key: string): void {
  try {
    window.sessionStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}

/** The values a form starts with: its defaults with the server's draft laid over them. */
export function initialValuesWithDraft<T extends FieldValues>(defaults: T, initial: SavedDraft | null): T {
  return initial ? mergeDraft(defaults, initial.data) : defaults;
}

/** Saves what a person types in a react-hook-form as a draft: a copy in this tab at every change,
 * and on the server ~800 ms after they stop typing, so nothing typed is lost to a failed submit, a
 * time-out, a reload or a closed tab. Restores a newer tab copy on load (the server's draft is
 * restored by initialValuesWithDraft before the form is created). Call clear() once the form was
 * submitted successfully. */
export function useFormDraft<T extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<T, C, O>, options: Options<T>) {
  const { formKey, userId, defaults, initial, delayMs = 800 } = options;
  const storageKey = storageKeyOf(userId, formKey);
  const [state, setState] = useState<DraftState>(initial ? 'saved' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(initial?.savedAt ?? null);
  const [hasDraft, setHasDraft] = useState(Boolean(initial));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<T | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());
  const paused = useRef(false);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const data = pending.current;
    if (!data || paused.current) return;
    pending.current = null;
    const save = async () => {
      try {
        const result = await saveDraftAction({ formKey, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown> });
        if (paused.current) return;
        if (result.ok) {
          setSavedAt(result.data.savedAt);
          setState(pending.current ? 'pending' : 'saved');
        } else {
          setState('unsaved');
        }
      } catch {
        if (!paused.current) setState('unsaved');
      }
    };
    inFlight.current = inFlight.current.then(save);
    await inFlight.current;
  }, [formKey]);

  useEffect(() => {
    // A copy in this tab newer than the server's draft (the last save failed, or never ran) wins.
    const local = readLocal(storageKey);
    if (local && (!initial || local.at > initial.savedAt)) {
      form.reset(mergeDraft(defaults, local.data), { keepDefaultValues: true });
      pending.current = form.getValues();
      timer.current = setTimeout(() => {
        setHasDraft(true);
        void flush();
      }, 0);
    }
    const subscription = form.watch((values, info) => {
      // reset() (restoring, or after a successful submit) is not typing.
      if (paused.current || (!info.name && !info.type)) return;
      pending.current = values as T;
      writeLocal(storageKey, values);
      setHasDraft(true);
      setState('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    });
    const onPageHide = () => void flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the page inside the quiet time still saves what was typed.
      if (pending.current) void flush();
    };
    // Restoring runs once per form; the options are fixed for a form's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form, storageKey]);

  /** Forgets the draft, here and on the server (after the form was submitted). */
  const clear = useCallback(async () => {
    paused.current = true;
    clearTimeout(timer.current);
    pending.current = null;
    removeLocal(storageKey);
    await inFlight.current.catch(() => undefined);
    await clearDraftAction({ formKey }).catch(() => null);
    paused.current = false;
    setHasDraft(false);
    setState('idle');
    setSavedAt(null);
  }, [formKey, storageKey]);

  /** Throws the draft away and puts the form back to its defaults. */
  const discard = useCallback(async () => {
    await clear();
    form.reset(defaults);
  }, [clear, form, defaults]);

  return { state, savedAt, hasDraft, clear, discard };
}
