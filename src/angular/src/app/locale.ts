import { registerLocaleForEsBuild } from '@abp/ng.core/locale';

const abpLocales = registerLocaleForEsBuild();

/**
 * Angular's locale data for the UI culture. ABP's list has no Vietnamese, our default culture, and answers
 * nothing (not a promise) for a culture it lacks, which ABP's startup cannot wait on.
 */
export function registerLocale(locale: string): Promise<unknown> {
  if (locale === 'vi' || locale.startsWith('vi-')) {
    return import('@angular/common/locales/vi');
  }
  return abpLocales(locale) ?? Promise.resolve();
}
