using Humanitarian.Framework.Modularity;

namespace Humanitarian.Fundraising;

/// <summary>The module's public face: permissions, DTOs, service interfaces, localization.</summary>
public sealed class FundraisingContractsModule : AbpModule;
