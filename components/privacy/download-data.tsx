import { buttonClass } from '@/components/ui/button';

const EXPORT_PATH = '/api/me/data-export';

/** "Download my data": a POST (it records the export, and a GET never writes), answered with the
 * JSON file, so the page stays where it is. */
export function DownloadDataButton({ label = 'Download my data' }: { label?: string }) {
  return (
    <form method="post" action={EXPORT_PATH}>
      <button type="submit" className={buttonClass('primary')}>
        {label}
      </button>
    </form>
  );
}

/** The same download as a phrase inside running text: the button submits a form placed beside the
 * paragraph (a form cannot sit inside one). Render `<DownloadDataForm />` once outside the text. */
export function DownloadDataInline({ children }: { children: React.ReactNode }) {
  return (
    <button type="submit" form="download-data" className="font-medium text-brand-700 underline">
      {children}
    </button>
  );
}

/** The form DownloadDataInline submits. */
export function DownloadDataForm() {
  return <form id="download-data" method="post" action={EXPORT_PATH} hidden />;
}
