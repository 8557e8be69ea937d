import { Environment } from '@abp/ng.core';

// The host serves this app at /angular/ on its own origin: the API, the token endpoint and the app
// share one origin, so no CORS and no address to configure per deployment.
const origin = window.location.origin;

export const environment = {
  production: true,
  application: {
    baseUrl: `${origin}/angular`,
    name: 'Nhân đạo',
  },
  // No responseType 'code': ABP's password flow, with ABP's own login page and its tenant switch.
  oAuthConfig: {
    issuer: `${origin}/`,
    clientId: 'Humanitarian_App',
    scope: 'offline_access Humanitarian',
    requireHttps: false,
  },
  apis: {
    default: {
      url: origin,
      rootNamespace: 'Humanitarian',
    },
  },
  localization: {
    defaultResourceName: 'Humanitarian',
  },
} as Environment;
