import { ApplicationConfig, provideZoneChangeDetection } from '@angular/core';
import { provideAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { provideAbpCore, withOptions } from '@abp/ng.core';
import { provideAbpOAuth } from '@abp/ng.oauth';
import { provideAbpThemeShared } from '@abp/ng.theme.shared';
import { provideThemeBasicConfig } from '@abp/ng.theme.basic';
import { provideAccountConfig } from '@abp/ng.account/config';
import { provideIdentityConfig } from '@abp/ng.identity/config';
import { provideTenantManagementConfig } from '@abp/ng.tenant-management/config';
import { provideSettingManagementConfig } from '@abp/ng.setting-management/config';
import { provideFeatureManagementConfig } from '@abp/ng.feature-management';
import { environment } from '../environments/environment';
import { registerLocale } from './locale';
import { APP_ROUTE_PROVIDER } from './route.provider';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    // ABP's packages are built for zone-based change detection (Angular 21 is zoneless by default).
    provideZoneChangeDetection(),
    provideRouter(appRoutes),
    provideAnimations(),
    APP_ROUTE_PROVIDER,
    provideAbpCore(withOptions({ environment, registerLocaleFn: registerLocale })),
    provideAbpOAuth(),
    provideAbpThemeShared(),
    provideThemeBasicConfig(),
    provideAccountConfig(),
    provideIdentityConfig(),
    provideTenantManagementConfig(),
    provideSettingManagementConfig(),
    provideFeatureManagementConfig(),
  ],
};
