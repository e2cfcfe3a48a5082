/** An agreement's text in a scrollable region a keyboard can reach. */
export function AgreementText({ title, body }: { title: string; body: string }) {
  return (
    <section
      aria-label={title}
      tabIndex={0}
      className="max-h-60 overflow-y-auto whitespace-pre-wrap rounded-md border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800"
    >
      {body}
    </section>
  );
}
