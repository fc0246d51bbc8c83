import type { Metadata, Viewport } from "next";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { NavigationStatus } from "@/components/layout/navigation-status";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { MessagesProvider } from "@/lib/i18n/client";
import { getClientMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("appDescription") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-3 focus:py-2">
          {t("skipToContent")}
        </a>
        {/* Its own boundary: it reads the query string; the pages keep rendering in the shell (404s stay 404s). */}
        <Suspense fallback={null}>
          <NavigationStatus label={t("loading")} />
        </Suspense>
        <MessagesProvider locale={locale} messages={getClientMessages(locale)}>
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
            {children}
          </main>
        </MessagesProvider>
        <SiteFooter />
      </body>
    </html>
  );
}
