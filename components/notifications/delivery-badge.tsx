import { DELIVERY_STATE_LABELS, type DeliveryState } from '@/lib/notifications/status';

const TONES: Record<DeliveryState, string> = {
  QUEUED: 'bg-slate-100 text-slate-900',
  RETRYING: 'bg-amber-100 text-amber-900',
  SENDING: 'bg-sky-100 text-sky-900',
  SENT: 'bg-green-100 text-green-900',
  FAILED: 'bg-red-100 text-red-900',
  DIGESTED: 'bg-violet-100 text-violet-900',
  SUPPRESSED: 'bg-slate-200 text-slate-800',
};

/** An email's delivery state as a labelled badge (the words carry it; colour only helps). */
export function DeliveryBadge({ state }: { state: DeliveryState }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONES[state]}`}>
      {DELIVERY_STATE_LABELS[state]}
    </span>
  );
}

/** An email's HTML part, shown in a sandboxed frame: no scripts, no same-origin access, never part of the page's DOM. */
export function EmailHtmlFrame({ html, title, height = 420 }: { html: string; title: string; height?: number }) {
  return (
    <iframe
      sandbox=""
      srcDoc={html}
      title={title}
      referrerPolicy="no-referrer"
      className="w-full rounded-md border border-slate-300 bg-white"
      style={{ height }}
    />
  );
}
