using Humanitarian.Campaigns.Campaigns;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Humanitarian.Framework.Users;
using Humanitarian.Fundraising.Domain;
using Humanitarian.Fundraising.Donations;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Donations;

[Authorize(FundraisingPermissions.Donations.Default)]
public sealed class DonationAppService(
    IRepository<Donation, Guid> donations,
    IRepository<Fund, Guid> funds,
    IRepository<Donor, Guid> donors,
    IRepository<Pledge, Guid> pledges,
    FundLedger ledger,
    DonationSearch search,
    IUnitLookup units,
    ICampaignLookup campaigns,
    ICurrentUser currentUser,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IDonationAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["date"] = nameof(Donation.Date), ["amount"] = nameof(Donation.Amount), ["receiptNumber"] = nameof(Donation.ReceiptNumber),
        ["creationTime"] = nameof(Donation.CreationTime),
    };

    public async Task<PagedResultDto<DonationDto>> GetListAsync(DonationListInput input)
    {
        var query = await FilteredAsync(input);
        var total = CountsEveryGift(input) ? await ledger.CountReceiptsAsync(input.FundId) : await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "date desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<DonationDto>(total, await ShowAsync(page));
    }

    public async Task<DonationDto> GetAsync(Guid id) => (await ShowAsync([await donations.GetAsync(id)]))[0];

    [Authorize(FundraisingPermissions.Donations.Create)]
    public async Task<DonationDto> CreateAsync(CreateDonationDto input)
    {
        await CheckReferencesAsync(input);
        var amount = DonationAmount.Of(input.Kind, input.Amount, input.Currency, input.ForeignAmount, input.ExchangeRate);
        var donation = new Donation(Guid.NewGuid(), input.FundId, input.DonorId, input.Date, amount, input.Description,
            (input.CollectingUnitId, input.CreditedUnitId, input.CampaignId));
        if (input.PledgeId is { } pledgeId)
        {
            donation.Fulfil(await (await pledges.GetQueryableAsync()).FirstOrDefaultAsync(p => p.Id == pledgeId)
                            ?? throw new AbpValidationException(l["Validation:UnknownPledge"], "pledgeId"));
        }
        // Read before the ledger takes the fund's lock: everything after it waits for this gift's commit.
        var names = await NamesAsync([donation]);
        await ledger.ReceiveAsync(donation, input.Restriction);
        await donations.InsertAsync(donation, autoSave: true);
        return names.Show(donation);
    }

    [Authorize(FundraisingPermissions.Donations.Cancel)]
    public async Task<DonationDto> CancelAsync(Guid id, CancelDonationDto input)
    {
        var donation = await donations.GetAsync(id);
        donation.Cancel(input.Reason, clock.GetUtcNow().UtcDateTime, currentUser.Id);
        await ledger.ReverseAsync(donation, VietnamCalendar.Today(clock));
        await donations.UpdateAsync(donation, autoSave: true);
        return (await ShowAsync([donation]))[0];
    }

    private async Task CheckReferencesAsync(CreateDonationDto input)
    {
        if (!await ledger.IsOpenAsync(input.FundId))
        {
            throw new AbpValidationException(l["Validation:UnknownFund"], "fundId");
        }
        if (input.DonorId is { } donorId && !await (await donors.GetQueryableAsync()).AnyAsync(d => d.Id == donorId))
        {
            throw new AbpValidationException(l["Validation:UnknownDonor"], "donorId");
        }
        if (input.Date > VietnamCalendar.Today(clock))
        {
            throw new BusinessException(FundraisingErrorCodes.FutureDate).WithMember("Date");
        }
        var unitIds = new[] { input.CollectingUnitId, input.CreditedUnitId }.OfType<Guid>().ToList();
        var known = await units.GetNamesAsync(unitIds);
        foreach (var (unit, member) in new[] { (input.CollectingUnitId, "collectingUnitId"), (input.CreditedUnitId, "creditedUnitId") })
        {
            if (unit is { } unitId && !known.ContainsKey(unitId))
            {
                throw new AbpValidationException(l["Validation:UnknownUnit"], member);
            }
        }
        if (input.CampaignId is { } campaignId && !(await campaigns.GetNamesAsync([campaignId])).ContainsKey(campaignId))
        {
            throw new AbpValidationException(l["Validation:UnknownCampaign"], "campaignId");
        }
    }

    /// <summary>The whole list, or one fund's: its total is the receipts given (see <see cref="FundLedger.CountReceiptsAsync"/>).</summary>
    private static bool CountsEveryGift(DonationListInput input) =>
        string.IsNullOrWhiteSpace(input.Filter) && input is { DonorId: null, CreditedUnitId: null, From: null, To: null, IsCancelled: null };

    private async Task<IQueryable<Donation>> FilteredAsync(DonationListInput input)
    {
        var query = (await donations.GetQueryableAsync()).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            query = await search.ApplyAsync(query, input.Filter);
        }
        query = input.FundId is { } fundId ? query.Where(d => d.FundId == fundId) : query;
        query = input.DonorId is { } donorId ? query.Where(d => d.DonorId == donorId) : query;
        query = input.CreditedUnitId is { } unitId ? query.Where(d => d.CreditedUnitId == unitId) : query;
        query = input.From is { } from ? query.Where(d => d.Date >= from) : query;
        query = input.To is { } to ? query.Where(d => d.Date <= to) : query;
        return input.IsCancelled is { } cancelled ? query.Where(d => d.IsCancelled == cancelled) : query;
    }

    private async Task<List<DonationDto>> ShowAsync(IReadOnlyList<Donation> shown)
    {
        var names = await NamesAsync(shown);
        return shown.Select(names.Show).ToList();
    }

    private async Task<DonationNames> NamesAsync(IReadOnlyList<Donation> shown)
    {
        var fundIds = shown.Select(d => d.FundId).Distinct().ToList();
        var donorIds = shown.Where(d => d.DonorId is not null).Select(d => d.DonorId!.Value).Distinct().ToList();
        var fundNames = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name);
        var donorNames = await (await donors.GetQueryableAsync()).AsNoTracking().Where(d => donorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name);
        return new DonationNames(fundNames, donorNames);
    }

    private sealed record DonationNames(Dictionary<Guid, string> Funds, Dictionary<Guid, string> Donors)
    {
        public DonationDto Show(Donation d) => new()
        {
            Id = d.Id, FundId = d.FundId, FundName = Funds.GetValueOrDefault(d.FundId, ""), DonorId = d.DonorId,
            DonorName = d.DonorId is { } donor ? Donors.GetValueOrDefault(donor) : null, Date = d.Date, ReceiptNumber = d.ReceiptNumber,
            Kind = d.Kind, Amount = d.Amount, Currency = d.Currency, ForeignAmount = d.ForeignAmount, ExchangeRate = d.ExchangeRate,
            Description = d.Description, CollectingUnitId = d.CollectingUnitId, CreditedUnitId = d.CreditedUnitId, CampaignId = d.CampaignId, PledgeId = d.PledgeId,
            Restriction = d.Restriction, IsCancelled = d.IsCancelled, CancellationReason = d.CancellationReason,
            CancellationTime = d.CancellationTime, CreationTime = d.CreationTime, CreatorId = d.CreatorId,
        };
    }
}
