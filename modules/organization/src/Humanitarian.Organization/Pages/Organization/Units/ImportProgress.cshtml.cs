using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Organization.Permissions;
using Humanitarian.Organization.Services.Excel;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Humanitarian.Organization.Pages.Organization.Units;

/// <summary>
/// A background unit import: its progress while it runs (the page reloads itself every few seconds,
/// see <c>data-refresh-seconds</c> in site.js), then its report or why it failed.
/// </summary>
[Authorize(OrganizationPermissions.Units.Create)]
public sealed class ImportProgressModel(IUnitExcelAppService unitExcelAppService, UnitImportDefinition importDefinition) : ExcelImportPageModel
{
    /// <summary>How often the page reloads while the import runs.</summary>
    public const int RefreshSeconds = 2;

    [BindProperty(SupportsGet = true, Name = "operationId")]
    public Guid OperationId { get; set; }

    public ExcelImportProgressDto Progress { get; private set; } = null!;

    public bool IsRunning => Progress.Status == ExcelImportOperationStatus.Running;

    internal override IReadOnlyList<ExcelColumn> ImporterColumns => importDefinition.Columns;

    public async Task<IActionResult> OnGetAsync()
    {
        if (OperationId == Guid.Empty)
        {
            return RedirectToPage("Import");
        }
        Progress = await unitExcelAppService.GetImportProgressAsync(OperationId);
        Result = Progress.Result;
        return Page();
    }
}
