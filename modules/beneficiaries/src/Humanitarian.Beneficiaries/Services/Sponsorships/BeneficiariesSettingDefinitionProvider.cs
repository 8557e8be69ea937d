using System.Globalization;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Settings;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>The sponsorship floor, visible to clients: a sponsor's form shows it before the server refuses less.</summary>
public sealed class BeneficiariesSettingDefinitionProvider : SettingDefinitionProvider
{
    public override void Define(ISettingDefinitionContext context) => context.Add(
        new SettingDefinition(BeneficiariesSettingNames.MinimumMonthlyValue,
            SponsorshipConsts.DefaultMinimumMonthlyValue.ToString(CultureInfo.InvariantCulture), IsVisibleToClients: true));
}
