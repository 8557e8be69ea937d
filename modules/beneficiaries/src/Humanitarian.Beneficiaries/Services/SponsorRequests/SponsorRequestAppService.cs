using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Beneficiaries.Services.Public;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Beneficiaries.SponsorRequests;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Text;
using Humanitarian.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.SponsorRequests;

/// <summary>
/// The public "I want to sponsor" requests at <c>/api/app/sponsor-request</c>, seen through their addresses
/// as sponsorships are: a unit officer given the permission sees those of its units' addresses only.
/// </summary>
[Authorize(BeneficiariesPermissions.SponsorRequests.Default)]
public sealed class SponsorRequestAppService(
    IRepository<SponsorRequest, Guid> requests,
    IRepository<Sponsorship, Guid> sponsorships,
    AddressScope addressScope,
    SponsorshipManager manager,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, ISponsorRequestAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["creationTime"] = nameof(SponsorRequest.CreationTime), ["requesterName"] = nameof(SponsorRequest.NormalizedRequesterName),
        ["monthlyValue"] = nameof(SponsorRequest.MonthlyValue), ["startMonth"] = nameof(SponsorRequest.StartMonth),
        ["status"] = nameof(SponsorRequest.Status),
    };

    public async Task<PagedResultDto<SponsorRequestDto>> GetListAsync(SponsorRequestListInput input)
    {
        var query = await VisibleAsync();
        if (input.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        var filter = SearchText.Normalize(input.Filter);
        if (filter.Length > 0)
        {
            query = query.Where(r => r.NormalizedRequesterName.Contains(filter));
        }
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "creationTime desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<SponsorRequestDto>(total, await ShowAsync(page));
    }

    public async Task<SponsorRequestDto> GetAsync(Guid id) => (await ShowAsync([await GetVisibleAsync(id, tracking: false)]))[0];

    [Authorize(BeneficiariesPermissions.SponsorRequests.Decide)]
    public async Task<SponsorshipDto> ApproveAsync(Guid id, ApproveSponsorRequestDto input)
    {
        var request = await GetVisibleAsync(id, tracking: true);
        request.EnsurePending();
        var address = await addressScope.GetAsync(request.HumanitarianAddressId, tracking: true);
        var today = manager.Today;
        // The catalogue offered an address no one sponsored: one taken meanwhile is declined, not doubled.
        if (await (await sponsorships.GetQueryableAsync()).Where(s => s.HumanitarianAddressId == address.Id).AnyAsync(Sponsorship.NotEndedBy(today)))
        {
            throw new BusinessException(BeneficiariesErrorCodes.SponsorRequestAddressTaken);
        }
        var sponsorship = await manager.CreateAsync(address, SponsorKind.Other, null, request.SponsorName);
        // Cash or goods, for every need: what the requester offered was a monthly value, not its form.
        await manager.CommitAsync(sponsorship, SupportKind.Both, [], request.MonthlyValue,
            input.SponsorshipStartDate ?? request.DefaultStartDate(today), null, null);
        await sponsorships.InsertAsync(sponsorship);
        request.Approve(sponsorship.Id, currentUser.Id, clock.GetUtcNow().UtcDateTime);
        await requests.UpdateAsync(request, autoSave: true);
        // The address had no current sponsorship (checked above): the new one overlaps nothing.
        return sponsorship.ToDto(address.Name, today, []);
    }

    [Authorize(BeneficiariesPermissions.SponsorRequests.Decide)]
    public async Task<SponsorRequestDto> DeclineAsync(Guid id, DeclineSponsorRequestDto input)
    {
        var request = await GetVisibleAsync(id, tracking: true);
        request.Decline(input.Reason, currentUser.Id, clock.GetUtcNow().UtcDateTime);
        await requests.UpdateAsync(request, autoSave: true);
        return (await ShowAsync([request]))[0];
    }

    private async Task<IQueryable<SponsorRequest>> VisibleAsync()
    {
        var query = (await requests.GetQueryableAsync()).AsNoTracking();
        if (await addressScope.IsRestrictedAsync())
        {
            var visible = await addressScope.QueryAsync();
            query = query.Where(r => visible.Any(a => a.Id == r.HumanitarianAddressId));
        }
        return query;
    }

    private async Task<SponsorRequest> GetVisibleAsync(Guid id, bool tracking)
    {
        var query = tracking ? await requests.GetQueryableAsync() : (await requests.GetQueryableAsync()).AsNoTracking();
        var request = await query.FirstOrDefaultAsync(r => r.Id == id);
        return request is not null && await addressScope.FindAsync(request.HumanitarianAddressId, tracking: false) is not null
            ? request
            : throw new EntityNotFoundException(typeof(SponsorRequest), id);
    }

    private async Task<List<SponsorRequestDto>> ShowAsync(IReadOnlyList<SponsorRequest> shown)
    {
        var ids = shown.Select(r => r.HumanitarianAddressId).Distinct().ToList();
        var shownAddresses = await (await addressScope.QueryAsync())
            .Where(a => ids.Contains(a.Id)).Select(a => new { a.Id, a.Name, a.Categories, a.Commune }).ToDictionaryAsync(a => a.Id);
        return shown.Select(r =>
        {
            var address = shownAddresses.GetValueOrDefault(r.HumanitarianAddressId);
            return new SponsorRequestDto
            {
                Id = r.Id, HumanitarianAddressId = r.HumanitarianAddressId, HumanitarianAddressName = address?.Name ?? "",
                Category = PublicNeedsAppService.PublishedCategory(address?.Categories ?? 0), Commune = address?.Commune,
                RequesterName = r.RequesterName, Organisation = r.Organisation, Phone = r.Phone, Email = r.Email,
                MonthlyValue = r.MonthlyValue, StartMonth = r.StartMonth, Message = r.Message, ContactConsentTime = r.ContactConsentTime,
                Status = r.Status, DecisionTime = r.DecisionTime, DeciderId = r.DeciderId, DeclineReason = r.DeclineReason,
                SponsorshipId = r.SponsorshipId, CreationTime = r.CreationTime, CreatorId = r.CreatorId,
                LastModificationTime = r.LastModificationTime, LastModifierId = r.LastModifierId,
            };
        }).ToList();
    }
}
