using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Entities;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

/// <summary>
/// Donors' totals summed in the database: donations not cancelled (cash, and goods at their estimated
/// value), in the current tenant and those it inherited, grouped by donor. For the statistics and for Awards.
/// </summary>
public sealed class DonorTotals(IRepository<Donation, Guid> donations, IRepository<Donor, Guid> donors)
    : IDonorTotalsLookup, ITransientDependency
{
    public async Task<IQueryable<DonorTotalDto>> QueryAsync(DateOnly? from, DateOnly? to, Guid? fundId)
    {
        var given = (await donations.GetQueryableAsync()).AsNoTracking().Where(d => !d.IsCancelled && d.DonorId != null);
        given = from is { } first ? given.Where(d => d.Date >= first) : given;
        given = to is { } last ? given.Where(d => d.Date <= last) : given;
        given = fundId is { } fund ? given.Where(d => d.FundId == fund) : given;
        var sums = given.GroupBy(d => d.DonorId!.Value).Select(g => new { DonorId = g.Key, Amount = g.Sum(d => d.Amount), Donations = g.Count() });
        return from sum in sums
               join donor in (await donors.GetQueryableAsync()).AsNoTracking() on sum.DonorId equals donor.Id
               select new DonorTotalDto
               {
                   DonorId = donor.Id, Name = donor.Name, Kind = donor.Kind, IsAnonymous = donor.IsAnonymous, Amount = sum.Amount, Donations = sum.Donations,
               };
    }

    public async Task<IReadOnlyList<DonorTotalDto>> GetAtLeastAsync(DateOnly from, DateOnly to, long atLeast) =>
        await (await QueryAsync(from, to, null)).Where(t => t.Amount >= atLeast).OrderByDescending(t => t.Amount).ThenBy(t => t.Name).ToListAsync();
}
