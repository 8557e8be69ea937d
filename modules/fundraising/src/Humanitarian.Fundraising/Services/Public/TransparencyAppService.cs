using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Fundraising.Entities;
using Humanitarian.Fundraising.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Fundraising.Services.Public;

/// <summary>
/// Anyone may read it, so it reads the named tenant's rows whatever tenant the caller's cookie or header
/// names, and projects in the query to what a public statement says: no donor's name without consent,
/// no contact, nothing of a person helped but a commune and a category.
/// </summary>
[AllowAnonymous]
public sealed class TransparencyAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IRepository<Fund, Guid> funds, PublicFundStatement statement)
    : ApplicationService, ITransparencyAppService
{
    [HttpGet("api/public/transparency/{tenantName}/funds")]
    public async Task<ListResultDto<PublicFundSummaryDto>> GetFundsAsync(string tenantName)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using var named = currentTenant.Change(tenant.Id, tenant.Name);
        var shown = await (await funds.GetQueryableAsync()).AsNoTracking().Where(f => f.IsTransparent).OrderBy(f => f.NormalizedName)
            .Select(f => new { f.Id, f.Name }).ToListAsync();
        var ids = shown.Select(f => f.Id).ToList();
        var received = await PublicFundStatement.Received(await statement.DonationsAsync(null)).Where(d => ids.Contains(d.FundId))
            .GroupBy(d => d.FundId).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToDictionaryAsync(g => g.Key, g => g.Total);
        var spent = await (await statement.DisbursementsAsync(null)).Where(d => ids.Contains(d.FundId))
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
        return await statement.ReadAsync(fundId, input.Year, TransparencyConsts.MaxListed);
    }
}
