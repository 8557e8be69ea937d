using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Awards;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(AwardsContractsModule))]
public sealed class AwardsModule : AbpModule;
