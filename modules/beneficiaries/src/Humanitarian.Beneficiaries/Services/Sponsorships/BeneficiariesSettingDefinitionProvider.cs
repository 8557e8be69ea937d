using System.Globalization;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

public sealed class BeneficiariesSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(BeneficiariesSettingNames.MinimumMonthlyValue,
            SponsorshipConsts.DefaultMinimumMonthlyValue.ToString(CultureInfo.InvariantCulture)));
}
