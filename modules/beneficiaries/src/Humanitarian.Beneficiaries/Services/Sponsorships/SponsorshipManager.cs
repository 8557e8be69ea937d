using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Settings;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Units;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>
/// What a sponsorship needs beyond itself: its sponsor named from Organization's records (a unit, a
/// committee member), the tenant's floor, today in Việt Nam.
/// </summary>
public sealed class SponsorshipManager(
    IUnitLookup units, ICommitteeLookup committees, IDonorLookup donors, ISettingProvider settings, TimeProvider clock)
    : ITransientDependency
{
    public DateOnly Today => VietnamCalendar.Today(clock);

    /// <summary>A new sponsorship of <paramref name="address"/>, which becomes Supported; its terms follow in <see cref="CommitAsync"/>.</summary>
    public async Task<Sponsorship> CreateAsync(HumanitarianAddress address, SponsorKind kind, Guid? sponsorId, string? sponsorName)
    {
        var sponsorship = new Sponsorship(Guid.NewGuid(), address.Id, kind, sponsorId, await NameSponsorAsync(kind, sponsorId, sponsorName));
        address.MarkSponsored();
        return sponsorship;
    }

    public async Task CommitAsync(Sponsorship sponsorship, SupportKind kind, IEnumerable<AddressNeed> needs, long monthlyValue,
        DateOnly start, DateOnly? end, string? note) =>
        sponsorship.Commit(kind, needs, monthlyValue, await GetFloorAsync(), start, end, note);

    public async Task<long> GetFloorAsync() =>
        long.TryParse(await settings.GetOrNullAsync(BeneficiariesSettingNames.MinimumMonthlyValue), NumberStyles.None,
            CultureInfo.InvariantCulture, out var floor) ? floor : SponsorshipConsts.DefaultMinimumMonthlyValue;

    // A unit, a member or a donor is named as its module has it, so that a typo cannot invent a sponsor.
    private async Task<string?> NameSponsorAsync(SponsorKind kind, Guid? sponsorId, string? typed)
    {
        if (kind == SponsorKind.Other || sponsorId is not { } id)
        {
            return kind == SponsorKind.Other ? typed : "";
        }
        var name = kind switch
        {
            SponsorKind.Unit => (await units.GetNamesAsync([id])).GetValueOrDefault(id),
            SponsorKind.CommitteeMember => await committees.FindMemberNameAsync(id),
            _ => await donors.FindNameAsync(id),
        };
        return name ?? throw new BusinessException(BeneficiariesErrorCodes.UnknownSponsor).WithMember("SponsorId");
    }
}
