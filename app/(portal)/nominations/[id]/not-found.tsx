import { getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/layout/not-found-message';

export default async function NominationNotFound() {
  const t = await getTranslations('nominationNotFound');
  return <NotFoundMessage title={t('title')} body={t('body')} href="/nominations" link={t('link')} />;
}
