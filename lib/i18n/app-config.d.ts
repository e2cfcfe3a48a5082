// Types next-intl's keys and locales: t('layout.signIn') is checked against the English messages
// (next-intl re-exports use-intl's AppConfig, so the augmentation goes to use-intl).
import type { Locale } from './locales';
import type { Messages } from './messages';

declare module 'use-intl' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- only an interface merges
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
