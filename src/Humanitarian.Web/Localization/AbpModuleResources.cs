using Humanitarian.Framework.Localization;

namespace Humanitarian.Web.Localization;

// The resources ABP's Angular modules read their texts from, under ABP's names, with texts of our own in
// Localization/<name>/vi.json and en.json. The server's own messages stay in HumanitarianResource and
// AbpFrameworkResource; these exist for ABP's clients (etc/abp-localization-keys.txt lists the keys they use).

/// <summary>Texts of ABP's shared UI: buttons, tables, confirmations, error dialogs.</summary>
[LocalizationResourceName("AbpUi")]
public sealed class AbpUiResource;

/// <summary>Validation messages of ABP's forms.</summary>
[LocalizationResourceName("AbpValidation")]
public sealed class AbpValidationResource;

/// <summary>The navigation's texts (the Administration menu).</summary>
[LocalizationResourceName("AbpUiNavigation")]
public sealed class AbpUiNavigationResource;

/// <summary>The tenant switch on the sign-in page.</summary>
[LocalizationResourceName("AbpUiMultiTenancy")]
public sealed class AbpUiMultiTenancyResource;

/// <summary>Users and roles.</summary>
[LocalizationResourceName("AbpIdentity")]
public sealed class AbpIdentityResource;

/// <summary>Tenants: the provinces, cities and districts.</summary>
[LocalizationResourceName("AbpTenantManagement")]
public sealed class AbpTenantManagementResource;

/// <summary>The permission dialog.</summary>
[LocalizationResourceName("AbpPermissionManagement")]
public sealed class AbpPermissionManagementResource;

/// <summary>Sign-in, password reset and the own account.</summary>
[LocalizationResourceName("AbpAccount")]
public sealed class AbpAccountResource;

/// <summary>The settings page and its e-mail tab.</summary>
[LocalizationResourceName("AbpSettingManagement")]
public sealed class AbpSettingManagementResource;

/// <summary>The features dialog.</summary>
[LocalizationResourceName("AbpFeatureManagement")]
public sealed class AbpFeatureManagementResource;
