'use client';

import type { ComponentProps, MouseEvent } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { buttonClass, type ButtonVariant } from './button-class';

/** A button. Until the page is live it is disabled as asked (a press would send the bare HTML form); once
 * live, a disabled button stays focusable (aria-disabled) and ignores presses: a form disables its button
 * while it is sent, and a focused button that turns disabled drops focus to the page, where a keyboard
 * user's next Tab starts again from the top. */
export function Button({
  variant = 'primary',
  className = '',
  disabled,
  onClick,
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  const live = useHydrated();
  if (!live || !disabled) {
    return <button className={buttonClass(variant, className)} disabled={disabled} onClick={onClick} {...props} />;
  }
  const ignore = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();
  return <button className={buttonClass(variant, className)} aria-disabled="true" onClick={ignore} {...props} />;
}
