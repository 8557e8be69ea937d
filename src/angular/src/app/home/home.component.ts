import { Component, inject } from '@angular/core';
import { AuthService, LocalizationPipe } from '@abp/ng.core';

// The landing page after sign-in: the application's name, and ABP's sign-in button for a visitor.
@Component({
  selector: 'app-home',
  template: `
    <div class="container py-5">
      <h1>{{ '::AppName' | abpLocalization }}</h1>
      @if (!auth.isAuthenticated) {
        <button type="button" class="btn btn-primary mt-3" id="login" (click)="auth.navigateToLogin()">
          {{ 'AbpAccount::Login' | abpLocalization }}
        </button>
      }
    </div>
  `,
  imports: [LocalizationPipe],
})
export class HomeComponent {
  protected readonly auth = inject(AuthService);
}
