using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.Domain;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Public;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Public;

/// <summary>
/// One fund's public statement, read in the current tenant (the caller sets the URL's tenant first), for
/// the API, the page and the sheet alike: the same projection everywhere, made in the query, so that no
/// donor's name without consent and nothing of a person helped but a commune and a category ever leaves it.
/// </summary>
public sealed class PublicFundStatement(
    IRepository<Fund, Guid> funds, IRepository<Donation, Guid> donations, IRepository<Donor, Guid> donors,
    IRepository<Disbursement, Guid> disbursements, IHumanitarianAddressLookup addresses, IStringLocalizer<FundraisingResource> l)
    : ITransientDependency
{
    /// <param name="listed">How many of the latest donations and disbursements to list; null: all of them.</param>
    /// <exception cref="EntityNotFoundException">No such fund, or it keeps its statement private.</exception>
    public async Task<PublicFundDto> ReadAsync(Guid fundId, int? year, int? listed)
    {
        var fund = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => f.Id == fundId && f.IsTransparent)
            .Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync() ?? throw new EntityNotFoundException(typeof(PublicFundDto), fundId);
        var received = Received(await DonationsAsync(year)).Where(d => d.FundId == fundId);
        var spent = (await DisbursementsAsync(year)).Where(d => d.FundId == fundId);
        var monthsIn = await received.GroupBy(d => new { d.Date.Year, d.Date.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(d => d.Amount) }).ToListAsync();
        var monthsOut = await spent.GroupBy(d => new { d.Date.Year, d.Date.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Total = g.Sum(d => d.Amount) }).ToListAsync();
        var months = monthsIn.Select(m => (m.Year, m.Month)).Union(monthsOut.Select(m => (m.Year, m.Month))).Order()
            .Select(m => new PublicMonthDto
            {
                Month = $"{m.Year:D4}-{m.Month:D2}",
                Received = monthsIn.Where(i => i.Year == m.Year && i.Month == m.Month).Sum(i => i.Total),
                Spent = monthsOut.Where(o => o.Year == m.Year && o.Month == m.Month).Sum(o => o.Total),
            }).ToList();
        return new PublicFundDto
        {
            FundId = fund.Id, FundName = fund.Name, TotalReceived = months.Sum(m => m.Received), TotalSpent = months.Sum(m => m.Spent),
            Months = months, Donations = await ListDonationsAsync(received, listed), Disbursements = await ListDisbursementsAsync(spent, listed),
        };
    }

    /// <summary>What was received and not cancelled.</summary>
    public static IQueryable<Donation> Received(IQueryable<Donation> donations) => donations.Where(d => !d.IsCancelled);

    public async Task<IQueryable<Donation>> DonationsAsync(int? year)
    {
        var query = (await donations.GetQueryableAsync()).AsNoTracking();
        return year is { } y ? query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31)) : query;
    }

    public async Task<IQueryable<Disbursement>> DisbursementsAsync(int? year)
    {
        var query = (await disbursements.GetQueryableAsync()).AsNoTracking();
        return year is { } y ? query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31)) : query;
    }

    private async Task<List<PublicDonationDto>> ListDonationsAsync(IQueryable<Donation> received, int? listed)
    {
        var named = (await donors.GetQueryableAsync()).Where(d => d.PublishName && !d.IsAnonymous);
        var latest = received.OrderByDescending(d => d.Date).ThenByDescending(d => d.ReceiptSequence);
        var rows = await (listed is { } take ? latest.Take(take) : latest)
            .Select(d => new { d.Date, d.Amount, Name = named.Where(n => n.Id == d.DonorId).Select(n => n.Name).FirstOrDefault() })
            .ToListAsync();
        var anonymous = l["Public:AnonymousDonor"].Value;
        return rows.Select(d => new PublicDonationDto { Date = d.Date, Amount = d.Amount, DonorName = d.Name ?? anonymous }).ToList();
    }

    private async Task<List<PublicDisbursementDto>> ListDisbursementsAsync(IQueryable<Disbursement> spent, int? listed)
    {
        var latest = spent.OrderByDescending(d => d.Date).ThenByDescending(d => d.CreationTime);
        var rows = await (listed is { } take ? latest.Take(take) : latest)
            .Select(d => new { d.Date, d.Amount, d.Purpose, d.RecipientKind, d.HumanitarianAddressId }).ToListAsync();
        var helped = await addresses.GetPublicSummariesAsync(rows.Where(d => d.HumanitarianAddressId is not null).Select(d => d.HumanitarianAddressId!.Value));
        return rows.Select(d =>
        {
            var address = d.HumanitarianAddressId is { } id ? helped.GetValueOrDefault(id) : null;
            return new PublicDisbursementDto
            {
                Date = d.Date, Amount = d.Amount, RecipientKind = d.RecipientKind,
                Purpose = d.RecipientKind == DisbursementRecipientKind.HumanitarianAddress ? l["Public:SupportToAddress"].Value : d.Purpose,
                Commune = address?.Commune, Category = address?.Category,
            };
        }).ToList();
    }
}
