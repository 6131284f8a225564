import type { Portal } from './portal.ts';

/**
 * The portals Amtspass ships with (docs/PORTALS.md). Origins are exact: scheme, host and port; no
 * wildcards. `https://elternbeitraege.test` is provisional (docs/PORTALS.md §8: the real origin is unknown).
 */
export const SHIPPED_PORTALS: readonly Portal[] = [
  {
    id: 'bundid',
    name: 'BundID',
    origins: ['https://id.bund.de', 'https://int.id.bund.de'],
    eidOrigins: ['https://id.bund.de', 'https://int.id.bund.de'],
    requiredTrust: 'low',
    startPath: '/de/login',
    loginSignals: ['Benutzername & Passwort', 'Online-Ausweis', 'ELSTER-Zertifikat', 'Europäische ID', 'Konto erstellen'],
    fieldOverrides: [],
    // "Nutzerkonto Bund" was BundID's name until 2022; brokers still label buttons with it.
    identityNames: ['bundid', 'bund id', 'nutzerkonto bund'],
  },
  {
    id: 'servicekonto-nrw',
    name: 'Servicekonto.NRW',
    origins: ['https://servicekonto.nrw', 'https://www.servicekonto.nrw'],
    eidOrigins: ['https://servicekonto.nrw', 'https://www.servicekonto.nrw'],
    requiredTrust: 'low',
    startPath: '/serviceaccount/login',
    loginSignals: ['Benutzername*', 'Passwort*', 'ANMELDEN', 'Passwort vergessen', 'Benutzername vergessen'],
    fieldOverrides: [],
    identityNames: ['servicekonto nrw'],
    retired: true,
  },
  {
    id: 'krz-buergerserviceportal',
    name: 'Bürgerservice-Portal (krz)',
    origins: ['https://www.buergerserviceportal.nrw'],
    eidOrigins: ['https://www.buergerserviceportal.nrw'],
    requiredTrust: 'low',
    startPath: '/krz/classic/login',
    loginSignals: ['Anmelden mit Benutzername', 'Mit Online-Ausweis anmelden', 'Registrieren'],
    fieldOverrides: [],
  },
  {
    id: 'kreis-herford',
    name: 'Serviceportal Kreis Herford',
    origins: ['https://service.kreis-herford.de'],
    eidOrigins: [],
    requiredTrust: 'low',
    startPath: '/',
    loginSignals: ['Zur Bund-ID', 'BundID – Zur Anmeldung'],
    fieldOverrides: [],
  },
  {
    id: 'paderborn',
    name: 'Serviceportal Stadt Paderborn',
    origins: ['https://mein-digiport.de'],
    eidOrigins: [],
    requiredTrust: 'low',
    startPath: '/',
    loginSignals: ['Zur Bund-ID', 'BundID – Zur Anmeldung', 'Zum Servicekonto.NRW'],
    fieldOverrides: [],
  },
  {
    id: 'servicekonto-sh',
    name: 'Servicekonto Schleswig-Holstein',
    origins: ['https://service.schleswig-holstein.de', 'https://idp.serviceportal.schleswig-holstein.de'],
    eidOrigins: ['https://idp.serviceportal.schleswig-holstein.de'],
    requiredTrust: 'low',
    startPath: '/Verwaltungsportal/Login.aspx',
    loginSignals: ['Mit Benutzername und Passwort', 'Mit Online-Ausweisfunktion', 'Mit anderem Servicekonto'],
    fieldOverrides: [],
    identityNames: ['servicekonto schleswig holstein', 'servicekonto sh'],
  },
  {
    id: 'elternbeitraege',
    name: 'Elternbeiträge Online',
    origins: ['https://elternbeitraege.test'],
    eidOrigins: ['https://elternbeitraege.test'],
    requiredTrust: 'low',
    startPath: '/login',
    loginSignals: ['Mit Personalausweis anmelden', 'Über Servicekonto anmelden'],
    fieldOverrides: [],
    provisional: true,
  },
  {
    id: 'justiz',
    name: 'Justiz-Services (service.justiz.de)',
    origins: ['https://service.justiz.de'],
    eidOrigins: [],
    requiredTrust: 'low',
    startPath: '/',
    loginSignals: [],
    // a2j's `title` is the academic title; `kontoinhaber` may be anyone, so it is never filled.
    fieldOverrides: [{ name: 'title', kind: 'doctoralDegree' }, { name: 'kontoinhaber', kind: null }],
  },
];

/** Every origin of every shipped portal: the manifest's host permissions. */
export function shippedOrigins(): string[] {
  return SHIPPED_PORTALS.flatMap((portal) => portal.origins);
}
