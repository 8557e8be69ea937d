using Humanitarian.Framework.Localization;

namespace Humanitarian.Web.Localization;

/// <summary>Texts of the host: layout, account, tenants, users, roles, audit log.</summary>
[LocalizationResourceName("Humanitarian")]
public sealed class HumanitarianResource;
