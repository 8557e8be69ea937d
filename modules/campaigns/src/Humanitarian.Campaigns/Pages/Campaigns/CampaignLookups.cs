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
        ReadAllAsync(skip => unitAppService.GetListAsync(new UnitListInput { Sorting = "code", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<CommitteeDto>> GetAllCommitteesAsync() =>
        ReadAllAsync(skip => committeeAppService.GetListAsync(new CommitteeListInput { Sorting = "name", SkipCount = skip, MaxResultCount = PageSize }));

    public Task<List<DocumentDto>> GetAllDocumentsAsync() =>
        ReadAllAsync(skip => documentAppService.GetListAsync(new DocumentListInput { SkipCount = skip, MaxResultCount = PageSize }));

    public static List<SelectListItem> UnitOptions(IEnumerable<UnitDto> units, ICollection<Guid> selected) =>
        units.Select(u => new SelectListItem(u.Name + " (" + u.Code + ")", u.Id.ToString(), selected.Contains(u.Id))).ToList();

    public static List<SelectListItem> CommitteeOptions(IEnumerable<CommitteeDto> committees, Guid? selected) =>
        committees.Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == selected)).ToList();

    public static List<SelectListItem> DocumentOptions(IEnumerable<DocumentDto> documents, ICollection<Guid> selected) =>
        documents.Select(d => new SelectListItem(DocumentCaption(d), d.Id.ToString(), selected.Contains(d.Id))).ToList();

    /// <summary>"30/KH-BCĐMTCMCN – title", as Organization's pages name a document.</summary>
    public static string DocumentCaption(DocumentDto document)
    {
        var title = document.Title ?? document.Summary ?? document.Issuer;
        if (title.Length > 90)
        {
            title = title[..90] + "…";
        }
        return document.Number is { } number ? number + " – " + title : title;
    }

    private static async Task<List<T>> ReadAllAsync<T>(Func<int, Task<PagedResultDto<T>>> readPage)
    {
        var all = new List<T>();
        while (true)
        {
            var page = await readPage(all.Count);
            all.AddRange(page.Items);
            if (page.Items.Count == 0 || all.Count >= page.TotalCount)
            {
                return all;
            }
        }
    }
}
