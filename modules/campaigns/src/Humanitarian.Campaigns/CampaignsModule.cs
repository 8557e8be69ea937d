using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Campaigns;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(CampaignsContractsModule))]
public sealed class CampaignsModule : AbpModule;
