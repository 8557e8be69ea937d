using Humanitarian.Framework.Application;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Organization.Committees;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Campaigns.Pages.Campaigns;

/// <summary>
/// Organization's records the campaign pages choose from (units, committees, documents), read through its
/// application services so that the caller's scope applies as in Organization's own pages.
/// </summary>
public sealed class CampaignLookups(
    IUnitAppService unitAppService,
    ICommitteeAppService committeeAppService,
    IDocumentAppService documentAppService) : ITransientDependency
{
    private const int PageSize = LimitedResultRequestDto.MaxMaxResultCount;

    public Task<List<UnitDto>> GetAllUnitsAsync() =>
        PagedResults.ReadAllAsync(skip => unitAppService.GetListAsync(new UnitListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<CommitteeDto>> GetAllCommitteesAsync() =>
        PagedResults.ReadAllAsync(skip => committeeAppService.GetListAsync(new CommitteeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<DocumentDto>> GetAllDocumentsAsync() =>
        PagedResults.ReadAllAsync(skip => documentAppService.GetListAsync(new DocumentListInput { SkipCount = skip, MaxResultCount = PageSize }));

    public static List<SelectListItem> UnitOptions(IEnumerable<UnitDto> units, ICollection<Guid> selected) =>
        units.Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString(), selected.Contains(u.Id))).ToList();

    public static List<SelectListItem> CommitteeOptions(IEnumerable<CommitteeDto> committees, Guid? selected) =>
        committees.Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == selected)).ToList();

    public static List<SelectListItem> DocumentOptions(IEnumerable<DocumentDto> documents, ICollection<Guid> selected) =>
        documents.Select(d => new SelectListItem(DocumentCaptions.Of(d), d.Id.ToString(), selected.Contains(d.Id))).ToList();
}
