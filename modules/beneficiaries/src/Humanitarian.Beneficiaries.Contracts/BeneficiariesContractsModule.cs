using Humanitarian.Framework.Modularity;

namespace Humanitarian.Beneficiaries;

/// <summary>The module's public face: permissions, DTOs, service interfaces, localization.</summary>
public sealed class BeneficiariesContractsModule : AbpModule;
