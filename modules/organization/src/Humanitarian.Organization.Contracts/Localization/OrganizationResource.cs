using Humanitarian.Framework.Localization;

namespace Humanitarian.Organization.Localization;

[LocalizationResourceName("Organization")]
public sealed class OrganizationResource;
