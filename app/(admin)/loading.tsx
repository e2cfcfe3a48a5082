export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="py-10 text-center text-slate-700">
      Loading…
    </div>
  );
}
