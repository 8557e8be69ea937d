using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Services.Donations.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Donations;

/// <summary>
/// The donation list as a sheet, read through the list itself page by page: the same filters, names and
/// rules; and donations in from a sheet, each through the donation API.
/// </summary>
[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class DonationExcelAppService(
    IDonationAppService donations,
    DonationImportDefinition importDefinition,
    ExcelImports imports,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IDonationExcelAppService
{
    private static readonly IReadOnlySet<string> AmountFields = new HashSet<string>([DonationSheet.Amount]);
    private static readonly IReadOnlySet<string> DecimalFields = new HashSet<string>([DonationSheet.ForeignAmount, DonationSheet.ExchangeRate]);

    [HttpGet("api/app/donation/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] DonationListInput input)
    {
        var rows = await PagedResults.ReadAllAsync(skip =>
        {
            input.SkipCount = skip;
            input.MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount;
            return donations.GetListAsync(input);
        });
        var sheet = new ExcelExport(l["Excel:Sheet:Donations"])
            .Text(l["Field:ReceiptNumber"]).Date(l["Field:Date"]).Text(l["Field:FundId"]).Text(l["Field:DonorId"]).Text(l["Field:Kind"])
            .Amount(l["Field:Amount"]).Text(l["Field:Currency"]).Decimal(l["Field:ForeignAmount"]).Decimal(l["Field:ExchangeRate"])
            .Text(l["Field:Restriction"]).Text(l["Field:Description"]).Text(l["Excel:Cancelled"]);
        foreach (var d in rows)
        {
            sheet.Add(d.ReceiptNumber, d.Date, d.FundName, d.DonorName ?? "", l["DonationKind:" + d.Kind].Value, d.Amount, d.Currency ?? "",
                d.ForeignAmount, d.ExchangeRate, d.Restriction ?? "", d.Description ?? "", d.IsCancelled ? d.CancellationReason ?? "" : "");
        }
        return sheet.ToFile(l["Excel:File:Donations", Today()]);
    }

    [HttpGet("api/app/donation/import-template")]
    [Authorize(FundraisingPermissions.Donations.Create)]
    public Task<IRemoteStreamContent> GetImportTemplateAsync()
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Donations"]);
        foreach (var column in importDefinition.Columns)
        {
            var header = l[column.HeaderKey].Value;
            sheet = column.Field == DonationSheet.Date ? sheet.Date(header)
                : AmountFields.Contains(column.Field) ? sheet.Amount(header)
                : DecimalFields.Contains(column.Field) ? sheet.Decimal(header)
                : sheet.Text(header);
        }
        return Task.FromResult(sheet.ToFile(l["Excel:File:DonationTemplate"]));
    }

    /// <summary>
    /// Multipart: <c>file</c> (.xlsx, at most 5 MB and 10,000 rows), <c>mode</c> (AllOrNothing |
    /// ValidRowsOnly) and <c>dryRun</c>. Up to 500 rows the report comes back at once (200); a larger
    /// file is imported in the background (202 with the operation's id, see import-progress).
    /// </summary>
    [HttpPost("api/app/donation/import-excel")]
    [Authorize(FundraisingPermissions.Donations.Create)]
    [ProducesResponseType<ExcelImportResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ExcelImportOperationDto>(StatusCodes.Status202Accepted)]
    public async Task<ExcelImportAnswerDto> ImportExcelAsync(
        IRemoteStreamContent? file,
        [FromForm] ExcelImportMode mode = ExcelImportMode.AllOrNothing,
        [FromForm] bool dryRun = false) =>
        await imports.ImportAsync(importDefinition, file, mode, dryRun, id => $"/api/app/donation/import-progress/{id}");

    /// <summary>An import of the caller's, while it runs and for a day after, from any server.</summary>
    [HttpGet("api/app/donation/import-progress/{operationId}")]
    [Authorize(FundraisingPermissions.Donations.Create)]
    public Task<ExcelImportProgressDto> GetImportProgressAsync([FromRoute] Guid operationId) =>
        imports.GetProgressAsync(importDefinition, operationId);

    private string Today() => VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
