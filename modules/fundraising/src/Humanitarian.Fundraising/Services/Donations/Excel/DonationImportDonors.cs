using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using static Humanitarian.Fundraising.Services.Donations.Excel.DonationSheet;

namespace Humanitarian.Fundraising.Services.Donations.Excel;

/// <summary>
/// Who gave each row's gift: the tenant's donor of the row's tax code, or else the one donor of its folded
/// name. A name no donor has is a new donor, created when its first row is written, through the donor API
/// (its permission and rules): an individual, without consent to publish the name (Decree 13/2023/NĐ-CP) —
/// a bank statement's senders are mostly first-time givers, and an officer who had to record each of them
/// by hand first would not import at all. The row carries a warning, so a misspelt name of a known donor is
/// seen and merged on the duplicates page. A name two donors share is refused: the tax code tells them apart.
/// A row without a name or tax code is a gift whose giver is unknown (a donation box).
/// </summary>
public sealed class DonationImportDonors(
    IRepository<Donor, Guid> donors,
    IDonorAppService donorAppService,
    IStringLocalizer<FundraisingResource> l) : ITransientDependency
{
    // Values per IN list: well under SQLite's and MariaDB's limits on parameters.
    private const int Chunk = 500;

    public async Task ResolveAsync(IReadOnlyList<ExcelImportRecord<DonationImportInput>> records, CancellationToken cancellationToken)
    {
        var taxCodes = records.Select(r => Trimmed(r.Input!.TaxCode)).OfType<string>().Distinct().ToList();
        var names = records.Select(r => SearchText.Normalize(r.Input!.DonorName)).Where(n => n.Length > 0).Distinct().ToList();
        var byTaxCode = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var byName = new Dictionary<string, List<Guid>>(StringComparer.Ordinal);
        var query = (await donors.GetQueryableAsync()).AsNoTracking();
        foreach (var chunk in taxCodes.Chunk(Chunk))
        {
            foreach (var donor in await query.Where(d => d.TaxCode != null && chunk.Contains(d.TaxCode))
                         .Select(d => new { d.Id, d.TaxCode }).ToListAsync(cancellationToken))
            {
                byTaxCode.TryAdd(donor.TaxCode!, donor.Id);
            }
        }
        foreach (var chunk in names.Chunk(Chunk))
        {
            foreach (var donor in await query.Where(d => chunk.Contains(d.NormalizedName))
                         .Select(d => new { d.Id, d.NormalizedName }).ToListAsync(cancellationToken))
            {
                (byName.TryGetValue(donor.NormalizedName, out var ids) ? ids : byName[donor.NormalizedName] = []).Add(donor.Id);
            }
        }
        var newDonors = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            Resolve(record, byTaxCode, byName, newDonors);
        }
    }

    private void Resolve(ExcelImportRecord<DonationImportInput> record, Dictionary<string, Guid> byTaxCode,
        Dictionary<string, List<Guid>> byName, HashSet<string> newDonors)
    {
        var input = record.Input!;
        var taxCode = Trimmed(input.TaxCode);
        var name = SearchText.Normalize(input.DonorName);
        if (taxCode is not null && byTaxCode.TryGetValue(taxCode, out var byCode))
        {
            input.DonorId = byCode;
            return;
        }
        if (taxCode is null && byName.GetValueOrDefault(name) is { } named)
        {
            if (named.Count == 1)
            {
                input.DonorId = named[0];
            }
            else
            {
                record.AddCellError(DonorName, l["ImportRowDonorAmbiguous", Header(DonorName), input.DonorName!, named.Count, Header(TaxCode)]);
            }
            return;
        }
        if (name.Length == 0)
        {
            if (taxCode is not null)
            {
                record.AddCellError(TaxCode, l["ImportRowUnknownTaxCode", Header(TaxCode), taxCode, Header(DonorName)]);
            }
            return;
        }
        // Once per new donor: later rows of the same donor are its gifts, not further donors.
        if (newDonors.Add(taxCode ?? name))
        {
            record.Warnings.Add(l["ImportRowNewDonor", input.DonorName!]);
        }
    }

    /// <summary>The row's donor, created by an earlier row of the file or now: see the class.</summary>
    public async Task<Guid> FindOrCreateAsync(DonationImportInput input, CancellationToken cancellationToken)
    {
        var taxCode = Trimmed(input.TaxCode);
        var name = SearchText.Normalize(input.DonorName);
        var query = (await donors.GetQueryableAsync()).AsNoTracking();
        var existing = taxCode is not null
            ? await query.Where(d => d.TaxCode == taxCode).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken)
            : await query.Where(d => d.NormalizedName == name).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }
        var created = await donorAppService.CreateAsync(new CreateDonorDto
        {
            Name = input.DonorName!.Trim(), Kind = DonorKind.Individual, TaxCode = taxCode, PublishName = false,
        });
        return created.Id;
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private string Header(string field) => l[HeaderKey(field)];
}
