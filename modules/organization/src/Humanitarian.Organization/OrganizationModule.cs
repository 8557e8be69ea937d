using Humanitarian.Framework;
using Humanitarian.Framework.Modularity;

namespace Humanitarian.Organization;

[DependsOn(typeof(HumanitarianFrameworkModule), typeof(OrganizationContractsModule))]
public sealed class OrganizationModule : AbpModule;
