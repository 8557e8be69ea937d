using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Public;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Humanitarian.Beneficiaries.Domain;

namespace Humanitarian.Beneficiaries.Services.Public;

/// <summary>
/// Anyone may read it, so it reads the named tenant's rows whatever tenant the caller's cookie or header
/// names, and projects to the catalogue's fields in the query: no name, ID, phone, address line or health
/// field ever leaves the database for it.
/// </summary>
[AllowAnonymous]
public sealed class PublicNeedsAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IRepository<HumanitarianAddress, Guid> addresses,
    IRepository<Sponsorship, Guid> sponsorships, TimeProvider clock) : ApplicationService, IPublicNeedsAppService
{
    [HttpGet("api/public/needs/{tenantName}")]
    public async Task<PagedResultDto<PublicNeedDto>> GetListAsync(string tenantName, [FromQuery] PublicNeedListInput input)
    {
        if (await tenants.FindAsync(tenantName) is not { IsActive: true } tenant)
        {
            throw new EntityNotFoundException(typeof(TenantConfiguration), tenantName);
        }
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var query = await WaitingAsync(input);
            var total = await query.LongCountAsync();
            var page = await query.OrderBy(a => a.NormalizedCommune).ThenBy(a => a.Id).Skip(input.SkipCount).Take(input.MaxResultCount)
                .Select(a => new { a.Id, a.Kind, a.Categories, a.Commune, a.Needs, a.MonthlyValueSought })
                .ToListAsync();
            return new PagedResultDto<PublicNeedDto>(total, page.Select(a => new PublicNeedDto
            {
                Id = a.Id, Kind = a.Kind, Category = PublishedCategory(a.Categories), Commune = a.Commune,
                Needs = EnumBits.List<AddressNeed>(a.Needs),
                MonthlyValueSought = a.MonthlyValueSought,
            }).ToList());
        }
    }

    /// <summary>A sponsorship not yet ended (one starting next month included) takes the address off the catalogue: no overlap.</summary>
    private async Task<IQueryable<HumanitarianAddress>> WaitingAsync(PublicNeedListInput input)
    {
        var today = VietnamCalendar.Today(clock);
        var taken = (await sponsorships.GetQueryableAsync()).Where(s => s.EndDate == null || s.EndDate >= today).Select(s => s.HumanitarianAddressId);
        var query = (await addresses.GetQueryableAsync()).AsNoTracking()
            .Where(a => a.PublishConsent.Given && !taken.Contains(a.Id)
                        && HumanitarianAddress.OpenStatuses.Contains(a.Status));
        if (input.Need is { } need)
        {
            var bit = EnumBits.Bit(need);
            query = query.Where(a => (a.Needs & bit) != 0);
        }
        if (input.Category is { } category)
        {
            // HIV/AIDS is kept apart from the published categories: asking for it finds nothing.
            var bit = category == AddressCategory.HivAids ? 0 : EnumBits.Bit(category);
            query = query.Where(a => (a.Categories & bit) != 0);
        }
        var commune = SearchText.Normalize(input.Commune);
        return commune.Length > 0 ? query.Where(a => a.NormalizedCommune.Contains(commune)) : query;
    }

    private static AddressCategory PublishedCategory(int categories) =>
        EnumBits.List<AddressCategory>(categories).FirstOrDefault(c => c != AddressCategory.HivAids, AddressCategory.Other);
}
