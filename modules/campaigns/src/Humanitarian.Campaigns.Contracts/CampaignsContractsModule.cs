using Humanitarian.Framework.Modularity;

namespace Humanitarian.Campaigns;

/// <summary>The module's public face: permissions, DTOs, service interfaces, localization.</summary>
public sealed class CampaignsContractsModule : AbpModule;
