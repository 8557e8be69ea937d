using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Disbursements;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Public;

/// <summary>
/// Anyone may read it, so it reads the named tenant's rows whatever tenant the caller's cookie or header
/// names, and projects in the query to what a public statement says: no donor's name without consent,
/// no contact, nothing of a person helped but a commune and a category.
/// </summary>
[AllowAnonymous]
public sealed class TransparencyAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IRepository<Fund, Guid> funds, IRepository<Donation, Guid> donations,
    IRepository<Donor, Guid> donors, IRepository<Disbursement, Guid> disbursements, IHumanitarianAddressLookup addresses,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, ITransparencyAppService
{
    [HttpGet("api/public/transparency/{tenantName}/funds")]
    public async Task<ListResultDto<PublicFundSummaryDto>> GetFundsAsync(string tenantName)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using var named = currentTenant.Change(tenant.Id, tenant.Name);
        var shown = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => f.IsTransparent).OrderBy(f => f.NormalizedName)
            .Select(f => new { f.Id, f.Name }).ToListAsync();
        var ids = shown.Select(f => f.Id).ToList();
        var received = await Received(await DonationsAsync(null)).Where(d => ids.Contains(d.FundId))
            .GroupBy(d => d.FundId).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Total);
        var spent = await (await DisbursementsAsync(null)).Where(d => ids.Contains(d.FundId))
            .GroupBy(d => d.FundId).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Total);
        return new ListResultDto<PublicFundSummaryDto>(shown.Select(f => new PublicFundSummaryDto
        {
            FundId = f.Id, FundName = f.Name, TotalReceived = received.GetValueOrDefault(f.Id), TotalSpent = spent.GetValueOrDefault(f.Id),
        }).ToList());
    }

    [HttpGet("api/public/transparency/{tenantName}/funds/{fundId}")]
    public async Task<PublicFundDto> GetFundAsync(string tenantName, Guid fundId, [FromQuery] PublicFundInput input)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using var named = currentTenant.Change(tenant.Id, tenant.Name);
        var fund = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => f.Id == fundId && f.IsTransparent)
            .Select(f => new { f.Id, f.Name }).SingleOrDefaultAsync() ?? throw new EntityNotFoundException(typeof(PublicFundDto), fundId);
        var received = (await DonationsAsync(input.Year)).Where(d => d.FundId == fundId && !d.IsCancelled);
        var spent = (await DisbursementsAsync(input.Year)).Where(d => d.FundId == fundId);
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
            Months = months, Donations = await ListDonationsAsync(received), Disbursements = await ListDisbursementsAsync(spent),
        };
    }

    private async Task<List<PublicDonationDto>> ListDonationsAsync(IQueryable<Donation> received)
    {
        var named = (await donors.GetQueryableAsync()).Where(d => d.PublishName && !d.IsAnonymous);
        var rows = await received.OrderByDescending(d => d.Date).ThenByDescending(d => d.ReceiptSequence).Take(TransparencyConsts.MaxListed)
            .Select(d => new { d.Date, d.Amount, Name = named.Where(n => n.Id == d.DonorId).Select(n => n.Name).FirstOrDefault() })
            .ToListAsync();
        var anonymous = l["Public:AnonymousDonor"].Value;
        return rows.Select(d => new PublicDonationDto { Date = d.Date, Amount = d.Amount, DonorName = d.Name ?? anonymous }).ToList();
    }

    private async Task<List<PublicDisbursementDto>> ListDisbursementsAsync(IQueryable<Disbursement> spent)
    {
        var rows = await spent.OrderByDescending(d => d.Date).ThenByDescending(d => d.CreationTime).Take(TransparencyConsts.MaxListed)
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

    private static IQueryable<Donation> Received(IQueryable<Donation> donations) => donations.Where(d => !d.IsCancelled);

    private async Task<IQueryable<Donation>> DonationsAsync(int? year)
    {
        var query = (await donations.GetQueryableAsync()).AsNoTracking();
        return year is { } y ? query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31)) : query;
    }

    private async Task<IQueryable<Disbursement>> DisbursementsAsync(int? year)
    {
        var query = (await disbursements.GetQueryableAsync()).AsNoTracking();
        return year is { } y ? query.Where(d => d.Date >= new DateOnly(y, 1, 1) && d.Date <= new DateOnly(y, 12, 31)) : query;
    }
}
