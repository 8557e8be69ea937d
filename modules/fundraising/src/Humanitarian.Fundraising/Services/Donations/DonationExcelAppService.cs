using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Donations;

/// <summary>The donation list as a sheet, read through the list itself page by page: the same filters, names and rules.</summary>
[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class DonationExcelAppService(IDonationAppService donations, TimeProvider clock, IStringLocalizer<FundraisingResource> l)
    : ApplicationService, IDonationExcelAppService
{
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
        return sheet.ToFile(l["Excel:File:Donations", VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }
}
