import { getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/layout/not-found-message';

export default async function NotFound() {
  const t = await getTranslations('errorPages');
  return <NotFoundMessage title={t('notFoundTitle')} body={t('notFoundText')} href="/dashboard" link={t('toDashboard')} />;
}
