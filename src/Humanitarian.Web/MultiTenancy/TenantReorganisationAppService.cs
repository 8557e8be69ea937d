using Humanitarian.Framework.Application;
using Humanitarian.Framework.AspNetCore.Mvc.UI;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Web.Authorization;
using Humanitarian.Web.Data;
using Humanitarian.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Web.MultiTenancy;

/// <summary>
/// The host's 2025 reorganisation: preview, merge, dissolve, and the kept reports (list, one, Excel).
/// </summary>
[Route("api/multi-tenancy")]
[RemoteService(Name = "AbpTenantManagement")]
[Authorize(TenantManagementPermissions.Tenants.Reorganise)]
public sealed class TenantReorganisationAppService(
    HumanitarianDbContext dbContext,
    TenantReorganisationManager manager,
    IStringLocalizer<HumanitarianResource> l) : ApplicationService, ITenantReorganisationAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["executionTime"] = nameof(TenantReorganisation.ExecutionTime), ["effectiveDate"] = nameof(TenantReorganisation.EffectiveDate),
        ["kind"] = nameof(TenantReorganisation.Kind), ["sourceName"] = nameof(TenantReorganisation.SourceName),
        ["heirName"] = nameof(TenantReorganisation.HeirName),
    };

    [HttpGet("tenants/{id}/reorganisation-preview")]
    public Task<TenantReorganisationDto> GetPreviewAsync(Guid id, [FromQuery] TenantReorganisationPreviewInput input) =>
        manager.PreviewAsync(id, input.Kind!.Value, input.SuccessorId, input.EffectiveDate, input.AreaSuccessors);

    [HttpPost("tenants/{id}/merge")]
    public async Task<TenantReorganisationDto> MergeAsync(Guid id, [FromBody] MergeTenantInput input) =>
        ToDto(await manager.ExecuteAsync(id, TenantReorganisationKind.Merge, input.SuccessorId, input.EffectiveDate, []));

    [HttpPost("tenants/{id}/dissolve")]
    public async Task<TenantReorganisationDto> DissolveAsync(Guid id, [FromBody] DissolveTenantInput input) =>
        ToDto(await manager.ExecuteAsync(id, TenantReorganisationKind.Dissolve, input.SuccessorId, input.EffectiveDate,
            input.AreaSuccessors));

    [HttpGet("tenant-reorganisations")]
    public async Task<PagedResultDto<TenantReorganisationDto>> GetListAsync([FromQuery] TenantReorganisationListInput input)
    {
        // Few rows (a handful per reform): folded search and sorting in memory, newest first unless asked otherwise.
        var filter = SearchText.Normalize(input.Filter);
        var all = await dbContext.TenantReorganisations.AsNoTracking().ToListAsync();
        var matching = all.Where(r => filter.Length == 0
                                      || SearchText.Normalize(r.SourceName).Contains(filter, StringComparison.Ordinal)
                                      || SearchText.Normalize(r.HeirName).Contains(filter, StringComparison.Ordinal))
            .AsQueryable().ApplySorting(input.Sorting, "executionTime desc", Sortable).ToList();
        return new PagedResultDto<TenantReorganisationDto>(matching.Count,
            matching.Skip(input.SkipCount).Take(input.MaxResultCount).Select(ToDto).ToList());
    }

    [HttpGet("tenant-reorganisations/{id}")]
    public async Task<TenantReorganisationDto> GetAsync(Guid id) => ToDto(await FindAsync(id));

    [HttpGet("tenant-reorganisations/{id}/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync(Guid id) => ToExcel(ToDto(await FindAsync(id)));

    /// <summary>The preview as the same sheet, for the officials who sign off before anything moves.</summary>
    [HttpGet("tenants/{id}/reorganisation-preview/export-excel")]
    public async Task<IRemoteStreamContent> ExportPreviewExcelAsync(Guid id, [FromQuery] TenantReorganisationPreviewInput input) =>
        ToExcel(await GetPreviewAsync(id, input));

    private IRemoteStreamContent ToExcel(TenantReorganisationDto report)
    {
        var kind = l[$"ReorganisationKind:{report.Kind}"].Value;
        var sheet = new ExcelExport(l["Reorganisation:Sheet"])
            .Text(l["Reorganisation:Column:Module"]).Text(l["Reorganisation:Column:Subject"])
            .Number(l["Reorganisation:Column:Moved"]).Number(l["Reorganisation:Column:Kept"])
            .Text(l["Reorganisation:Column:Notes"]);
        var effective = VietnamTime.FormatDate(report.EffectiveDate);
        sheet.Add(kind, l["Reorganisation:Summary", report.SourceName, report.HeirName].Value, null, null,
            report.ExecutionTime is { } done
                ? l["Reorganisation:SummaryNote", effective, VietnamTime.Format(done), report.UserName ?? "—"].Value
                : l["Reorganisation:PreviewNote", effective].Value);
        foreach (var line in report.Lines)
        {
            sheet.Add(line.Module, line.Subject, line.Moved, line.Kept, string.Join("\n", line.Notes));
        }
        return sheet.ToFile(l[report.Id is null ? "Reorganisation:PreviewFileName" : "Reorganisation:FileName",
            kind, report.SourceName, report.HeirName, report.EffectiveDate.ToString("yyyy-MM-dd")]);
    }

    private async Task<TenantReorganisation> FindAsync(Guid id) =>
        await dbContext.TenantReorganisations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id)
        ?? throw new EntityNotFoundException(typeof(TenantReorganisation), id);

    private static TenantReorganisationDto ToDto(TenantReorganisation r) => new()
    {
        Id = r.Id,
        Kind = r.Kind,
        SourceTenantId = r.SourceTenantId,
        SourceName = r.SourceName,
        HeirTenantId = r.HeirTenantId,
        HeirName = r.HeirName,
        EffectiveDate = r.EffectiveDate,
        ExecutionTime = r.ExecutionTime,
        UserName = r.UserName,
        Lines = r.GetLines(),
    };
}
