import { TOKEN_STATUS_COPY } from '@/lib/api-tokens/rules';
import type { TokenRow } from '@/lib/api-tokens/queries';
import { formatInstant } from '@/lib/format';
import { RevokeTokenButton } from './revoke-token-button';
import { TableHead } from '@/components/ui/table';

/** A list of API tokens: never their secrets, only the first characters to tell them apart. */
export function TokenTable({ tokens, timeZone, caption }: { tokens: TokenRow[]; timeZone: string; caption: string }) {
  if (tokens.length === 0) return <p className="text-sm text-slate-700">No tokens yet.</p>;
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead
          columns={[
            'Name',
            'Token starts',
            'May',
            'Status',
            'Last used',
            'Created',
            <span key="actions" className="sr-only">
              Actions
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
                {TOKEN_STATUS_COPY[t.status].label}
                <span className="block text-xs text-slate-700">
                  {t.status === 'REVOKED' && t.revokedAt
                    ? `by ${t.revokedBy ?? 'someone'}, ${formatInstant(t.revokedAt, timeZone)}`
                    : t.status === 'EXPIRED'
                      ? `on ${formatInstant(t.expiresAt, timeZone)}`
                      : `until ${formatInstant(t.expiresAt, timeZone)}`}
                </span>
              </td>
              <td className="py-2 pr-3">{t.lastUsedAt ? formatInstant(t.lastUsedAt, timeZone) : 'Never'}</td>
              <td className="py-2 pr-3">
                {formatInstant(t.createdAt, timeZone)}
                <span className="block text-xs text-slate-700">by {t.createdBy}</span>
              </td>
              <td className="py-2">{t.status === 'ACTIVE' ? <RevokeTokenButton tokenId={t.id} name={t.name} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
