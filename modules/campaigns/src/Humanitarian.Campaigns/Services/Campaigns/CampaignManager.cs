using System.Globalization;
using Humanitarian.Campaigns.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Settings;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;

namespace Humanitarian.Campaigns.Services.Campaigns;

/// <summary>
/// The campaign rules that need more than one campaign: the units, committee and documents it names
/// exist (Organization owns them), the units a user acts for are in their scope, and the report period.
/// </summary>
public sealed class CampaignManager(
    IUnitLookup units, ICommitteeLookup committees, IDocumentLookup documents, IUnitScope unitScope, ISettingProvider settings)
    : ITransientDependency
{
    public const int DefaultReportLockDays = 30;

    /// <exception cref="BusinessException">A unit that is not the tenant's; the member names its place in the list.</exception>
    public async Task EnsureUnitsExistAsync(IReadOnlyList<Guid> unitIds, string member)
    {
        var known = await units.GetNamesAsync(unitIds);
        for (var i = 0; i < unitIds.Count; i++)
        {
            if (!known.ContainsKey(unitIds[i]))
            {
                throw new BusinessException(CampaignsErrorCodes.UnknownUnit).WithData("id", unitIds[i]).WithMember($"{member}[{i}]");
            }
        }
    }

    public async Task EnsureCommitteeExistsAsync(Guid? committeeId)
    {
        if (committeeId is { } id && !await committees.ExistsAsync(id))
        {
            throw new BusinessException(CampaignsErrorCodes.UnknownCommittee).WithData("id", id).WithMember("committeeId");
        }
    }

    public async Task EnsureCitableAsync(IReadOnlyList<Guid> documentIds)
    {
        var citable = await documents.GetCitableAsync(documentIds);
        for (var i = 0; i < documentIds.Count; i++)
        {
            if (!citable.Contains(documentIds[i]))
            {
                throw new BusinessException(CampaignsErrorCodes.UnknownDocument)
                    .WithData("id", documentIds[i]).WithMember($"legalBasisDocumentIds[{i}]");
            }
        }
    }

    /// <summary>A unit officer acts for the units of their subtree only.</summary>
    /// <exception cref="BusinessException">The unit is outside the caller's scope.</exception>
    public async Task EnsureInScopeAsync(Guid unitId, string member = "unitId")
    {
        if (await unitScope.GetVisibleUnitIdsAsync() is { } visible && !visible.Contains(unitId))
        {
            throw new BusinessException(CampaignsErrorCodes.UnitOutsideScope).WithMember(member);
        }
    }

    /// <summary>The last day reports are taken for the run of <paramref name="year"/> (the tenant's setting, days after it ends).</summary>
    public async Task<DateOnly> GetLockDateAsync(Campaign campaign, int? year) =>
        campaign.ReportLockDate(year, await GetReportLockDaysAsync());

    public async Task<int> GetReportLockDaysAsync() =>
        int.TryParse(await settings.GetOrNullAsync(CampaignsSettingNames.ReportLockDays), NumberStyles.None,
            CultureInfo.InvariantCulture, out var days) ? days : DefaultReportLockDays;
}
