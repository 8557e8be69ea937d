using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.ExceptionHandling;
using Microsoft.Extensions.Localization;
using static Humanitarian.Beneficiaries.Services.Excel.AddressSheet;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// Humanitarian addresses from a unit's survey list, one per row, each created through the address API
/// (<see cref="IHumanitarianAddressAppService.CreateAsync"/>): the same national ID check and
/// encryption, the same unit scope and sensitive-data permission. The surveying unit is named by its
/// code and the commune by its name; probable duplicates are written and flagged.
/// </summary>
public sealed class HumanitarianAddressImportDefinition(
    IHumanitarianAddressAppService addressAppService,
    AddressImportReferences references,
    AddressImportDuplicates duplicates,
    BusinessExceptionLocalizer business,
    IStringLocalizer<BeneficiariesResource> l) : ExcelImportDefinition<HumanitarianAddressImportInput>, ITransientDependency
{
    private AddressRowReader? _reader;

    public override string Name => "Beneficiaries.HumanitarianAddresses";

    public override IReadOnlyList<ExcelColumn> Columns => AddressSheet.Columns;

    // The checks across rows (duplicates in the file and in the tenant) are made before writing, and
    // creating an address queries nothing an earlier row writes: a save per hundred rows is safe.
    public override int WriteBatchSize => 100;

    public override IStringLocalizer L => l;

    public override void Map(ExcelImportRecord<HumanitarianAddressImportInput> record)
    {
        _reader ??= new AddressRowReader(l);
        record.Input = _reader.Read(record);
        record.Code = record.Row[FullName];
    }

    public override string ColumnOf(HumanitarianAddressImportInput input, string member) => base.ColumnOf(input, member) switch
    {
        "name" => FullName,
        "communeId" => Commune,
        "surveyingUnitId" => SurveyingUnitCode,
        var field => field,
    };

    public override async Task PrepareAsync(IReadOnlyList<ExcelImportRecord<HumanitarianAddressImportInput>> records, CancellationToken cancellationToken)
    {
        await references.ResolveAsync(records.Where(r => r.IsValid).ToList());
        await duplicates.FlagAsync(records.Where(r => r.IsValid).ToList(), cancellationToken);
    }

    /// <summary>The API's refusals name a member; the sheet's user is told its column.</summary>
    public override async Task<ExcelImportRowStatus> WriteAsync(HumanitarianAddressImportInput input, CancellationToken cancellationToken)
    {
        try
        {
            await addressAppService.CreateAsync(input);
        }
        catch (BusinessException e) when (InColumns(input, BusinessExceptionLocalizer.GetMembers(e), business.GetMessage(e)) is { } message)
        {
            throw new BusinessException(message: message);
        }
        catch (AbpValidationException e)
        {
            throw new AbpValidationException([.. e.ValidationErrors.Select(v => v with { Message = InColumns(input, v.Members, v.Message) ?? v.Message })]);
        }
        return ExcelImportRowStatus.Imported;
    }

    /// <returns>"Cột 'Số CCCD/CMND': …"; null when no member is a column.</returns>
    private string? InColumns(HumanitarianAddressImportInput input, IReadOnlyList<string> members, string message)
    {
        var headers = members.Select(m => ColumnOf(input, m)).Distinct()
            .Select(field => Columns.FirstOrDefault(c => c.Field == field)).OfType<ExcelColumn>()
            .Select(c => l[c.HeaderKey].Value).ToList();
        return headers.Count == 0 ? null : l["ImportRowInColumns", string.Join("', '", headers), message].Value;
    }
}
