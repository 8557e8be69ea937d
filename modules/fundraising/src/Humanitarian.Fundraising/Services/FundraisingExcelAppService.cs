using System.Globalization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services;

/// <summary>Each list as a sheet, read through the list's own service page by page: the same filters, names, scope and rules.</summary>
public sealed class FundraisingExcelAppService(
    IFundAppService funds,
    IDonorAppService donors,
    IPledgeAppService pledges,
    IDisbursementAppService disbursements,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IFundraisingExcelAppService
{
    [HttpGet("api/app/fund/export-excel")]
    [Authorize(FundraisingPermissions.Funds.Default)]
    public async Task<IRemoteStreamContent> ExportFundsAsync([FromQuery] FundListInput input)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Funds"])
            .Text(l["Field:Code"]).Text(l["Field:Name"]).Text(l["Field:ManagingCommitteeId"]).Text(l["Field:IsTransparent"])
            .Amount(l["Fund:Balance"]).Amount(l["Fund:RestrictedBalance"]);
        foreach (var f in await AllAsync(input, funds.GetListAsync))
        {
            sheet.Add(f.Code, f.Name, f.ManagingCommitteeName ?? "", YesNo(f.IsTransparent), f.Balance, f.RestrictedBalance);
        }
        return File(sheet, "Excel:File:Funds");
    }

    [HttpGet("api/app/donor/export-excel")]
    [Authorize(FundraisingPermissions.Donors.Default)]
    public async Task<IRemoteStreamContent> ExportDonorsAsync([FromQuery] DonorListInput input)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Donors"])
            .Text(l["Field:Name"]).Text(l["Field:Kind"]).Text(l["Field:IsForeign"]).Text(l["Field:TaxCode"]).Text(l["Field:Phone"])
            .Text(l["Field:Email"]).Text(l["Field:Address"]).Text(l["Field:IsAnonymous"]).Text(l["Field:PublishName"]).Date(l["Excel:ConsentRecorded"]);
        foreach (var d in await AllAsync(input, donors.GetListAsync))
        {
            sheet.Add(d.Name, l["DonorKind:" + d.Kind].Value, YesNo(d.IsForeign), d.TaxCode ?? "", d.Phone ?? "", d.Email ?? "", d.Address ?? "",
                YesNo(d.IsAnonymous), YesNo(d.PublishName), d.PublishNameRecordedTime is { } time ? VietnamCalendar.DateOf(time) : null);
        }
        return File(sheet, "Excel:File:Donors");
    }

    [HttpGet("api/app/pledge/export-excel")]
    [Authorize(FundraisingPermissions.Pledges.Default)]
    public async Task<IRemoteStreamContent> ExportPledgesAsync([FromQuery] PledgeListInput input)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Pledges"])
            .Text(l["Field:FundId"]).Text(l["Field:DonorId"]).Amount(l["Field:Amount"]).Date(l["Field:DueDate"])
            .Amount(l["Field:FulfilledAmount"]).Amount(l["Excel:Owed"]).Text(l["Field:IsOverdue"]).Text(l["Field:Note"]);
        foreach (var p in await AllAsync(input, pledges.GetListAsync))
        {
            sheet.Add(p.FundName, p.DonorName, p.Amount, p.DueDate, p.FulfilledAmount, Math.Max(0, p.Amount - p.FulfilledAmount), YesNo(p.IsOverdue), p.Note ?? "");
        }
        return File(sheet, "Excel:File:Pledges");
    }

    [HttpGet("api/app/disbursement/export-excel")]
    [Authorize(FundraisingPermissions.Disbursements.Default)]
    public async Task<IRemoteStreamContent> ExportDisbursementsAsync([FromQuery] DisbursementListInput input)
    {
        var sheet = new ExcelExport(l["Excel:Sheet:Disbursements"])
            .Date(l["Field:Date"]).Text(l["Field:FundId"]).Text(l["Field:DisbursementKind"]).Text(l["Field:RecipientKind"])
            .Text(l["Field:Purpose"]).Text(l["Field:Restriction"]).Amount(l["Field:Amount"]);
        foreach (var d in await AllAsync(input, disbursements.GetListAsync))
        {
            sheet.Add(d.Date, d.FundName, l["DisbursementKind:" + d.Kind].Value, l["RecipientKind:" + d.RecipientKind].Value, d.Purpose, d.Restriction ?? "", d.Amount);
        }
        return File(sheet, "Excel:File:Disbursements");
    }

    private static Task<List<TDto>> AllAsync<TInput, TDto>(TInput input, Func<TInput, Task<PagedResultDto<TDto>>> getList)
        where TInput : PagedResultRequestDto =>
        PagedResults.ReadAllAsync(skip =>
        {
            input.SkipCount = skip;
            input.MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount;
            return getList(input);
        });

    private string YesNo(bool value) => l[value ? "Yes" : "No"];

    private IRemoteStreamContent File(ExcelExport sheet, string fileKey) =>
        sheet.ToFile(l[fileKey, VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
}
