using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Domain;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Fundraising.Pledges;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Pledges;

[Authorize(FundraisingPermissions.Pledges.Default)]
public sealed class PledgeAppService(
    IRepository<Pledge, Guid> pledges,
    IRepository<Donation, Guid> donations,
    IRepository<Fund, Guid> funds,
    IRepository<Donor, Guid> donors,
    FundLedger ledger,
    IUnitLookup units,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IPledgeAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["dueDate"] = nameof(Pledge.DueDate), ["amount"] = nameof(Pledge.Amount), ["creationTime"] = nameof(Pledge.CreationTime),
    };

    public async Task<PagedResultDto<PledgeDto>> GetListAsync(PledgeListInput input)
    {
        var query = (await pledges.GetQueryableAsync()).AsNoTracking();
        query = input.FundId is { } fundId ? query.Where(p => p.FundId == fundId) : query;
        query = input.DonorId is { } donorId ? query.Where(p => p.DonorId == donorId) : query;
        if (input.IsOverdue is { } overdue)
        {
            var today = VietnamCalendar.Today(clock);
            var given = await GivenAsync();
            query = query.Where(p => (given.Where(d => d.PledgeId == p.Id).Sum(d => d.Amount)
                                      < p.Instalments.Where(i => i.DueDate < today).Sum(i => i.Amount)) == overdue);
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "dueDate", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<PledgeDto>(total, await ShowAsync(page));
    }

    public async Task<PledgeDto> GetAsync(Guid id) => (await ShowAsync([await pledges.GetAsync(id)]))[0];

    [Authorize(FundraisingPermissions.Pledges.Create)]
    public async Task<PledgeDto> CreateAsync(CreatePledgeDto input)
    {
        // A predecessor's fund, which the heir reads, takes no new promises: it takes no donations.
        if (!await ledger.IsOpenAsync(input.FundId))
        {
            throw new AbpValidationException(l["Validation:UnknownFund"], "fundId");
        }
        if (!await (await donors.GetQueryableAsync()).AnyAsync(d => d.Id == input.DonorId))
        {
            throw new AbpValidationException(l["Validation:UnknownDonor"], "donorId");
        }
        var pledge = new Pledge(Guid.NewGuid(), input.FundId, input.DonorId);
        await SetAsync(pledge, input);
        await pledges.InsertAsync(pledge, autoSave: true);
        return (await ShowAsync([pledge]))[0];
    }

    [Authorize(FundraisingPermissions.Pledges.Update)]
    public async Task<PledgeDto> UpdateAsync(Guid id, UpdatePledgeDto input)
    {
        var pledge = await pledges.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            pledge.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        await SetAsync(pledge, input);
        await pledges.UpdateAsync(pledge, autoSave: true);
        return (await ShowAsync([pledge]))[0];
    }

    [Authorize(FundraisingPermissions.Pledges.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var pledge = await pledges.GetAsync(id);
        if (await (await donations.GetQueryableAsync()).AnyAsync(d => d.PledgeId == id))
        {
            throw new BusinessException(FundraisingErrorCodes.PledgeHasDonations);
        }
        await pledges.DeleteAsync(pledge);
    }

    private async Task SetAsync(Pledge pledge, UpdatePledgeDto input)
    {
        if (input.CollectingUnitId is { } unitId && !await units.ExistsAsync(unitId))
        {
            throw new AbpValidationException(l["Validation:UnknownUnit"], "collectingUnitId");
        }
        pledge.Set(input.Amount, input.DueDate, input.Instalments?.Select(i => (i.DueDate, i.Amount)).ToList(), input.CollectingUnitId, input.Note);
    }

    /// <summary>The donations that count toward pledges: cancelled ones give nothing.</summary>
    private async Task<IQueryable<Donation>> GivenAsync() => (await donations.GetQueryableAsync()).Where(d => d.PledgeId != null && !d.IsCancelled);

    private async Task<List<PledgeDto>> ShowAsync(IReadOnlyList<Pledge> shown)
    {
        var ids = shown.Select(p => p.Id).ToList();
        var fundIds = shown.Select(p => p.FundId).Distinct().ToList();
        var donorIds = shown.Select(p => p.DonorId).Distinct().ToList();
        var fulfilled = await (await GivenAsync()).Where(d => ids.Contains(d.PledgeId!.Value)).GroupBy(d => d.PledgeId!.Value)
            .Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Total);
        var fundNames = await (await funds.GetQueryableAsync()).Where(f => fundIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name);
        var donorNames = await (await donors.GetQueryableAsync()).Where(d => donorIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name);
        var today = VietnamCalendar.Today(clock);
        return shown.Select(p =>
        {
            var given = fulfilled.GetValueOrDefault(p.Id);
            return new PledgeDto
            {
                Id = p.Id, FundId = p.FundId, FundName = fundNames.GetValueOrDefault(p.FundId, ""), DonorId = p.DonorId,
                DonorName = donorNames.GetValueOrDefault(p.DonorId, ""), Amount = p.Amount, DueDate = p.DueDate,
                CollectingUnitId = p.CollectingUnitId, Note = p.Note, FulfilledAmount = given, IsOverdue = p.IsOverdue(given, today),
                Instalments = p.Instalments.OrderBy(i => i.DueDate).Select(i => new PledgeInstalmentDto { DueDate = i.DueDate, Amount = i.Amount }).ToList(),
                NextDueDate = p.NextDueDate(given),
                ConcurrencyStamp = p.ConcurrencyStamp, CreationTime = p.CreationTime, CreatorId = p.CreatorId,
                LastModificationTime = p.LastModificationTime, LastModifierId = p.LastModifierId,
            };
        }).ToList();
    }
}
