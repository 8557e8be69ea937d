using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Sponsorships;

/// <summary>
/// Sponsorships at <c>/api/app/sponsorship</c>. They are seen through their addresses: a unit officer sees
/// the sponsorships of the addresses its units surveyed, and may record them for those only.
/// </summary>
[Authorize(BeneficiariesPermissions.Sponsorships.Default)]
public sealed class SponsorshipAppService(
    IRepository<Sponsorship, Guid> sponsorships,
    IRepository<SupportDelivery, Guid> deliveries,
    AddressScope addressScope,
    SponsorshipManager manager,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, ISponsorshipAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["sponsorName"] = nameof(Sponsorship.NormalizedSponsorName), ["startDate"] = nameof(Sponsorship.StartDate),
        ["endDate"] = nameof(Sponsorship.EndDate), ["monthlyValue"] = nameof(Sponsorship.MonthlyValue),
        ["nextDueDate"] = nameof(Sponsorship.NextDueDate), ["creationTime"] = nameof(Sponsorship.CreationTime),
    };

    public async Task<PagedResultDto<SponsorshipDto>> GetListAsync(SponsorshipListInput input)
    {
        var query = await FilteredAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "startDate desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<SponsorshipDto>(total, await ShowAsync(page));
    }

    public async Task<SponsorshipDto> GetAsync(Guid id) => (await ShowAsync([await GetVisibleAsync(id, tracking: false)]))[0];

    [Authorize(BeneficiariesPermissions.Sponsorships.Create)]
    public async Task<SponsorshipDto> CreateAsync(CreateSponsorshipDto input)
    {
        // Another tenant's address, or one outside the officer's units, is as unknown as a made-up id.
        var address = await addressScope.FindAsync(input.HumanitarianAddressId, tracking: true)
                      ?? throw new AbpValidationException(l["Validation:UnknownAddress"], "humanitarianAddressId");
        var sponsorship = await manager.CreateAsync(address, input.SponsorKind, input.SponsorId, input.SponsorName);
        await manager.CommitAsync(sponsorship, input.Kind, input.Needs, input.MonthlyValue, input.StartDate, input.EndDate, input.Note);
        await sponsorships.InsertAsync(sponsorship, autoSave: true);
        return (await ShowAsync([sponsorship]))[0];
    }

    [Authorize(BeneficiariesPermissions.Sponsorships.Update)]
    public async Task<SponsorshipDto> UpdateAsync(Guid id, UpdateSponsorshipDto input)
    {
        var sponsorship = await GetVisibleAsync(id, tracking: true);
        if (input.ConcurrencyStamp is not null)
        {
            sponsorship.ConcurrencyStamp = input.ConcurrencyStamp;
        }
        await manager.CommitAsync(sponsorship, input.Kind, input.Needs, input.MonthlyValue, input.StartDate, input.EndDate, input.Note);
        await sponsorships.UpdateAsync(sponsorship, autoSave: true);
        return (await ShowAsync([sponsorship]))[0];
    }

    [Authorize(BeneficiariesPermissions.Sponsorships.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var sponsorship = await GetVisibleAsync(id, tracking: true);
        if (await (await deliveries.GetQueryableAsync()).AnyAsync(d => d.SponsorshipId == id))
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorshipHasDeliveries);
        }
        await sponsorships.DeleteAsync(sponsorship);
    }

    private async Task<List<SponsorshipDto>> ShowAsync(IReadOnlyList<Sponsorship> shown)
    {
        var today = manager.Today;
        var names = await addressScope.GetNamesAsync(shown.Select(s => s.HumanitarianAddressId));
        var overlaps = await OverlapsAsync(shown.Select(s => s.HumanitarianAddressId), today);
        return shown.Select(s => s.ToDto(names.GetValueOrDefault(s.HumanitarianAddressId, ""), today,
            overlaps.Where(o => o.Overlaps(s, today)).Select(o => o.Id).ToList())).ToList();
    }

    /// <summary>The sponsorships not ended by today of these addresses: those that can overlap.</summary>
    private async Task<List<Sponsorship>> OverlapsAsync(IEnumerable<Guid> addressIds, DateOnly today)
    {
        var ids = addressIds.Distinct().ToList();
        return await (await sponsorships.GetQueryableAsync()).AsNoTracking()
            .Where(s => ids.Contains(s.HumanitarianAddressId)).Where(Sponsorship.NotEndedBy(today)).ToListAsync();
    }

    private async Task<IQueryable<Sponsorship>> FilteredAsync(SponsorshipListInput input)
    {
        var visible = await addressScope.QueryAsync();
        var scoped = (await sponsorships.GetQueryableAsync()).AsNoTracking();
        if (await addressScope.IsRestrictedAsync())
        {
            scoped = scoped.Where(s => visible.Any(a => a.Id == s.HumanitarianAddressId));
        }
        var query = scoped;
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(s => s.NormalizedSponsorName.Contains(filter)
                                     || visible.Any(a => a.Id == s.HumanitarianAddressId && a.NormalizedName.Contains(filter)));
        }
        if (input.HumanitarianAddressId is { } addressId)
        {
            query = query.Where(s => s.HumanitarianAddressId == addressId);
        }
        if (input.SponsorKind is { } kind)
        {
            query = query.Where(s => s.SponsorKind == kind);
        }
        if (input.SponsorId is { } sponsorId)
        {
            query = query.Where(s => s.SponsorId == sponsorId);
        }
        var today = manager.Today;
        if (input.IsActive is { } active)
        {
            query = active
                ? query.Where(Sponsorship.ActiveOn(today))
                : query.Where(s => s.StartDate > today || s.EndDate < today);
        }
        if (input.IsBehind is { } behind)
        {
            query = behind ? query.Where(s => s.NextDueDate <= today) : query.Where(s => s.NextDueDate == null || s.NextDueDate > today);
        }
        if (input.Overlapping is { } overlapping)
        {
            var ids = await OverlappingIdsAsync(scoped, today);
            query = overlapping ? query.Where(s => ids.Contains(s.Id)) : query.Where(s => !ids.Contains(s.Id));
        }
        return query;
    }

    // Overlap compares sponsorships with each other, which SQL would do in a self-join per need bit:
    // the current ones of a tenant are few enough (one or two per address) to compare in memory.
    private static async Task<List<Guid>> OverlappingIdsAsync(IQueryable<Sponsorship> scoped, DateOnly today)
    {
        var current = await scoped.Where(Sponsorship.NotEndedBy(today)).ToListAsync();
        return current.GroupBy(s => s.HumanitarianAddressId)
            .SelectMany(g => g.Where(s => g.Any(o => o.Overlaps(s, today))))
            .Select(s => s.Id).ToList();
    }

    private async Task<Sponsorship> GetVisibleAsync(Guid id, bool tracking)
    {
        var query = tracking ? await sponsorships.GetQueryableAsync() : (await sponsorships.GetQueryableAsync()).AsNoTracking();
        var sponsorship = await query.FirstOrDefaultAsync(s => s.Id == id);
        return sponsorship is not null && await addressScope.FindAsync(sponsorship.HumanitarianAddressId, tracking: false) is not null
            ? sponsorship
            : throw new EntityNotFoundException(typeof(Sponsorship), id);
    }
}
