import { inject, provideAppInitializer } from '@angular/core';
import { RoutesService, eLayoutType } from '@abp/ng.core';

// The home entry of ABP's menu; the modules add their own (Administration → Identity, Tenants, Settings).
export const APP_ROUTE_PROVIDER = [
  provideAppInitializer(() => {
    inject(RoutesService).add([
      {
        path: '/',
        name: '::Menu:Home',
        iconClass: 'fas fa-home',
        order: 1,
        layout: eLayoutType.application,
      },
    ]);
  }),
];
