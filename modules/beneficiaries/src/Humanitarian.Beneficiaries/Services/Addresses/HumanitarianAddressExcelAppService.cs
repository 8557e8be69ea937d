using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>
/// The address list as a sheet, beside the address API. Like the list, it holds only the caller's tenant and
/// unit scope; the sensitive columns, and the audit entry that goes with them, only with SensitiveData.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class HumanitarianAddressExcelAppService(
    AddressFilters filters,
    HumanitarianAddressManager manager,
    SensitiveDataReads sensitiveReads,
    IUnitLookup units,
    IPermissionChecker permissions,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IHumanitarianAddressExcelAppService
{
    [HttpGet("api/app/humanitarian-address/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] HumanitarianAddressListInput input)
    {
        var rows = await (await filters.QueryAsync(input)).ApplySorting(input.Sorting, "name", AddressFilters.Sortable).ToListAsync();
        var sensitive = await permissions.IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        if (sensitive)
        {
            await sensitiveReads.RecordAsync(rows, "export");
        }
        var unitNames = await units.GetNamesAsync(rows.Where(a => a.SurveyingUnitId is not null).Select(a => a.SurveyingUnitId!.Value).Distinct());

        var sheet = new ExcelExport(l["Excel:Sheet:Addresses"])
            .Text(l["Field:FullName"]).Text(l["Field:Kind"]).Text(l["Field:Sex"]).Number(l["Field:BirthYear"])
            .Text(l["Field:Phone"]).Text(l["Field:Address"]).Text(l["Field:Commune"]).Text(l["Field:Categories"])
            .Text(l["Field:Needs"]).Text(l["Field:FacilityKind"]).Number(l["Field:Capacity"]).Text(l["Field:SurveyingUnitId"])
            .Date(l["Field:SurveyDate"]).Text(l["Field:Status"]);
        if (sensitive)
        {
            sheet.Text(l["Field:NationalId"]).Text(l["Field:HealthDetails"]);
        }
        foreach (var a in rows)
        {
            object?[] values =
            [
                a.Name, l["AddressKind:" + a.Kind].Value, a.Sex is { } sex ? l["Sex:" + sex].Value : null, a.BirthYear,
                a.Phone, a.AddressLine, a.Commune, Names(a.CategoryList(sensitive), "AddressCategory:"),
                Names(a.NeedList(), "AddressNeed:"), a.FacilityKind is { } kind ? l["FacilityKind:" + kind].Value : null, a.Capacity,
                a.SurveyingUnitId is { } unitId ? unitNames.GetValueOrDefault(unitId) : null, a.SurveyDate, l["AddressStatus:" + a.Status].Value,
            ];
            sheet.Add(sensitive ? [.. values, manager.RevealNationalId(a), a.HealthDetails] : values);
        }
        return sheet.ToFile(l["Excel:File:Addresses", manager.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }

    private string Names<TEnum>(IEnumerable<TEnum> values, string prefix) where TEnum : struct, Enum =>
        string.Join(", ", values.Select(v => l[prefix + v].Value));
}
