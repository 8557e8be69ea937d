using Humanitarian.Framework.Localization;

namespace Humanitarian.Beneficiaries.Localization;

[LocalizationResourceName("Beneficiaries")]
public sealed class BeneficiariesResource;
