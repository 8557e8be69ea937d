using Humanitarian.Framework.Modularity;

namespace Humanitarian.Awards;

/// <summary>The module's public face: permissions, DTOs, service interfaces, localization.</summary>
public sealed class AwardsContractsModule : AbpModule;
