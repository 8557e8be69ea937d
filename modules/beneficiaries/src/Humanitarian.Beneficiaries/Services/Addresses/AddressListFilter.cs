using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Beneficiaries.Domain;

namespace Humanitarian.Beneficiaries.Services.Addresses;

/// <summary>The address list's filters within the caller's scope: the list and its Excel export show the same addresses.</summary>
public sealed class AddressListFilter(
    IRepository<HumanitarianAddress, Guid> addresses, AddressScope addressScope, AddressTwins twins, HumanitarianAddressManager manager,
    AddressViews views)
    : ITransientDependency
{
    public static readonly Dictionary<string, string> Sortable = new()
    {
        ["fullName"] = nameof(HumanitarianAddress.NormalizedName), ["name"] = nameof(HumanitarianAddress.NormalizedName),
        ["birthYear"] = nameof(HumanitarianAddress.BirthYear), ["commune"] = nameof(HumanitarianAddress.NormalizedCommune),
        ["status"] = nameof(HumanitarianAddress.Status), ["surveyDate"] = nameof(HumanitarianAddress.SurveyDate),
        ["creationTime"] = nameof(HumanitarianAddress.CreationTime),
    };

    /// <summary><c>filter</c> matches the name (case and marks folded), the commune, or exactly a national ID.</summary>
    public async Task<IQueryable<HumanitarianAddress>> ApplyAsync(IHumanitarianAddressFilter input)
    {
        var query = await addressScope.QueryAsync();
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            var hash = await views.MaySeeSensitiveAsync() ? await manager.HashOrNullAsync(input.Filter) : null;
            query = query.Where(a => a.NormalizedName.Contains(filter) || a.NormalizedCommune.Contains(filter) || (hash != null && a.NationalIdHash == hash));
        }
        if (input.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }
        if (input.Category is { } category)
        {
            var bit = EnumBits.Bit(category);
            // Asked for by someone who may not see it, HIV/AIDS matches nothing rather than telling who has it.
            query = category == AddressCategory.HivAids
                ? await views.MaySeeSensitiveAsync() ? query.Where(a => a.HasHivAids) : query.Where(a => false)
                : query.Where(a => (a.Categories & bit) != 0);
        }
        if (input.Need is { } need)
        {
            var bit = EnumBits.Bit(need);
            query = query.Where(a => (a.Needs & bit) != 0);
        }
        if (input.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }
        if (input.CommuneId is { } communeId)
        {
            query = query.Where(a => a.CommuneId == communeId);
        }
        if (input.SurveyingUnitId is { } unitId)
        {
            query = query.Where(a => a.SurveyingUnitId == unitId);
        }
        return input.DuplicatesOnly == true ? await WithPossibleDuplicatesAsync(query) : query;
    }

    /// <summary>
    /// Those with another address of the tenant that may be the same, compared with the whole tenant,
    /// since a twin outside an officer's units is still a twin.
    /// </summary>
    private async Task<IQueryable<HumanitarianAddress>> WithPossibleDuplicatesAsync(IQueryable<HumanitarianAddress> query) =>
        await twins.WithTwinAmongAsync(query, await addresses.GetQueryableAsync());

}
