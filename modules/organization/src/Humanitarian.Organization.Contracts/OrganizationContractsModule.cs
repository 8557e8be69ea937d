using Humanitarian.Framework.Modularity;

namespace Humanitarian.Organization;

/// <summary>The module's public face: permissions, DTOs, service interfaces, localization.</summary>
public sealed class OrganizationContractsModule : AbpModule;
