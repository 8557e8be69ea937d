using Humanitarian.Organization.AdministrativeAreas;
using Humanitarian.Organization.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Humanitarian.Organization.Pages.Organization.Areas;

/// <summary>
/// Merges an area into its successor (communes and wards of 2025): choose the successor, see what moves,
/// then confirm. The preview is a GET, so it changes nothing.
/// </summary>
[Authorize(OrganizationPermissions.AdministrativeAreas.Manage)]
public sealed class MergeModel(IAdministrativeAreaAppService areaAppService, OrganizationLookups lookups) : OrganizationPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public MergeAdministrativeAreaInput Input { get; set; } = new();

    public AdministrativeAreaDto Source { get; private set; } = null!;
    public AdministrativeAreaMergeDto? Preview { get; private set; }
    public List<SelectListItem> Successors { get; private set; } = [];

    protected override string FieldLabelKey(string propertyName) => "Areas:Merge:" + propertyName;

    public async Task OnGetAsync([FromQuery] Guid? targetId)
    {
        Input.TargetId = targetId;
        await LoadAsync();
        if (targetId is { } target)
        {
            Preview = await areaAppService.GetMergePreviewAsync(Id, target);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var merged = await areaAppService.MergeAsync(Id, Input);
        SetNotice("Areas:Merge:Done", merged.SourceName, merged.TargetName);
        return RedirectToPage("Index");
    }

    protected override Task OnInputRejectedAsync() => LoadAsync();

    /// <summary>Successors are the other areas of the same level.</summary>
    private async Task LoadAsync()
    {
        Source = await areaAppService.GetAsync(Id);
        Successors = (await lookups.GetAllAreasAsync())
            .Where(a => a.Level == Source.Level && a.Id != Id)
            .Select(a => new SelectListItem($"{a.Code} – {a.Name}", a.Id.ToString(), a.Id == Input.TargetId))
            .ToList();
    }
}
