using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Public;

/// <summary>
/// The public statement's lists in full for those who check the figures: read through the same projection as
/// the page and the API, so the sheet can say no more than they do.
/// </summary>
[AllowAnonymous]
public sealed class TransparencyExcelAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, PublicFundStatement statement,
    IStringLocalizer<FundraisingResource> l, IStringLocalizer<BeneficiariesResource> beneficiaries)
    : ApplicationService, ITransparencyExcelAppService
{
    [HttpGet("api/public/transparency/{tenantName}/funds/{fundId}/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync(string tenantName, Guid fundId, [FromQuery] PublicFundInput input)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using var named = currentTenant.Change(tenant.Id, tenant.Name);
        var fund = await statement.ReadAsync(fundId, input.Year, listed: null);
        // A sheet reads as a ledger does, oldest first; the statement lists the latest first.
        var donations = new ExcelExport(l["Excel:Sheet:Donations"])
            .Date(l["Field:Date"]).Text(l["Field:DonorId"]).Amount(l["Field:Amount"]);
        foreach (var d in fund.Donations.Reverse())
        {
            donations.Add(d.Date, d.DonorName, d.Amount);
        }
        var disbursements = new ExcelExport(l["Excel:Sheet:Disbursements"])
            .Date(l["Field:Date"]).Text(l["Field:Purpose"]).Text(l["Field:RecipientKind"]).Text(l["Field:Commune"])
            .Text(l["Field:AddressCategory"]).Amount(l["Field:Amount"]);
        foreach (var d in fund.Disbursements.Reverse())
        {
            disbursements.Add(d.Date, d.Purpose, l["RecipientKind:" + d.RecipientKind].Value, d.Commune ?? "",
                d.Category is { } category ? beneficiaries["AddressCategory:" + category].Value : "", d.Amount);
        }
        var fileName = input.Year is { } year ? l["Excel:File:TransparencyYear", fund.FundName, year] : l["Excel:File:Transparency", fund.FundName];
        return ExcelExport.ToFile(fileName, [donations, disbursements]);
    }
}
