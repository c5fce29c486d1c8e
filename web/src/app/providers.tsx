import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ToastProvider } from '@/components/ToastProvider';
import { I18nProvider, type Locale } from '@/i18n';

export function AppProviders({ client, children, locale }: { client: QueryClient; children: ReactNode; locale?: Locale }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale}>
        <ToastProvider>{children}</ToastProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
