using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Organization.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static Humanitarian.Fundraising.Services.Donations.Excel.DonationSheet;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// The fund by its code and the units by theirs, each looked up once per import however many rows name
/// them; the donor by tax code when the row gives one, else by folded name. A fund is only ever the
/// tenant's own: another tenant's code, or a predecessor's closed fund, is unknown here.
/// </summary>
public sealed class DonationImportReferences(
    IRepository<Fund, Guid> funds,
    IUnitLookup units,
    DonationImportDonors donors,
    ICurrentTenant currentTenant,
    IStringLocalizer<FundraisingResource> l) : ITransientDependency
{
    public async Task ResolveAsync(IReadOnlyList<ExcelImportRecord<DonationImportInput>> records, CancellationToken cancellationToken)
    {
        var fundIds = await FundIdsAsync(records, cancellationToken);
        var unitIds = await UnitIdsAsync(records);
        foreach (var record in records)
        {
            var input = record.Input!;
            if (input.FundCode is { } code)
            {
                if (fundIds.TryGetValue(SearchText.Normalize(code), out var fundId))
                {
                    input.FundId = fundId;
                }
                else
                {
                    record.AddCellError(FundCode, l["ImportRowUnknownFund", Header(FundCode), code]);
                }
            }
            input.CollectingUnitId = Unit(record, CollectingUnitCode, input.CollectingUnitCode, unitIds);
            input.CreditedUnitId = Unit(record, CreditedUnitCode, input.CreditedUnitCode, unitIds);
        }
        await donors.ResolveAsync(records.Where(r => r.IsValid).ToList(), cancellationToken);
    }

    private async Task<Dictionary<string, Guid>> FundIdsAsync(
        IReadOnlyList<ExcelImportRecord<DonationImportInput>> records, CancellationToken cancellationToken)
    {
        var codes = records.Select(r => SearchText.Normalize(r.Input!.FundCode)).Where(c => c.Length > 0).Distinct().ToList();
        var tenantId = currentTenant.Id;
        return await (await funds.GetQueryableAsync()).AsNoTracking()
            .Where(f => f.TenantId == tenantId && codes.Contains(f.NormalizedCode))
            .ToDictionaryAsync(f => f.NormalizedCode, f => f.Id, cancellationToken);
    }

    /// <summary>Codes as typed and in capitals (how units are usually coded), matched without regard to case.</summary>
    private async Task<Dictionary<string, Guid>> UnitIdsAsync(IReadOnlyList<ExcelImportRecord<DonationImportInput>> records)
    {
        var codes = records.SelectMany(r => new[] { r.Input!.CollectingUnitCode, r.Input.CreditedUnitCode }).OfType<string>()
            .SelectMany(c => new[] { c, c.ToUpperInvariant() }).Distinct().ToList();
        var found = codes.Count == 0 ? new Dictionary<string, Guid>() : await units.GetIdsByCodeAsync(codes);
        var byCode = new Dictionary<string, Guid>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, id) in found)
        {
            byCode.TryAdd(code, id);
        }
        return byCode;
    }

    private Guid? Unit(ExcelImportRecord<DonationImportInput> record, string field, string? code, Dictionary<string, Guid> unitIds)
    {
        if (code is null)
        {
            return null;
        }
        if (unitIds.TryGetValue(code, out var id))
        {
            return id;
        }
        record.AddCellError(field, l["ImportRowUnknownUnit", Header(field), code]);
        return null;
    }

    private string Header(string field) => l[HeaderKey(field)];
}
