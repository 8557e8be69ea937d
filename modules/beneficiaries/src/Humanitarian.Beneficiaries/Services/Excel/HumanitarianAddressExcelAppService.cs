using System.Globalization;
using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Authorization;
using Humanitarian.Framework.Content;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Timing;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static Humanitarian.Beneficiaries.Services.Excel.AddressSheet;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// Humanitarian addresses in and out of Excel, beside the address API (<c>/api/app/humanitarian-address/export-excel</c>…).
/// Like the list, an export holds only the caller's tenant and unit scope, and sensitive columns only
/// for those who may read them.
/// </summary>
[Authorize(BeneficiariesPermissions.Addresses.Default)]
public sealed class HumanitarianAddressExcelAppService(
    AddressListFilter listFilter,
    HumanitarianAddressManager manager,
    SensitiveDataReads sensitiveReads,
    IPermissionChecker permissions,
    IUnitLookup units,
    HumanitarianAddressImportDefinition importDefinition,
    ExcelImports imports,
    TimeProvider clock,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, IHumanitarianAddressExcelAppService
{
    private static readonly IReadOnlySet<string> NumberFields = new HashSet<string>([BirthYear, Capacity]);
    private static readonly IReadOnlySet<string> DateFields = new HashSet<string>([DateOfBirth, SurveyDate]);

    [HttpGet("api/app/humanitarian-address/export-excel")]
    public async Task<IRemoteStreamContent> ExportExcelAsync([FromQuery] HumanitarianAddressExcelExportInput input)
    {
        var sensitive = await permissions.IsGrantedAsync(BeneficiariesPermissions.SensitiveData);
        var shown = await (await listFilter.ApplyAsync(input)).ApplySorting(input.Sorting, "name", AddressListFilter.Sortable).ToListAsync();
        if (sensitive)
        {
            // A file of national IDs is a read of each, as the law wants recorded.
            await sensitiveReads.RecordAsync(shown, "export");
        }
        var unitCodes = await units.GetCodesAsync(shown.Select(a => a.SurveyingUnitId).OfType<Guid>());
        var columns = Columns.Where(c => sensitive || !Sensitive.Contains(c.Field)).ToList();
        var sheet = new ExcelExport(l["Excel:Sheet:Addresses"]);
        foreach (var column in columns)
        {
            var header = l[column.HeaderKey].Value;
            sheet = NumberFields.Contains(column.Field) ? sheet.Number(header)
                : DateFields.Contains(column.Field) ? sheet.Date(header)
                : column.Field == MonthlyValueSought ? sheet.Decimal(header)
                : sheet.Text(header);
        }
        foreach (var address in shown)
        {
            sheet.Add([.. columns.Select(c => Cell(address, c.Field, sensitive, unitCodes))]);
        }
        return sheet.ToFile(l["Excel:File:Addresses", VietnamCalendar.Today(clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]);
    }

    /// <summary>
    /// Multipart: <c>file</c> (.xlsx, at most 5 MB and 10,000 rows), <c>mode</c> (AllOrNothing |
    /// ValidRowsOnly) and <c>dryRun</c>. Up to 500 rows the report comes back at once (200); a larger
    /// file is imported in the background (202 with the operation's id, see import-progress).
    /// </summary>
    [HttpPost("api/app/humanitarian-address/import-excel")]
    [Authorize(BeneficiariesPermissions.Addresses.Create)]
    [ProducesResponseType<ExcelImportResultDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ExcelImportOperationDto>(StatusCodes.Status202Accepted)]
    public async Task<ExcelImportAnswerDto> ImportExcelAsync(
        IRemoteStreamContent? file,
        [FromForm] ExcelImportMode mode = ExcelImportMode.AllOrNothing,
        [FromForm] bool dryRun = false) =>
        await imports.ImportAsync(importDefinition, file, mode, dryRun, id => $"/api/app/humanitarian-address/import-progress/{id}");

    /// <summary>An import of the caller's, while it runs and for a day after, from any server.</summary>
    [HttpGet("api/app/humanitarian-address/import-progress/{operationId}")]
    [Authorize(BeneficiariesPermissions.Addresses.Create)]
    public Task<ExcelImportProgressDto> GetImportProgressAsync([FromRoute] Guid operationId) =>
        imports.GetProgressAsync(importDefinition, operationId);

    /// <summary>A cell as the import reads it back: the sheet's words for enums and yes/no, the unit's code.</summary>
    private object? Cell(HumanitarianAddress a, string field, bool sensitive, IReadOnlyDictionary<Guid, string> unitCodes) => field switch
    {
        Kind => Word(a.Kind),
        FullName => a.Name,
        AddressSheet.Sex => a.Sex is { } sex ? Word(sex) : null,
        BirthYear => a.BirthYear,
        DateOfBirth => a.DateOfBirth,
        NationalId => manager.RevealNationalId(a),
        Phone => a.Phone,
        Address => a.AddressLine,
        Commune => a.Commune,
        Categories => string.Join(ListSeparator, a.CategoryList(sensitive).Select(Word)),
        Needs => string.Join(ListSeparator, a.NeedList().Select(Word)),
        Circumstances => a.Circumstances,
        HealthDetails => a.HealthDetails,
        MonthlyValueSought => (decimal?)a.MonthlyValueSought,
        AddressSheet.FacilityKind => a.FacilityKind is { } kind ? Word(kind) : null,
        Capacity => a.Capacity,
        SurveyingUnitCode => a.SurveyingUnitId is { } unitId ? unitCodes.GetValueOrDefault(unitId) : null,
        SurveyDate => a.SurveyDate,
        ConsentToSurvey => YesNo(a.SurveyConsent.Given),
        ConsentToShare => YesNo(a.ShareConsent.Given),
        ConsentToPublish => YesNo(a.PublishConsent.Given),
        _ => throw new InvalidOperationException($"No cell for the column {field}."),
    };

    private string Word<TEnum>(TEnum member) where TEnum : struct, Enum => l[WordKey(member)];

    private string YesNo(bool value) => l[value ? "Excel:Yes" : "Excel:No"];
}
