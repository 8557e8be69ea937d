using System.Globalization;
using System.Text.RegularExpressions;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donations;

/// <summary>
/// The donation list's search box: a receipt number ("2024/123" = "2024/000123") finds that receipt; other
/// text finds the gifts of the donors and restrictions whose folded names contain it. The names are looked up
/// first, in their own small tables, so the donations are then found through their indexes by id — matching
/// the names inside the donations' query made the database read a province's every gift (1.9–4.7 s at 4 million
/// donations, bench/README.md).
/// </summary>
public sealed partial class DonationSearch(IRepository<Donor, Guid> donors, IRepository<FundRestriction, Guid> restrictions) : ITransientDependency
{
    /// <summary>Names matched at most as a list of ids; a text as common as a family name falls back to a subquery.</summary>
    public const int MaxIds = 1000;

    public async Task<IQueryable<Donation>> ApplyAsync(IQueryable<Donation> query, string text)
    {
        if (ReceiptNumber().Match(text.Trim()) is { Success: true } receipt)
        {
            var number = $"{receipt.Groups[1].Value}/{int.Parse(receipt.Groups[2].Value, CultureInfo.InvariantCulture):D6}";
            return query.Where(d => d.ReceiptNumber == number);
        }
        var folded = SearchText.Normalize(text);
        var named = (await donors.GetQueryableAsync()).Where(d => d.NormalizedName.Contains(folded)).Select(d => (Guid?)d.Id);
        var restricted = (await restrictions.GetQueryableAsync()).Where(r => r.NormalizedName.Contains(folded)).Select(r => (Guid?)r.Id);
        var donorIds = await named.Take(MaxIds + 1).ToListAsync();
        var restrictionIds = await restricted.Take(MaxIds + 1).ToListAsync();
        return donorIds.Count > MaxIds || restrictionIds.Count > MaxIds
            ? query.Where(d => named.Contains(d.DonorId) || restricted.Contains(d.RestrictionId))
            : query.Where(d => donorIds.Contains(d.DonorId) || restrictionIds.Contains(d.RestrictionId));
    }

    [GeneratedRegex(@"^(\d{4})/(\d{1,6})$")]
    private static partial Regex ReceiptNumber();
}
