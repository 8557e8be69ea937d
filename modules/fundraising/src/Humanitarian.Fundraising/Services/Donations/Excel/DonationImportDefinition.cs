using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.ExceptionHandling;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Localization;
using Microsoft.Extensions.Localization;
using static Humanitarian.Fundraising.Services.Donations.Excel.DonationSheet;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// Donations from a list or a bank statement, one per row, each recorded through the donation API
/// (<see cref="IDonationAppService.CreateAsync"/>) and so through the fund's ledger: the same checks, the
/// balance moved, a receipt numbered. Rows are written one at a time in the sheet's order, so receipts
/// follow the rows within each fund and year; a refused all-or-nothing import rolls the numbers back with
/// the rest, leaving no gap.
/// </summary>
public sealed class DonationImportDefinition(
    IDonationAppService donationAppService,
    DonationImportReferences references,
    DonationImportDonors donors,
    BusinessExceptionLocalizer business,
    IStringLocalizer<FundraisingResource> l) : ExcelImportDefinition<DonationImportInput>, ITransientDependency
{
    private DonationRowReader? _reader;
    private IReadOnlyList<ExcelColumn>? _columns;

    public override string Name => "Fundraising.Donations";

    public override IReadOnlyList<ExcelColumn> Columns => _columns ??= DonationSheet.Columns(new ExcelVocabulary(l));

    public override IStringLocalizer L => l;

    public override void Map(ExcelImportRecord<DonationImportInput> record)
    {
        _reader ??= new DonationRowReader(l);
        record.Input = _reader.Read(record);
        record.Code = record.Row[DonorName] ?? record.Row[FundCode];
    }

    public override string ColumnOf(DonationImportInput input, string member) => base.ColumnOf(input, member) switch
    {
        "fundId" => FundCode,
        "donorId" => DonorName,
        "collectingUnitId" => CollectingUnitCode,
        "creditedUnitId" => CreditedUnitCode,
        var field => field,
    };

    public override Task PrepareAsync(IReadOnlyList<ExcelImportRecord<DonationImportInput>> records, CancellationToken cancellationToken) =>
        references.ResolveAsync(records.Where(r => r.IsValid).ToList(), cancellationToken);

    /// <summary>The API's refusals name a member; the sheet's user is told its column.</summary>
    public override async Task<ExcelImportRowStatus> WriteAsync(DonationImportInput input, CancellationToken cancellationToken)
    {
        try
        {
            if (input.DonorId is null && input.DonorName is not null)
            {
                input.DonorId = await donors.FindOrCreateAsync(input, cancellationToken);
            }
            await donationAppService.CreateAsync(input);
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

    /// <returns>"Cột 'Ngày': …"; null when no member is a column.</returns>
    private string? InColumns(DonationImportInput input, IReadOnlyList<string> members, string message)
    {
        var headers = members.Select(m => ColumnOf(input, CamelCase(m))).Distinct()
            .Select(field => Columns.FirstOrDefault(c => c.Field == field)).OfType<ExcelColumn>()
            .Select(c => l[c.HeaderKey].Value).ToList();
        return headers.Count == 0 ? null : l["ImportRowInColumns", string.Join("', '", headers), message].Value;
    }

    /// <summary>The ledger names members as C# does ("Date"); columns are named as JSON does ("date").</summary>
    private static string CamelCase(string member) => member.Length == 0 ? member : char.ToLowerInvariant(member[0]) + member[1..];
}
