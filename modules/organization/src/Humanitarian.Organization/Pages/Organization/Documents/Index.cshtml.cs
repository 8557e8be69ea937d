using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Organization.Documents;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Documents;

/// <summary>Official documents: search by number or text (marks folded), kind and issue-date range.</summary>
[Authorize(OrganizationPermissions.Documents.Default)]
public sealed class IndexModel(IDocumentAppService documentAppService) : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public ListQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "kind")]
    public DocumentKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public DateOnly? To { get; set; }

    public PagedResultDto<DocumentDto> Result { get; private set; } = new();
    public PagerModel Pager { get; private set; } = null!;
    public List<SelectListItem> Kinds { get; private set; } = [];
    public bool CanCreate { get; private set; }
    public bool CanUpdate { get; private set; }
    public bool CanDelete { get; private set; }

    public bool IsFiltered => !string.IsNullOrEmpty(Query.Filter) || Kind is not null || From is not null || To is not null;

    /// <summary>The date inputs' values: <c>yyyy-MM-dd</c>, as <c>input type=date</c> wants them.</summary>
    public static string IsoDate(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    public Task OnGetAsync()
    {
        ModelState.Clear(); // a malformed ?skip=, ?kind= or date falls back to the default, it is no form error
        return LoadAsync();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id)
    {
        var document = await documentAppService.GetAsync(id);
        await documentAppService.DeleteAsync(id);
        SetNotice("Documents:Deleted", DocumentCaptions.Of(document));
        return RedirectToPage(Query.Route(("kind", Kind), ("from", IsoDate(From)), ("to", IsoDate(To))));
    }

    /// <summary>
    /// A refused search (a range that ends before it starts) shows the message over an empty list; a
    /// refused delete (an inherited document) over the list.
    /// </summary>
    protected override async Task OnInputRejectedAsync()
    {
        if (From > To)
        {
            Result = new PagedResultDto<DocumentDto>();
            await LoadOptionsAsync();
            return;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Query.Normalize();
        await LoadOptionsAsync();
        Result = await documentAppService.GetListAsync(new DocumentListInput
        {
            Filter = Query.Filter,
            Kind = Kind,
            FromDate = From,
            ToDate = To,
            SkipCount = Query.Skip,
            MaxResultCount = Query.Max,
        });
        Pager = Query.Pager(Result.TotalCount, ("kind", Kind), ("from", From), ("to", To));
    }

    private async Task LoadOptionsAsync()
    {
        Pager = Query.Pager(0);
        Kinds = EnumItems<DocumentKind>(KindName, Kind);
        CanCreate = await IsGrantedAsync(OrganizationPermissions.Documents.Create);
        CanUpdate = await IsGrantedAsync(OrganizationPermissions.Documents.Update);
        CanDelete = await IsGrantedAsync(OrganizationPermissions.Documents.Delete);
    }
}
