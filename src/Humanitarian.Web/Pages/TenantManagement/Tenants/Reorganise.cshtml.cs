using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Web.Pages.TenantManagement.Tenants;

/// <summary>
/// Merges a tenant into another or dissolves it (2025 reorganisation): choose how, the heir and the day,
/// read what would move and what would stay, then confirm. The preview is a GET, so it changes nothing.
/// </summary>
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class ReorganiseModel(
    TenantAppService tenantAppService,
    TenantReorganisationAppService reorganisationAppService,
    TenantStore tenantStore,
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
                new DissolveTenantInput { SuccessorId = Input.SuccessorId, EffectiveDate = Input.EffectiveDate })
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
    }
}
