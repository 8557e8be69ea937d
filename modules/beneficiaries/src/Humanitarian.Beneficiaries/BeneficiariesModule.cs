using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Beneficiaries;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(BeneficiariesContractsModule))]
public sealed class BeneficiariesModule : AbpModule;
