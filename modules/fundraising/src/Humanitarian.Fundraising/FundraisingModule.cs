using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Fundraising;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(FundraisingContractsModule))]
public sealed class FundraisingModule : AbpModule;
