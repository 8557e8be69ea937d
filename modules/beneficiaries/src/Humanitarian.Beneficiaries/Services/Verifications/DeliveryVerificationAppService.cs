using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Permissions;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Beneficiaries.Verifications;
using Humanitarian.Framework.Application;
using Humanitarian.Framework.Domain;
using Humanitarian.Framework.Users;
using Humanitarian.Organization.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Humanitarian.Beneficiaries.Services.Verifications;

/// <summary>
/// Delivery verification rounds at <c>/api/app/delivery-verification</c>. A round is drawn from the
/// deliveries its drawer can see and keeps the drawer's unit: a unit officer sees the rounds of their
/// units' subtree, as they see those units' addresses; a round of the whole tenant is for the unrestricted.
/// </summary>
[Authorize(BeneficiariesPermissions.Verifications.Default)]
public sealed class DeliveryVerificationAppService(
    IRepository<DeliveryVerification, Guid> verifications,
    IRepository<SupportDelivery, Guid> deliveries,
    IRepository<Sponsorship, Guid> sponsorships,
    IRepository<HumanitarianAddress, Guid> addresses,
    AddressScope addressScope,
    IUnitScope unitScope,
    IUnitLookup units,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, IDeliveryVerificationAppService
{
    private static readonly Dictionary<string, string> Sortable = new()
    {
        ["from"] = nameof(DeliveryVerification.From), ["to"] = nameof(DeliveryVerification.To),
        ["name"] = nameof(DeliveryVerification.Name), ["creationTime"] = nameof(DeliveryVerification.CreationTime),
    };

    public async Task<PagedResultDto<DeliveryVerificationDto>> GetListAsync(DeliveryVerificationListInput input)
    {
        var query = await VisibleAsync();
        var total = await query.LongCountAsync();
        var page = await query.ApplySorting(input.Sorting, "from desc", Sortable).PageBy(input).ToListAsync();
        return new PagedResultDto<DeliveryVerificationDto>(total, page.Select(v => v.ToDto(new DeliveryVerificationDto())).ToList());
    }

    public async Task<DeliveryVerificationWithItemsDto> GetAsync(Guid id) => await ShowAsync(await GetVisibleAsync(id, tracking: false));

    [Authorize(BeneficiariesPermissions.Verifications.Create)]
    public async Task<DeliveryVerificationWithItemsDto> CreateAsync(CreateDeliveryVerificationDto input)
    {
        var restricted = await unitScope.GetVisibleUnitIdsAsync() is not null;
        var verification = new DeliveryVerification(Guid.NewGuid(), input.Name, input.From, input.To, input.SamplePercent, input.SampleSize,
            restricted ? currentUser.UnitId : null);
        var query = (await deliveries.GetQueryableAsync()).AsNoTracking().Where(d => d.Date >= input.From && d.Date <= input.To);
        if (restricted)
        {
            var visible = await addressScope.QueryAsync();
            query = query.Where(d => visible.Any(a => a.Id == d.HumanitarianAddressId));
        }
        // Ordered so that a seeded draw is repeatable; the shuffle makes the order irrelevant otherwise.
        var population = await query.OrderBy(d => d.Id)
            .Select(d => new DeliveryToSample(d.Id, d.SponsorshipId, d.HumanitarianAddressId, d.Date, d.Value)).ToListAsync();
        verification.Draw(population, Random.Shared);
        await verifications.InsertAsync(verification, autoSave: true);
        return await ShowAsync(verification);
    }

    [Authorize(BeneficiariesPermissions.Verifications.Record)]
    public async Task<DeliveryVerificationItemDto> RecordAsync(Guid id, RecordVerificationOutcomeDto input)
    {
        var verification = await GetVisibleAsync(id, tracking: true);
        var item = verification.Record(input.ItemId, input.Outcome, input.AmountReceived, input.Note, currentUser.Id, clock.GetUtcNow().UtcDateTime);
        await verifications.UpdateAsync(verification, autoSave: true);
        return (await ShowItemsAsync([item]))[0];
    }

    public async Task<DeliveryVerificationRatesDto> GetRatesAsync(Guid id)
    {
        var verification = await GetVisibleAsync(id, tracking: false);
        var items = verification.Items;
        var sponsorshipIds = items.Select(i => i.SponsorshipId).Distinct().ToList();
        var sponsors = await (await sponsorships.GetQueryableAsync()).AsNoTracking()
            .Where(s => sponsorshipIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => new { s.SponsorKind, s.SponsorId, s.SponsorName, s.NormalizedSponsorName });
        var addressIds = items.Select(i => i.HumanitarianAddressId).Distinct().ToList();
        var surveyedBy = await (await addresses.GetQueryableAsync()).AsNoTracking()
            .Where(a => addressIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.SurveyingUnitId);
        var unitIds = surveyedBy.Values.OfType<Guid>().Distinct().ToList();
        var unitNames = await units.GetNamesAsync(unitIds);

        // A sponsor is its record (unit, member, donor) or, for one known by name, that name folded.
        var bySponsor = items
            .GroupBy(i => sponsors.GetValueOrDefault(i.SponsorshipId) is { } s
                ? (s.SponsorKind, s.SponsorId, Key: s.SponsorId is null ? s.NormalizedSponsorName : "")
                : (default, null, ""))
            .Select(g =>
            {
                var sponsor = sponsors.GetValueOrDefault(g.First().SponsorshipId);
                return Fill(new SponsorVerificationRateDto
                {
                    SponsorKind = g.Key.SponsorKind, SponsorId = g.Key.SponsorId, SponsorName = sponsor?.SponsorName ?? "",
                }, DeliveryVerification.Tally(g));
            })
            .OrderBy(r => r.SponsorName, StringComparer.CurrentCulture).ToList();
        var byUnit = items.GroupBy(i => surveyedBy.GetValueOrDefault(i.HumanitarianAddressId))
            .Select(g => Fill(new UnitVerificationRateDto
            {
                UnitId = g.Key, UnitName = g.Key is { } unit ? unitNames.GetValueOrDefault(unit, "") : "",
            }, DeliveryVerification.Tally(g)))
            // Named units first, by name; the addresses no unit surveyed last.
            .OrderBy(r => r.UnitId is null).ThenBy(r => r.UnitName, StringComparer.CurrentCulture).ToList();
        return new DeliveryVerificationRatesDto { BySponsor = bySponsor, ByUnit = byUnit };
    }

    private static T Fill<T>(T rate, VerificationTally tally) where T : VerificationRateDto
    {
        (rate.Sampled, rate.Verified, rate.Received, rate.NotReceived, rate.WithIssues, rate.Rate) =
            (tally.Sampled, tally.Verified, tally.Received, tally.NotReceived, tally.WithIssues, tally.Rate);
        return rate;
    }

    private async Task<DeliveryVerificationWithItemsDto> ShowAsync(DeliveryVerification verification)
    {
        var dto = verification.ToDto(new DeliveryVerificationWithItemsDto());
        dto.Items = (await ShowItemsAsync(verification.Items))
            .OrderBy(i => i.DeliveryDate).ThenBy(i => i.HumanitarianAddressName, StringComparer.CurrentCulture).ToList();
        return dto;
    }

    private async Task<List<DeliveryVerificationItemDto>> ShowItemsAsync(IReadOnlyList<DeliveryVerificationItem> items)
    {
        var addressNames = await addressScope.GetNamesAsync(items.Select(i => i.HumanitarianAddressId));
        var ids = items.Select(i => i.SponsorshipId).Distinct().ToList();
        var sponsorNames = await (await sponsorships.GetQueryableAsync()).AsNoTracking().Where(s => ids.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.SponsorName);
        return items.Select(i => i.ToDto(addressNames.GetValueOrDefault(i.HumanitarianAddressId, ""),
            sponsorNames.GetValueOrDefault(i.SponsorshipId, ""))).ToList();
    }

    /// <summary>The tenant's rounds the caller may see: all when unrestricted, else those drawn within the caller's units.</summary>
    private async Task<IQueryable<DeliveryVerification>> VisibleAsync(bool tracking = false)
    {
        var query = tracking ? await verifications.GetQueryableAsync() : (await verifications.GetQueryableAsync()).AsNoTracking();
        return await unitScope.GetVisibleUnitIdsAsync() is { } visible
            ? query.Where(v => v.ScopeUnitId != null && visible.Contains(v.ScopeUnitId.Value))
            : query;
    }

    private async Task<DeliveryVerification> GetVisibleAsync(Guid id, bool tracking) =>
        await (await VisibleAsync(tracking)).Include(v => v.Items).FirstOrDefaultAsync(v => v.Id == id)
        ?? throw new EntityNotFoundException(typeof(DeliveryVerification), id);
}
