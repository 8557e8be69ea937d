using System.Globalization;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>
/// The sponsorship list as a sheet. It reads through the list itself, page by page, so that what is
/// delivered, due, behind and overlapping is worked out once, the same way.
/// </summary>
[Authorize(BeneficiariesPermissions.Sponsorships.Default)]
public sealed class SponsorshipExcelAppService(
    ISponsorshipAppService sponsorships,
    SponsorshipManager manager,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, ISponsorshipExcelAppService
{
    [HttpGet("api/app/sponsorship/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] SponsorshipListInput input)
    {
        var rows = await PagedResults.ReadAllAsync(skip =>
        {
            input.SkipCount = skip;
            input.MaxResultCount = LimitedResultRequestDto.MaxMaxResultCount;
            return sponsorships.GetListAsync(input);
        });
        var sheet = new ExcelExport(l["Excel:Sheet:Sponsorships"])
            .Text(l["Field:HumanitarianAddressId"]).Text(l["Field:SponsorName"]).Text(l["Field:SponsorKind"]).Text(l["Field:SupportKind"])
            .Amount(l["Field:MonthlyValue"]).Date(l["Field:StartDate"]).Date(l["Field:EndDate"]).Amount(l["Sponsorship:DeliveredValue"])
            .Date(l["Sponsorship:NextDueDate"]).Text(l["Sponsorship:Behind"]).Text(l["Sponsorship:Overlapping"]);
        foreach (var s in rows)
        {
            sheet.Add(s.HumanitarianAddressName, s.SponsorName, l["SponsorKind:" + s.SponsorKind].Value, l["SupportKind:" + s.Kind].Value,
                s.MonthlyValue, s.StartDate, s.EndDate, s.DeliveredValue, s.NextDueDate, YesNo(s.IsBehind), YesNo(s.OverlapsWith.Count > 0));
        }
        return sheet.ToFile(l["Excel:File:Sponsorships", manager.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }

    private string YesNo(bool value) => l[value ? "Excel:Yes" : "Excel:No"];
}
