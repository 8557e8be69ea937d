using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Rollup;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Rollup;

/// <summary>
/// What a province sees of its districts' beneficiaries, or the host of every province: counted in the
/// database through the framework's <see cref="TenantRollup"/>, so no name or record crosses a tenant.
/// </summary>
[Authorize(BeneficiariesPermissions.Default)]
public sealed class AddressRollupAppService(TenantRollup rollup, ICurrentTenant currentTenant, IAbpEfCoreDbContext dbContext, TimeProvider clock)
    : ApplicationService, IAddressRollupAppService
{
    [HttpGet("api/app/humanitarian-address/child-counts")]
    public async Task<ListResultDto<ChildAddressCountsDto>> GetChildCountsAsync([FromQuery] ChildAddressCountsInput input)
    {
        var today = VietnamCalendar.Today(clock);
        var year = input.Year ?? today.Year;
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var perChild = await rollup.PerChildAsync<HumanitarianAddress, Counts>(currentTenant.Id, async addresses =>
        {
            // Inside the rollup the tenant filter is off: these subqueries are tied to each address by its id.
            var sponsored = dbContext.Set<Sponsorship>().Where(Sponsorship.ActiveOn(today))
                .Select(s => s.HumanitarianAddressId);
            var helped = dbContext.Set<SupportDelivery>().Where(d => d.Date >= first && d.Date <= last).Select(d => d.HumanitarianAddressId);
            var rows = await addresses
                .Select(a => new
                {
                    TenantId = a.TenantId!.Value,
                    IsOpen = HumanitarianAddress.OpenStatuses.Contains(a.Status),
                    IsSponsored = sponsored.Contains(a.Id), IsHelped = helped.Contains(a.Id),
                })
                .GroupBy(a => a.TenantId)
                .Select(g => new { g.Key, Open = g.Count(a => a.IsOpen), Sponsored = g.Count(a => a.IsOpen && a.IsSponsored), Helped = g.Count(a => a.IsHelped) })
                .ToListAsync();
            return rows.ToDictionary(r => r.Key, r => new Counts(r.Open, r.Sponsored, r.Helped));
        }, counts => counts.Aggregate(new Counts(0, 0, 0), (sum, c) => new Counts(sum.Open + c.Open, sum.Sponsored + c.Sponsored, sum.Helped + c.Helped)));
        return new ListResultDto<ChildAddressCountsDto>(perChild.Select(c => new ChildAddressCountsDto
        {
            TenantId = c.Child.Id, TenantName = c.Child.DisplayName, Open = c.Figure.Open, Sponsored = c.Figure.Sponsored, Helped = c.Figure.Helped,
        }).ToList());
    }

    private sealed record Counts(int Open, int Sponsored, int Helped);
}
