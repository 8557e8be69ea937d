using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Campaigns.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Fundraising.Pages.Fundraising;

/// <summary>
/// The records the module's forms choose from, read through their modules' application services so that
/// the caller's scope applies as on those modules' own pages. Someone without the permission for a list
/// gets an empty one rather than an error page: every such choice but the fund is optional.
/// </summary>
public sealed class FundraisingLookups(
    IFundAppService fundAppService,
    IDonorAppService donorAppService,
    IUnitAppService unitAppService,
    ICommitteeAppService committeeAppService,
    IDocumentAppService documentAppService,
    ICampaignAppService campaignAppService,
    IHumanitarianAddressAppService addressAppService,
    IPermissionChecker permissions) : ITransientDependency
{
    private const int PageSize = LimitedResultRequestDto.MaxMaxResultCount;

    public Task<List<SelectListItem>> FundOptionsAsync(Guid? selected) => OptionsAsync(FundraisingPermissions.Funds.Default,
        skip => fundAppService.GetListAsync(new FundListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }),
        f => (f.Id, f.Code + " – " + f.Name), selected);

    public Task<List<SelectListItem>> DonorOptionsAsync(Guid? selected) => OptionsAsync(FundraisingPermissions.Donors.Default,
        skip => donorAppService.GetListAsync(new DonorListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }),
        d => (d.Id, d.Name), selected);

    public Task<List<SelectListItem>> UnitOptionsAsync(Guid? selected) => OptionsAsync(OrganizationPermissions.Units.Default,
        skip => unitAppService.GetListAsync(new UnitListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }),
        u => (u.Id, u.Name + " (" + u.Code + ")"), selected);

    public Task<List<SelectListItem>> CommitteeOptionsAsync(Guid? selected) => OptionsAsync(OrganizationPermissions.Committees.Default,
        skip => committeeAppService.GetListAsync(new CommitteeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }),
        c => (c.Id, c.Name), selected);

    public Task<List<SelectListItem>> DocumentOptionsAsync(Guid? selected) => OptionsAsync(OrganizationPermissions.Documents.Default,
        skip => documentAppService.GetListAsync(new DocumentListInput { SkipCount = skip, MaxResultCount = PageSize }),
        d => (d.Id, DocumentCaptions.Of(d)), selected);

    public Task<List<SelectListItem>> CampaignOptionsAsync(Guid? selected) => OptionsAsync(CampaignsPermissions.Campaigns.Default,
        skip => campaignAppService.GetListAsync(new CampaignListInput { SkipCount = skip, MaxResultCount = PageSize }),
        c => (c.Id, c.Name), selected);

    /// <summary>The addresses the caller may see (an officer's units' only), as Beneficiaries' own list shows them.</summary>
    public Task<List<SelectListItem>> AddressOptionsAsync(Guid? selected) => OptionsAsync(BeneficiariesPermissions.Addresses.Default,
        skip => addressAppService.GetListAsync(new HumanitarianAddressListInput { SkipCount = skip, MaxResultCount = PageSize }),
        a => (a.Id, a.FullName), selected);

    /// <summary>A unit's name for a details page; none when the caller may not read units.</summary>
    public async Task<string?> UnitNameAsync(Guid? id) =>
        id is { } unitId && await permissions.IsGrantedAsync(OrganizationPermissions.Units.Default)
            ? (await unitAppService.GetAsync(unitId)).Name
            : null;

    public async Task<string?> CampaignNameAsync(Guid? id) =>
        id is { } campaignId && await permissions.IsGrantedAsync(CampaignsPermissions.Campaigns.Default)
            ? (await campaignAppService.GetAsync(campaignId)).Name
            : null;

    /// <summary>A humanitarian address's name for a staff page; none when the caller may not read addresses.</summary>
    public async Task<string?> AddressNameAsync(Guid? id) =>
        id is { } addressId && await permissions.IsGrantedAsync(BeneficiariesPermissions.Addresses.Default)
            ? (await addressAppService.GetAsync(addressId)).FullName
            : null;

    /// <summary>A document's number and issuer for a details page; none when the caller may not read documents.</summary>
    public async Task<string?> DocumentCaptionAsync(Guid? id) =>
        id is { } documentId && await permissions.IsGrantedAsync(OrganizationPermissions.Documents.Default)
            ? DocumentCaptions.Of(await documentAppService.GetAsync(documentId))
            : null;

    private async Task<List<SelectListItem>> OptionsAsync<T>(string permission, Func<int, Task<PagedResultDto<T>>> readPage,
        Func<T, (Guid Id, string Text)> option, Guid? selected)
    {
        if (!await permissions.IsGrantedAsync(permission))
        {
            return [];
        }
        return (await PagedResults.ReadAllAsync(readPage)).Select(option)
            .Select(o => new SelectListItem(o.Text, o.Id.ToString(), o.Id == selected)).ToList();
    }
}
