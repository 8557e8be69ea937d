using Humanitarian.Beneficiaries.Deliveries;
using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Localization;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Humanitarian.Beneficiaries.Services.Deliveries;

/// <summary>
/// Support deliveries at <c>/api/app/support-delivery</c>, seen through their addresses as sponsorships
/// are. Recording one changes its sponsorship's delivered value in the same save: two recorded at once
/// for one sponsorship meet its concurrency stamp, and the second is refused (409) rather than lost.
/// </summary>
[Authorize(BeneficiariesPermissions.SupportDeliveries.Default)]
public sealed class SupportDeliveryAppService(
    IRepository<SupportDelivery, Guid> deliveries,
    IRepository<Sponsorship, Guid> sponsorships,
    AddressScope addressScope,
    SponsorshipManager manager,
    IStringLocalizer<BeneficiariesResource> l) : ApplicationService, ISupportDeliveryAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["date"] = nameof(SupportDelivery.Date), ["value"] = nameof(SupportDelivery.Value), ["creationTime"] = nameof(SupportDelivery.CreationTime),
    };

    public async Task<PagedResultDto<SupportDeliveryDto>> GetListAsync(SupportDeliveryListInput input)
    {
        var query = await FilteredAsync(input);
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "date desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<SupportDeliveryDto>(total, await ShowAsync(page));
    }

    public async Task<SupportDeliveryDto> GetAsync(Guid id) => (await ShowAsync([await GetVisibleAsync(id, tracking: false)]))[0];

    [Authorize(BeneficiariesPermissions.SupportDeliveries.Create)]
    public async Task<SupportDeliveryDto> CreateAsync(CreateSupportDeliveryDto input)
    {
        var sponsorship = await (await sponsorships.GetQueryableAsync()).FirstOrDefaultAsync(s => s.Id == input.SponsorshipId);
        if (sponsorship is null || await addressScope.FindAsync(sponsorship.HumanitarianAddressId, tracking: false) is null)
        {
            throw new AbpValidationException(l["Validation:UnknownSponsorship"], "sponsorshipId");
        }
        var delivery = sponsorship.Deliver(Guid.NewGuid(), input.Date, input.Kind, input.Value, input.Description, manager.Today);
        await deliveries.InsertAsync(delivery);
        await sponsorships.UpdateAsync(sponsorship, autoSave: true);
        return (await ShowAsync([delivery]))[0];
    }

    [Authorize(BeneficiariesPermissions.SupportDeliveries.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var delivery = await GetVisibleAsync(id, tracking: true);
        var sponsorship = await sponsorships.GetAsync(delivery.SponsorshipId);
        sponsorship.Withdraw(delivery);
        await deliveries.DeleteAsync(delivery);
        await sponsorships.UpdateAsync(sponsorship, autoSave: true);
    }

    private async Task<List<SupportDeliveryDto>> ShowAsync(IReadOnlyList<SupportDelivery> shown)
    {
        var addressNames = await addressScope.GetNamesAsync(shown.Select(d => d.HumanitarianAddressId));
        var ids = shown.Select(d => d.SponsorshipId).Distinct().ToList();
        var sponsorNames = await (await sponsorships.GetQueryableAsync()).AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.SponsorName);
        return shown.Select(d => d.ToDto(addressNames.GetValueOrDefault(d.HumanitarianAddressId, ""),
            sponsorNames.GetValueOrDefault(d.SponsorshipId, ""))).ToList();
    }

    private async Task<IQueryable<SupportDelivery>> FilteredAsync(SupportDeliveryListInput input)
    {
        var visible = await addressScope.QueryAsync();
        var query = (await deliveries.GetQueryableAsync()).AsNoTracking();
        if (await addressScope.IsRestrictedAsync())
        {
            query = query.Where(d => visible.Any(a => a.Id == d.HumanitarianAddressId));
        }
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            var matching = (await sponsorships.GetQueryableAsync()).Where(s => s.NormalizedSponsorName.Contains(filter)).Select(s => s.Id);
            query = query.Where(d => matching.Contains(d.SponsorshipId)
                                     || visible.Any(a => a.Id == d.HumanitarianAddressId && a.NormalizedName.Contains(filter)));
        }
        if (input.SponsorshipId is { } sponsorshipId)
        {
            query = query.Where(d => d.SponsorshipId == sponsorshipId);
        }
        if (input.HumanitarianAddressId is { } addressId)
        {
            query = query.Where(d => d.HumanitarianAddressId == addressId);
        }
        if (input.From is { } from)
        {
            query = query.Where(d => d.Date >= from);
        }
        if (input.To is { } to)
        {
            query = query.Where(d => d.Date <= to);
        }
        return query;
    }

    private async Task<SupportDelivery> GetVisibleAsync(Guid id, bool tracking)
    {
        var query = tracking ? await deliveries.GetQueryableAsync() : (await deliveries.GetQueryableAsync()).AsNoTracking();
        var delivery = await query.FirstOrDefaultAsync(d => d.Id == id);
        return delivery is not null && await addressScope.FindAsync(delivery.HumanitarianAddressId, tracking: false) is not null
            ? delivery
            : throw new EntityNotFoundException(typeof(SupportDelivery), id);
    }
}
