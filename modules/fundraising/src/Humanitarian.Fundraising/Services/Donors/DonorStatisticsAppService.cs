using Humanitarian.Framework.Application;
using Humanitarian.Fundraising.Donors;
using Humanitarian.Fundraising.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Donors;

[Authorize(FundraisingPermissions.Donors.Default)]
public sealed class DonorStatisticsAppService(DonorTotals totals) : ApplicationService, IDonorStatisticsAppService
{
    [HttpGet("api/app/donor-statistics/top")]
    public async Task<ListResultDto<DonorTotalDto>> GetTopAsync([FromQuery] DonorTotalsInput input) =>
        new(await (await totals.QueryAsync(input.From, input.To, input.FundId))
            .OrderByDescending(t => t.Amount).ThenBy(t => t.Name).Take(input.Count).ToListAsync());

    [HttpGet("api/app/donor-statistics/by-kind")]
    public async Task<ListResultDto<DonorKindTotalDto>> GetByKindAsync([FromQuery] DonorTotalsInput input)
    {
        var byKind = await (await totals.QueryAsync(input.From, input.To, input.FundId))
            .GroupBy(t => t.Kind)
            .Select(g => new DonorKindTotalDto { Kind = g.Key, Amount = g.Sum(t => t.Amount), Donors = g.Count(), Donations = g.Sum(t => t.Donations) })
            .ToDictionaryAsync(k => k.Kind);
        return new(Enum.GetValues<DonorKind>().Select(kind => byKind.GetValueOrDefault(kind) ?? new DonorKindTotalDto { Kind = kind }).ToList());
    }
}
