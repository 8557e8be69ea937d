using System.Globalization;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Localization;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>
/// Merges a tenant into another or dissolves it (2025 reorganisation): choose how, the heir and the day,
/// read what would move and what would stay, then confirm. The preview is a GET, so it changes nothing.
/// A dissolution may also send each of the source's top-level areas to a successor of its own.
/// </summary>
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class ReorganiseModel(
    ITenantAppService tenantAppService,
    ITenantReorganisationAppService reorganisationAppService,
    TenantStore tenantStore,
    IAdministrativeAreaLookup areaLookup,
    ICurrentTenant currentTenant,
    IStringLocalizer<OrganizationResource> organizationL,
    TimeProvider clock) : HumanitarianPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Bound from the preview's query string and from the confirmation's form alike.</summary>
    [BindProperty(SupportsGet = true)]
    public TenantReorganisationPreviewInput Input { get; set; } = new();

    public TenantDto Source { get; private set; } = null!;
    public TenantReorganisationDto? Preview { get; private set; }
    public List<SelectListItem> Kinds { get; private set; } = [];
    public List<SelectListItem> Successors { get; private set; } = [];

    /// <summary>
    /// The preview form's choice for each area, most of them empty (the area stays with the heir). Kept apart
    /// from <see cref="Input"/>, whose entries all name a successor: only the chosen ones are copied there.
    /// A list, not a dictionary by area: a dictionary would fall back to binding every query value as an area.
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public List<AreaChoice> AreaChoices { get; set; } = [];

    /// <summary>The source's areas without a parent: each may go to a successor of its own.</summary>
    public IReadOnlyList<AdministrativeAreaSummary> Areas { get; private set; } = [];

    /// <summary>The tenants an area may go to: like the heirs, but the source's own children are the usual choice.</summary>
    public List<SelectListItem> AreaSuccessors { get; private set; } = [];

    /// <summary>Vietnam's today: the default effective date and the latest one allowed.</summary>
    public DateOnly Today => VietnamCalendar.Today(clock);

    protected override string FieldLabelKey(string propertyName) => "Reorganise:" + propertyName;

    public Task OnGetAsync()
    {
        ModelState.Clear(); // nothing was submitted yet: the form opens with its defaults, not with errors
        Input = new TenantReorganisationPreviewInput { Kind = TenantReorganisationKind.Merge, EffectiveDate = Today };
        return LoadAsync();
    }

    public async Task OnGetPreviewAsync()
    {
        // A merger keeps the tenant whole, so its form ignores the areas' choices.
        Input.AreaSuccessors = Input.Kind == TenantReorganisationKind.Dissolve
            ? AreaChoices.Where(c => c.SuccessorId is not null)
                .Select(c => new AreaSuccessorInput { AreaId = c.AreaId, SuccessorId = c.SuccessorId }).ToList()
            : [];
        if (ModelState.IsValid)
        {
            Preview = await reorganisationAppService.GetPreviewAsync(Id, Input);
            // A dissolution without a chosen heir goes to the parent: show that choice, and confirm exactly it.
            // The select shows what was submitted (ModelState) before the model's value, so drop the former.
            Input.SuccessorId = Preview.HeirTenantId;
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.SuccessorId)}");
        }
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var report = Input.Kind == TenantReorganisationKind.Dissolve
            ? await reorganisationAppService.DissolveAsync(Id,
                new DissolveTenantInput
                {
                    SuccessorId = Input.SuccessorId, EffectiveDate = Input.EffectiveDate, AreaSuccessors = Input.AreaSuccessors,
                })
            : await reorganisationAppService.MergeAsync(Id,
                new MergeTenantInput { SuccessorId = Input.SuccessorId, EffectiveDate = Input.EffectiveDate });
        SetNotice($"Reorganise:Done:{report.Kind}", report.SourceName, report.HeirName);
        return RedirectToPage("/TenantManagement/Reorganisations/Details", new { id = report.Id });
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        Source = await tenantAppService.GetAsync(Id);
        Kinds = Enum.GetValues<TenantReorganisationKind>()
            .Select(kind => new SelectListItem(L[$"ReorganisationKind:{kind}"], kind.ToString(), kind == Input.Kind))
            .ToList();
        Successors = await TenantFormOptions.SuccessorsAsync(tenantStore, Id, Input.SuccessorId);
        if (Source.SuccessorId is not null)
        {
            return; // closed: nothing to split any more
        }
        AreaSuccessors = await TenantFormOptions.AreaSuccessorsAsync(tenantStore, Id);
        // The areas are the source's records: read them as the source, through Organization's lookup.
        using (currentTenant.Change(Source.Id, Source.Name))
        {
            Areas = await areaLookup.GetTopLevelAsync();
        }
    }

    /// <summary>One area's select: the tenants an area may go to, with the form's choice for it selected.</summary>
    public IEnumerable<SelectListItem> AreaSuccessorOptions(Guid areaId)
    {
        var chosen = Input.AreaSuccessors.FirstOrDefault(a => a.AreaId == areaId)?.SuccessorId?.ToString();
        return AreaSuccessors.Select(o => new SelectListItem(o.Text, o.Value, o.Value == chosen, o.Disabled));
    }

    public string AreaLevelName(AdministrativeAreaLevel level) => organizationL["AdministrativeAreaLevel:" + level];

    /// <summary>The preview's Excel export: the same choices, as the API's query string spells them.</summary>
    public string PreviewExportUrl(TenantReorganisationDto preview)
    {
        var query = new List<string>
        {
            $"kind={preview.Kind}", $"successorId={preview.HeirTenantId}",
            $"effectiveDate={preview.EffectiveDate.ToString(IsoDate, CultureInfo.InvariantCulture)}",
        };
        for (var i = 0; i < Input.AreaSuccessors.Count; i++)
        {
            query.Add($"areaSuccessors%5B{i}%5D.areaId={Input.AreaSuccessors[i].AreaId}");
            query.Add($"areaSuccessors%5B{i}%5D.successorId={Input.AreaSuccessors[i].SuccessorId}");
        }
        return Url.Content($"~/api/multi-tenancy/tenants/{Id}/reorganisation-preview/export-excel?{string.Join('&', query)}");
    }

    public const string IsoDate = "yyyy-MM-dd";

    /// <summary>One row of the areas' table: the area, and the successor chosen for it if any.</summary>
    public sealed class AreaChoice
    {
        public Guid AreaId { get; set; }
        public Guid? SuccessorId { get; set; }
    }
}
