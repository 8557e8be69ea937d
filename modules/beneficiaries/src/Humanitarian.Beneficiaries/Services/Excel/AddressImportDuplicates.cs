using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Excel.Import;
using Humanitarian.Framework.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Excel;

/// <summary>
/// Probable duplicates in a list, by the address API's rules (<see cref="IHumanitarianAddressAppService.GetPossibleDuplicatesAsync"/>):
/// the same national ID, or a person of the same folded name, birth year and commune — against the
/// tenant's addresses and against earlier rows of the file. They are written all the same, with a warning.
/// </summary>
public sealed class AddressImportDuplicates(
    IRepository<HumanitarianAddress, Guid> addresses,
    HumanitarianAddressManager manager,
    IStringLocalizer<BeneficiariesResource> l) : ITransientDependency
{
    // Values per IN list: well under SQLite's and MariaDB's limits on parameters.
    private const int Chunk = 500;

    private sealed record NameKey(string Name, int BirthYear, string Commune);

    public async Task FlagAsync(IReadOnlyList<ExcelImportRecord<HumanitarianAddressImportInput>> records, CancellationToken cancellationToken)
    {
        var people = new List<(ExcelImportRecord<HumanitarianAddressImportInput> Record, string? Hash, NameKey? Key)>();
        foreach (var record in records.Where(r => r.Input!.Kind == HumanitarianAddressKind.Person))
        {
            var input = record.Input!;
            var birthYear = input.BirthYear ?? input.DateOfBirth?.Year;
            var commune = SearchText.Normalize(input.Commune);
            var key = birthYear is { } year && commune.Length > 0
                ? new NameKey(SearchText.Normalize(input.FullName ?? input.Name), year, commune)
                : null;
            people.Add((record, await manager.HashOrNullAsync(input.NationalId), key));
        }

        var firstWithHash = new Dictionary<string, int>(StringComparer.Ordinal);
        var firstWithKey = new Dictionary<NameKey, int>();
        var unflagged = new List<(ExcelImportRecord<HumanitarianAddressImportInput> Record, string? Hash, NameKey? Key)>();
        foreach (var person in people)
        {
            var row = person.Record.Row.Number;
            if (person.Hash is { } hash && !firstWithHash.TryAdd(hash, row))
            {
                person.Record.Warnings.Add(l["ImportRowDuplicateOfRow", firstWithHash[hash], Reason(DuplicateReason.SameNationalId)]);
            }
            else if (person.Key is { } key && !firstWithKey.TryAdd(key, row))
            {
                person.Record.Warnings.Add(l["ImportRowDuplicateOfRow", firstWithKey[key], Reason(DuplicateReason.SameNameBirthYearCommune)]);
            }
            else
            {
                unflagged.Add(person);
            }
        }

        var storedHashes = await StoredHashesAsync(firstWithHash.Keys, cancellationToken);
        var storedKeys = await StoredKeysAsync(firstWithKey.Keys.Select(k => k.Name), cancellationToken);
        foreach (var (record, hash, key) in unflagged)
        {
            if (hash is not null && storedHashes.Contains(hash))
            {
                record.Warnings.Add(l["ImportRowDuplicateOfExisting", Reason(DuplicateReason.SameNationalId)]);
            }
            else if (key is not null && storedKeys.Contains(key))
            {
                record.Warnings.Add(l["ImportRowDuplicateOfExisting", Reason(DuplicateReason.SameNameBirthYearCommune)]);
            }
        }
    }

    private async Task<HashSet<string>> StoredHashesAsync(IEnumerable<string> hashes, CancellationToken cancellationToken)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var query = (await addresses.GetQueryableAsync()).AsNoTracking();
        foreach (var chunk in hashes.Chunk(Chunk))
        {
            found.UnionWith(await query.Where(a => a.NationalIdHash != null && chunk.Contains(a.NationalIdHash))
                .Select(a => a.NationalIdHash!).ToListAsync(cancellationToken));
        }
        return found;
    }

    private async Task<HashSet<NameKey>> StoredKeysAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var found = new HashSet<NameKey>();
        var query = (await addresses.GetQueryableAsync()).AsNoTracking();
        foreach (var chunk in names.Distinct().Chunk(Chunk))
        {
            var people = await query
                .Where(a => a.Kind == HumanitarianAddressKind.Person && a.BirthYear != null && chunk.Contains(a.NormalizedName))
                .Select(a => new { a.NormalizedName, a.BirthYear, a.NormalizedCommune }).ToListAsync(cancellationToken);
            found.UnionWith(people.Select(p => new NameKey(p.NormalizedName, p.BirthYear!.Value, p.NormalizedCommune)));
        }
        return found;
    }

    private string Reason(DuplicateReason reason) => l[$"Excel:DuplicateReason:{reason}"];
}
