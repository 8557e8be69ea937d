using System.Globalization;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>
/// The sponsorship floor: the host sets the national one (300,000 VND a month by the campaign's plan); a
/// province may ask more of its sponsors, never less, or the campaign's rule would mean nothing there.
/// </summary>
[Authorize(BeneficiariesPermissions.Settings)]
public sealed class SponsorshipSettingsAppService(ISettingManager manager, ICurrentTenant currentTenant, IStringLocalizer<BeneficiariesResource> l)
    : ApplicationService, ISponsorshipSettingsAppService
{
    private const string Name = BeneficiariesSettingNames.MinimumMonthlyValue;

    [HttpGet("api/app/sponsorship-settings")]
    public async Task<SponsorshipSettingsDto> GetAsync()
    {
        var national = await NationalAsync();
        if (currentTenant.Id is not { } tenantId)
        {
            return new SponsorshipSettingsDto { MinimumMonthlyValue = national };
        }
        var own = Parse(await manager.GetOrNullForTenantAsync(Name, tenantId));
        return new SponsorshipSettingsDto { MinimumMonthlyValue = own ?? national, IsInherited = own is null, NationalMinimumMonthlyValue = national };
    }

    [HttpPut("api/app/sponsorship-settings")]
    public async Task<SponsorshipSettingsDto> UpdateAsync([FromBody] UpdateSponsorshipSettingsDto input)
    {
        var value = input.MinimumMonthlyValue!.Value;
        var national = await NationalAsync();
        if (currentTenant.Id is not null && value < national)
        {
            throw new AbpValidationException(l["SponsorshipSettings:BelowNational", Vnd.Format(national)], "minimumMonthlyValue");
        }
        await manager.SetAsync(Name, value.ToString(CultureInfo.InvariantCulture), currentTenant.Id);
        // What was just set, not read back: the value is saved with the request's unit of work.
        return currentTenant.Id is null
            ? new SponsorshipSettingsDto { MinimumMonthlyValue = value }
            : new SponsorshipSettingsDto { MinimumMonthlyValue = value, NationalMinimumMonthlyValue = national };
    }

    [HttpDelete("api/app/sponsorship-settings")]
    public async Task ResetAsync()
    {
        if (currentTenant.Id is not { } tenantId)
        {
            throw new BusinessException(BeneficiariesErrorCodes.HostFloorCannotBeReset);
        }
        await manager.SetAsync(Name, null, tenantId);
    }

    private async Task<long> NationalAsync() => Parse(await manager.GetOrNullGlobalAsync(Name)) ?? SponsorshipConsts.DefaultMinimumMonthlyValue;

    private static long? Parse(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
