using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Funds;
using Humanitarian.Fundraising.Localization;
using Humanitarian.Fundraising.Permissions;
using Humanitarian.Organization.Committees;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Fundraising.Services.Funds;

[Authorize(FundraisingPermissions.Funds.Default)]
public sealed class FundAppService(
    IRepository<Fund, Guid> funds,
    IRepository<FundRestriction, Guid> restrictions,
    IRepository<FundLedgerEntry, Guid> ledger,
    IRepository<Pledge, Guid> pledges,
    UniqueCodes<Fund> codes,
    ICommitteeLookup committees,
    TimeProvider clock,
    IStringLocalizer<FundraisingResource> l) : ApplicationService, IFundAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["code"] = nameof(Fund.Code), ["name"] = nameof(Fund.NormalizedName), ["balance"] = nameof(Fund.Balance),
        ["creationTime"] = nameof(Fund.CreationTime),
    };

    public async Task<PagedResultDto<FundDto>> GetListAsync(FundListInput input)
    {
        var query = (await funds.GetQueryableAsync()).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = SearchText.Normalize(input.Filter);
            query = query.Where(f => f.NormalizedName.Contains(filter) || f.NormalizedCode.Contains(filter));
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "code", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<FundDto>(total, await ShowAsync(page));
    }

    public async Task<FundDto> GetAsync(Guid id) => (await ShowAsync([await funds.GetAsync(id)]))[0];

    [Authorize(FundraisingPermissions.Funds.Create)]
    public async Task<FundDto> CreateAsync(CreateFundDto input)
    {
        await codes.EnsureFreeAsync(input.Code, null, FundraisingErrorCodes.DuplicateFundCode);
        await CheckCommitteeAsync(input.ManagingCommitteeId);
        var fund = await funds.InsertAsync(new Fund(Guid.NewGuid(), input.Code, input.Name, input.ManagingCommitteeId, input.IsTransparent), autoSave: true);
        return (await ShowAsync([fund]))[0];
    }

    [Authorize(FundraisingPermissions.Funds.Update)]
    public async Task<FundDto> UpdateAsync(Guid id, UpdateFundDto input)
    {
        var fund = await funds.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            fund.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        await CheckCommitteeAsync(input.ManagingCommitteeId);
        fund.Update(input.Name, input.ManagingCommitteeId, input.IsTransparent);
        await funds.UpdateAsync(fund, autoSave: true);
        return (await ShowAsync([fund]))[0];
    }

    [Authorize(FundraisingPermissions.Funds.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var fund = await funds.GetAsync(id);
        if (await (await ledger.GetQueryableAsync()).AnyAsync(e => e.FundId == id))
        {
            throw new BusinessException(FundraisingErrorCodes.FundHasEntries).WithData("name", fund.Name);
        }
        // Deleted pledges too: they are kept (soft-deleted) and still point at the fund.
        if (await (await pledges.GetQueryableAsync()).IgnoreQueryFilters().AnyAsync(p => p.FundId == id))
        {
            throw new BusinessException(FundraisingErrorCodes.FundHasPledges).WithData("name", fund.Name);
        }
        await funds.DeleteAsync(fund);
    }

    public async Task<ListResultDto<FundRestrictionDto>> GetRestrictionsAsync(Guid id)
    {
        await funds.GetAsync(id);
        var rows = await (await restrictions.GetQueryableAsync()).AsNoTracking().Where(r => r.FundId == id)
            .OrderBy(r => r.NormalizedName).Select(r => new FundRestrictionDto { Restriction = r.Name, Balance = r.Balance }).ToListAsync();
        return new ListResultDto<FundRestrictionDto>(rows);
    }

    public async Task<ListResultDto<FundMonthDto>> GetMonthsAsync(Guid id)
    {
        await funds.GetAsync(id);
        var today = VietnamCalendar.Today(clock);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - MonthsShown);
        var last = first.AddMonths(MonthsShown).AddDays(-1);
        var sums = await (await ledger.GetQueryableAsync()).Where(e => e.FundId == id && e.Date >= first && e.Date <= last)
            .GroupBy(e => new { e.Date.Year, e.Date.Month, Spent = e.Kind == LedgerEntryKind.Disbursement })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Spent, Total = g.Sum(e => e.Amount) }).ToListAsync();
        return new ListResultDto<FundMonthDto>(Enumerable.Range(0, MonthsShown).Select(i => first.AddMonths(i)).Select(month =>
        {
            var of = sums.Where(s => s.Year == month.Year && s.Month == month.Month).ToList();
            return new FundMonthDto { Month = month, Received = of.Where(s => !s.Spent).Sum(s => s.Total), Spent = -of.Where(s => s.Spent).Sum(s => s.Total) };
        }).ToList());
    }

    public async Task<PagedResultDto<FundLedgerEntryDto>> GetLedgerAsync(Guid id, FundLedgerInput input)
    {
        await funds.GetAsync(id);
        var query = (await ledger.GetQueryableAsync()).AsNoTracking().Where(e => e.FundId == id);
        var names = (await restrictions.GetQueryableAsync()).Where(r => r.FundId == id);
        var total = await query.LongCountAsync();
        var page = await query.OrderByDescending(e => e.CreationTime).ThenByDescending(e => e.Id).PageBy(input)
            .Select(e => new FundLedgerEntryDto
            {
                Id = e.Id, Date = e.Date, Kind = e.Kind, Amount = e.Amount, DonationId = e.DonationId, DisbursementId = e.DisbursementId,
                CreationTime = e.CreationTime, Restriction = names.Where(r => r.Id == e.RestrictionId).Select(r => r.Name).FirstOrDefault(),
            }).ToListAsync();
        return new PagedResultDto<FundLedgerEntryDto>(total, page);
    }

    private const int MonthsShown = 12;

    private async Task CheckCommitteeAsync(Guid? committeeId)
    {
        if (committeeId is { } id && !await committees.ExistsAsync(id))
        {
            throw new AbpValidationException(l["Validation:UnknownCommittee"], "managingCommitteeId");
        }
    }

    private async Task<List<FundDto>> ShowAsync(IReadOnlyList<Fund> shown)
    {
        var committeeNames = await committees.GetNamesAsync(shown.Where(f => f.ManagingCommitteeId is not null).Select(f => f.ManagingCommitteeId!.Value));
        return shown.Select(f => new FundDto
        {
            Id = f.Id, Code = f.Code, Name = f.Name, ManagingCommitteeId = f.ManagingCommitteeId,
            ManagingCommitteeName = f.ManagingCommitteeId is { } c ? committeeNames.GetValueOrDefault(c) : null,
            IsTransparent = f.IsTransparent, Balance = f.Balance, RestrictedBalance = f.RestrictedBalance,
            ConcurrencyStamp = f.ConcurrencyStamp, CreationTime = f.CreationTime, CreatorId = f.CreatorId,
            LastModificationTime = f.LastModificationTime, LastModifierId = f.LastModifierId,
        }).ToList();
    }
}
