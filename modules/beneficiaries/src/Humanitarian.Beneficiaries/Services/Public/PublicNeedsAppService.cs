using Humanitarian.Beneficiaries.Addresses;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Public;
using Humanitarian.Beneficiaries.Services.SponsorRequests;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Timing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Humanitarian.Beneficiaries.Domain;

namespace Humanitarian.Beneficiaries.Services.Public;

/// <summary>
/// Anyone may read it, so it reads the named tenant's rows whatever tenant the caller's cookie or header
/// names, and projects to the catalogue's fields in the query: no name, ID, phone, address line or health
/// field ever leaves the database for it. A request to sponsor is accepted only for what the catalogue
/// shows, so that an address kept from it cannot be told apart from one that does not exist.
/// </summary>
[AllowAnonymous]
public sealed class PublicNeedsAppService(
    ITenantStore tenants, ICurrentTenant currentTenant, IRepository<HumanitarianAddress, Guid> addresses,
    IRepository<Sponsorship, Guid> sponsorships, IRepository<SponsorRequest, Guid> requests, SponsorshipManager sponsorshipManager,
    SponsorRequestNotifier notifier, TimeProvider clock) : ApplicationService, IPublicNeedsAppService
{
    [HttpGet("api/public/needs/{tenantName}")]
    public async Task<PagedResultDto<PublicNeedDto>> GetListAsync(string tenantName, [FromQuery] PublicNeedListInput input)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var query = await WaitingAsync(input);
            var total = await query.LongCountAsync();
            var page = await Project(query.OrderBy(a => a.NormalizedCommune).ThenBy(a => a.Id).Skip(input.SkipCount).Take(input.MaxResultCount));
            return new PagedResultDto<PublicNeedDto>(total, page);
        }
    }

    [HttpGet("api/public/needs/{tenantName}/{id}")]
    public async Task<PublicNeedDetailsDto> GetAsync(string tenantName, Guid id)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            return new PublicNeedDetailsDto { Need = await GetNeedAsync(id), MinimumMonthlyValue = await sponsorshipManager.GetFloorAsync() };
        }
    }

    [HttpPost("api/public/needs/{tenantName}/{addressId}/sponsor-request")]
    [EnableRateLimiting(SponsorRequestConsts.RateLimitPolicy)]
    public async Task<SponsorRequestReceiptDto> CreateSponsorRequestAsync(string tenantName, Guid addressId, CreateSponsorRequestDto input)
    {
        var tenant = await tenants.GetActiveAsync(tenantName);
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            var need = await GetNeedAsync(addressId);
            var request = new SponsorRequest(Guid.NewGuid(), tenant.Id, addressId, input.RequesterName, input.Organisation, input.Phone,
                input.Email, input.MonthlyValue, await sponsorshipManager.GetFloorAsync(), input.StartMonth, sponsorshipManager.Today,
                input.Message, input.ConsentToContact, clock.GetUtcNow().UtcDateTime);
            await notifier.QueueAsync(request, need, tenant.Name);
            // Saved while the named tenant is current: the request and its e-mails are that tenant's rows.
            await requests.InsertAsync(request, autoSave: true);
            return new SponsorRequestReceiptDto { Id = request.Id, Category = need.Category, Commune = need.Commune };
        }
    }

    private async Task<PublicNeedDto> GetNeedAsync(Guid id) =>
        (await Project((await WaitingAsync(new PublicNeedListInput())).Where(a => a.Id == id))).SingleOrDefault()
        ?? throw new EntityNotFoundException(typeof(PublicNeedDto), id);

    private static async Task<List<PublicNeedDto>> Project(IQueryable<HumanitarianAddress> query)
    {
        var rows = await query.Select(a => new { a.Id, a.Kind, a.Categories, a.Commune, a.Needs, a.MonthlyValueSought }).ToListAsync();
        return rows.Select(a => new PublicNeedDto
        {
            Id = a.Id, Kind = a.Kind, Category = PublishedCategory(a.Categories), Commune = a.Commune,
            Needs = EnumBits.List<AddressNeed>(a.Needs),
            MonthlyValueSought = a.MonthlyValueSought,
        }).ToList();
    }

    /// <summary>A sponsorship not yet ended (one starting next month included) takes the address off the catalogue: no overlap.</summary>
    private async Task<IQueryable<HumanitarianAddress>> WaitingAsync(PublicNeedListInput input)
    {
        var today = VietnamCalendar.Today(clock);
        var taken = (await sponsorships.GetQueryableAsync()).Where(Sponsorship.NotEndedBy(today)).Select(s => s.HumanitarianAddressId);
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

    internal static AddressCategory PublishedCategory(int categories) =>
        EnumBits.List<AddressCategory>(categories).FirstOrDefault(c => c != AddressCategory.HivAids, AddressCategory.Other);
}
