import type { TokenRow } from '@/lib/api-tokens/queries';
import { formatInstant } from '@/lib/format';
import { RevokeTokenButton } from './revoke-token-button';
import { TableHead } from '@/components/ui/table';
import { fillMessage } from '@/lib/i18n/fill';
import type { TokenTableCopy } from './token-copy';

/** A list of API tokens: never their secrets, only the first characters to tell them apart. */
export function TokenTable({
  tokens,
  timeZone,
  caption,
  copy,
}: {
  tokens: TokenRow[];
  timeZone: string;
  caption: string;
  copy: TokenTableCopy;
}) {
  const instant = (date: Date) => formatInstant(date, timeZone, copy.locale);
  if (tokens.length === 0) return <p className="text-sm text-slate-700">{copy.none}</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          columns={[
            copy.name,
            copy.starts,
            copy.may,
            copy.status,
            copy.lastUsed,
            copy.created,
            <span key="actions" className="sr-only">
              {copy.actions}
            </span>,
          ]}
        />
        <tbody>
          {tokens.map((t) => (
            <tr key={t.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">
                {t.name}
              </th>
              <td className="py-2 pr-3 font-mono">{t.prefix}…</td>
              <td className="py-2 pr-3">{t.scopes.join(', ')}</td>
              <td className="py-2 pr-3">
                {copy.statuses[t.status]}
                <span className="block text-xs text-slate-700">
                  {t.status === 'REVOKED' && t.revokedAt
                    ? fillMessage(copy.revokedBy, { name: t.revokedBy ?? copy.someone, date: instant(t.revokedAt) })
                    : fillMessage(t.status === 'EXPIRED' ? copy.expiredOn : copy.until, { date: instant(t.expiresAt) })}
                </span>
              </td>
              <td className="py-2 pr-3">{t.lastUsedAt ? instant(t.lastUsedAt) : copy.never}</td>
              <td className="py-2 pr-3">
                {instant(t.createdAt)}
                <span className="block text-xs text-slate-700">{fillMessage(copy.createdBy, { name: t.createdBy })}</span>
              </td>
              <td className="py-2">{t.status === 'ACTIVE' ? <RevokeTokenButton tokenId={t.id} name={t.name} copy={copy} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
