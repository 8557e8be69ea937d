using Humanitarian.Beneficiaries.Entities;
using Humanitarian.Beneficiaries.Services.Addresses;
using Humanitarian.Beneficiaries.Services.Sponsorships;
using Humanitarian.Beneficiaries.Sponsorships;
using Humanitarian.Framework.DependencyInjection;
using Humanitarian.Framework.EntityFrameworkCore;
using Humanitarian.Framework.MultiTenancy;
using Humanitarian.Organization.Units;

namespace Humanitarian.Beneficiaries.Data.Seeding;

/// <summary>
/// A tenant's demo addresses with their sponsorships and deliveries, made through the domain services and
/// aggregates the API uses, so the floor, the delivery rules and the commune matching hold for demo data too.
/// </summary>
public sealed class AddressSeeder(
    IAbpEfCoreDbContext dbContext, IUnitLookup units, HumanitarianAddressManager addresses, SponsorshipManager sponsorships,
    ICurrentTenant currentTenant, TimeProvider clock) : ITransientDependency
{
    internal async Task SeedAsync(IReadOnlyList<AddressSeed> rows)
    {
        var unitIds = await units.GetIdsByCodeAsync(rows.SelectMany(UnitCodesOf).Distinct());
        foreach (var row in rows)
        {
            var address = await ToAddressAsync(row, unitIds);
            dbContext.Set<HumanitarianAddress>().Add(address);
            foreach (var seed in row.Sponsorships ?? [])
            {
                var sponsorship = await sponsorships.CreateAsync(address, seed.SponsorKind,
                    seed.SponsorKind == SponsorKind.Other ? null : Require(unitIds, seed.Sponsor), seed.Sponsor);
                await sponsorships.CommitAsync(sponsorship, seed.Kind, seed.Needs ?? row.Needs ?? [], seed.MonthlyValue, seed.StartDate, seed.EndDate, seed.Note);
                dbContext.Set<Sponsorship>().Add(sponsorship);
                dbContext.Set<SupportDelivery>().AddRange((seed.Deliveries ?? []).Select(d =>
                    sponsorship.Deliver(Guid.NewGuid(), d.Date, d.Kind, d.Value, d.Description, sponsorships.Today)));
            }
            await AddSponsorRequestsAsync(address, row.SponsorRequests ?? []);
            // Graduated, deceased or moved after its support: set once the sponsorships are in.
            if (row.Status is { } status)
            {
                address.ChangeStatus(status);
            }
        }
        await dbContext.SaveChangesAsync();
    }

    /// <summary>Through the entity's rules (the floor, a way to answer, the consent the form asks for), starting next month.</summary>
    private async Task AddSponsorRequestsAsync(HumanitarianAddress address, IReadOnlyList<SponsorRequestSeed> seeds)
    {
        var today = sponsorships.Today;
        foreach (var seed in seeds)
        {
            dbContext.Set<SponsorRequest>().Add(new SponsorRequest(Guid.NewGuid(), currentTenant.Id!.Value, address.Id, seed.RequesterName,
                seed.Organisation, seed.Phone, seed.Email, seed.MonthlyValue, await sponsorships.GetFloorAsync(), today.AddMonths(1), today,
                seed.Message, consentToContact: true, clock.GetUtcNow().UtcDateTime));
        }
    }

    private async Task<HumanitarianAddress> ToAddressAsync(AddressSeed row, IReadOnlyDictionary<string, Guid> unitIds)
    {
        var address = new HumanitarianAddress(Guid.NewGuid(), row.Kind);
        addresses.Describe(address, row.FullName ?? row.Name, row.BirthYear, null, row.Sex, row.FacilityKind, row.Capacity);
        await addresses.LocateAsync(address, row.Address, null, row.Commune, null);
        address.SetSituation(row.Categories ?? [], row.Needs ?? [], row.Circumstances, row.MonthlyValueSought);
        await addresses.SetSurveyAsync(address, row.SurveyingUnit is { } code ? Require(unitIds, code) : null, row.SurveyDate);
        // The consents were taken at the survey, in the morning in Việt Nam.
        var asked = (row.SurveyDate ?? addresses.Today).ToDateTime(new TimeOnly(1, 0), DateTimeKind.Utc);
        address.RecordConsents(true, row.ConsentToShare, row.ConsentToPublish, asked, null);
        return address;
    }

    private static IEnumerable<string> UnitCodesOf(AddressSeed row) =>
        (row.Sponsorships ?? []).Where(s => s.SponsorKind == SponsorKind.Unit).Select(s => s.Sponsor)
        .Concat(row.SurveyingUnit is { } code ? [code] : []);

    private static Guid Require(IReadOnlyDictionary<string, Guid> unitIds, string code) =>
        unitIds.TryGetValue(code, out var id) ? id : throw new InvalidOperationException($"addresses.json names unit {code}, which units.json does not have.");
}
